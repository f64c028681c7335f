/**
 * @jest-environment jsdom
 *
 * The pane's components with the in-memory Excel fake as host: list, progress, results and
 * errors, in Dutch and English.
 */
import "../support/jsdom";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { ExcelHost } from "../../src/excel/host";
import { FakeExcel } from "../support/excelFake";
import { MARK_KEY, encodeMark, parseMark } from "../../src/excel/ownership";
import { fingerprint } from "../../src/excel/payload";
import { insertTables } from "../../src/excel/tables/writer";
import { sheetTables } from "../../src/data/tables";
import { DATASET_ID, DATASET_VERSION } from "../../src/data/dataset";

/** The pane's host on the fake: its session's display language and host profile. */
function hostFor(xl: FakeExcel): ExcelHost {
  return {
    run: (batch) => batch(xl.context()),
    isSetSupported: (name, version) => xl.isSetSupported(name, version),
    displayLanguage: xl.displayLanguage,
  };
}

/** Opens one of the pane's tasks (its tab), as a user clicks it. */
function openTask(name: string | RegExp): void {
  fireEvent.click(screen.getByRole("tab", { name }));
}

describe("task pane", () => {
  it("lists every table with its description and row count, in Dutch", async () => {
    render(<App host={null} lang="nl" />);
    expect(screen.getByRole("heading", { name: "Woningbouw — referentiedata" })).toBeTruthy();
    expect(screen.getByText(/Niet geopend in Excel/)).toBeTruthy();
    await screen.findByText(/Zoek op naam/); // the figure search's hint: the first task
    openTask("Tabellen");
    // one checkbox per table, and "select all"
    expect(screen.getAllByRole("checkbox")).toHaveLength(sheetTables().length + 1);
    expect(
      screen.getByRole("checkbox", { name: /Provincies \(Bijlage 1\) \(WB Provincies\)/ })
    ).toBeTruthy();
    const provinces = sheetTables().find((t) => t.id === "provincies")?.rows.length;
    expect(
      screen.getByText(new RegExp(`Ambitie, plancapaciteit, behoefte.*${provinces} rijen`))
    ).toBeTruthy();
    expect(
      (
        screen.getByRole("button", {
          name: `${sheetTables().length} tabellen invoegen`,
        }) as HTMLButtonElement
      ).disabled
    ).toBe(true);
  });

  it("while Office starts, the pane is live: it says it is connecting, and buttons say Excel is not ready instead of doing nothing", async () => {
    render(<App host={null} lang="nl" booting />);
    expect(screen.getByText("Verbinden met Excel…")).toBeTruthy();
    expect(screen.queryByText("Niet geopend in Excel")).toBeNull();
    openTask("Tabellen");
    const insert = screen.getByRole("button", {
      name: `${sheetTables().length} tabellen invoegen`,
    }) as HTMLButtonElement;
    expect(insert.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(insert);
    });
    await screen.findByText("Excel is nog niet verbonden; probeer het over een ogenblik opnieuw.");
    // the checkboxes respond too
    fireEvent.click(screen.getByRole("checkbox", { name: /Bronnen \(WB Bronnen\)/ }));
    expect(
      screen.getByRole("button", { name: `${sheetTables().length - 1} tabellen invoegen` })
    ).toBeTruthy();
  });

  it("while Office does not answer, the status line says so and what to do", async () => {
    render(<App host={null} lang="en" booting notice="officeSlow" />);
    expect(screen.getByRole("alert").textContent).toMatch(/Office is not responding/);
    // the figure search still works meanwhile (and its index has arrived before the test ends)
    fireEvent.change(screen.getByRole("combobox", { name: "Search a figure" }), {
      target: { value: "zh.plancapaciteit" },
    });
    await screen.findByRole("article", { name: "Figure with its source" });
  });

  it("selects and deselects tables; the button counts them, in English", async () => {
    const xl = new FakeExcel();
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText("No reference sheets in this workbook yet.");
    openTask("Tables");
    fireEvent.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(screen.getByRole("button", { name: "Choose tables to insert" })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Sources/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Tabel 1|Table 1/ }));
    expect(screen.getByRole("button", { name: "Insert 2 tables" })).toBeTruthy();
  });

  it("inserts, reports what it did, and shows the workbook status", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("WB Gebieden", [["eigen werk"]]);
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findAllByText("Nog geen referentiebladen in deze werkmap.");
    openTask("Tabellen");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^\d+ tabellen invoegen$/ }));
    });
    // a sheet had to go beside the user's: a warning, not a plain success
    await screen.findByText("Niet of niet helemaal gedaan");
    expect(screen.queryByText("Klaar")).toBeNull();
    expect(screen.getByText("WB Kerncijfers aangemaakt.")).toBeTruthy();
    expect(
      screen.getByText(/WB Gebieden \(2\) aangemaakt: er bestond al een blad WB Gebieden/)
    ).toBeTruthy();
    await screen.findByText(`WB Bronnen: versie ${DATASET_VERSION}`);
    expect(xl.sheet("WB Gebieden")?.get(0, 0).value).toBe("eigen werk");
  });

  it("offers to update sheets from an older dataset version", async () => {
    const xl = new FakeExcel();
    const old = xl.addUserSheet("WB Bronnen", [["oud"]]);
    old.props.set(
      MARK_KEY,
      encodeMark({ d: DATASET_ID, t: "bronnen", v: "0.9.0", h: "x", f: "y", n: "WB_Bronnen" })
    );
    render(<App host={hostFor(xl)} lang="nl" />);
    // the status above every task says so and leads to the update
    await screen.findByText("1 referentieblad is van een oudere versie.");
    fireEvent.click(screen.getByRole("button", { name: "Bekijken en bijwerken" }));
    await screen.findByText(`(ouder dan de versie van de invoegtoepassing (${DATASET_VERSION}))`);
    const update = screen.getByRole("button", { name: "1 blad bijwerken" });
    // updating comes first, before inserting tables
    const insert = screen.getByRole("button", { name: /tabellen invoegen/ });
    expect(update.compareDocumentPosition(insert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(update));
  });

  it("explains a protected workbook in plain words and says what it cleaned up", async () => {
    const xl = new FakeExcel();
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText("No reference sheets in this workbook yet.");
    openTask("Tables");
    xl.failOnSync(3, FakeExcel.officeError("AccessDenied", "denied"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Insert \d+ tables$/ }));
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/The workbook or its structure is protected/);
    expect(alert.textContent).toMatch(/What had been created was removed again: WB Kerncijfers/);
    expect(xl.sheets).toHaveLength(0);
  });

  it("explains an Excel version without the needed API instead of failing (Windows 2002: ExcelApi 1.11)", async () => {
    const xl = new FakeExcel({ profile: "win-2002" });
    render(<App host={hostFor(xl)} lang="nl" />);
    expect(screen.getByText(/Niet alles werkt in deze Excel-versie/)).toBeTruthy();
    // Excel versions as users know them, not requirement sets
    expect(
      screen.getByText(
        /Referentietabellen invoegen en bijwerken kan in: Excel 2021 of nieuwer, Microsoft 365 \(Windows versie 2102 of later, Mac 16\.50 of later\) en Excel op het web/
      )
    ).toBeTruthy();
    expect(screen.getByText(/Het scenarioblad kan in: Excel 2021 of nieuwer/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/ExcelApi/);
    expect(screen.getAllByText(/De functies WONINGBOUW\.\* werken wel/).length).toBeGreaterThan(0);
    expect(xl.batches).toHaveLength(0);
    for (const task of ["Tabellen", "Scenario", "Delen"]) {
      openTask(task);
      await waitFor(() =>
        expect(screen.getAllByRole("button").every((b) => (b as HTMLButtonElement).disabled)).toBe(
          true
        )
      );
    }
  });

  it("inserts a scenario sheet and applies a preset to it", async () => {
    const xl = new FakeExcel();
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText("Nog geen referentiebladen in deze werkmap.");
    openTask("Scenario");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Scenario invoegen" }));
    });
    await screen.findByText(
      "WB Scenario aangemaakt met live formules; de gele cellen zijn invoer."
    );
    fireEvent.click(screen.getByRole("radio", { name: "Trendpad (aanname)" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Productie in het scenario vervangen" }));
    });
    await screen.findByText("De productie in WB Scenario is ingevuld.");
    expect(xl.sheet("WB Scenario")?.get(6, 1).value).toBe(60000);
    openTask("Tabellen");
    await screen.findByText(`WB Scenario: versie ${DATASET_VERSION}`);
  });

  it("says there is no scenario yet instead of writing anywhere", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1", [["x"]]);
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText("No reference sheets in this workbook yet.");
    openTask("Scenario");
    await act(async () => {
      fireEvent.click(
        screen.getByRole("button", { name: "Replace the production in the scenario" })
      );
    });
    await screen.findByText(/There is no scenario sheet of this add-in yet/);
    // a refusal is a warning, never a success
    expect(screen.getByText("Not done, or not all of it")).toBeTruthy();
    expect(screen.queryByText("Done")).toBeNull();
    expect(xl.sheet("Blad1")?.get(5, 1).value).toBe("");
  });

  it("prepares the workbook for sharing and restores the formulas, reporting the counts", async () => {
    const xl = new FakeExcel();
    const sheet = xl.addUserSheet("Analyse", [[187000, 204000]]);
    sheet.setFormula(0, 2, "=WONINGBOUW.PLANCAPACITEIT_RATIO(A1,B1)", 0.9166); // Dutch Excel
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText("Nog geen referentiebladen in deze werkmap.");
    openTask("Delen");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Klaarmaken om te delen" }));
    });
    await screen.findByText(/1 formule vervangen door zijn waarde \(Analyse\)/);
    expect(sheet.get(0, 2).formula).toBeUndefined();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Formules herstellen" }));
    });
    await screen.findByText("1 formule hersteld.");
    expect(sheet.formulaOf(0, 2)).toBe("=WONINGBOUW.PLANCAPACITEIT_RATIO(A1,B1)");
    expect(sheet.get(0, 2).value).not.toBe("#NAME?");
  });

  it("on a Mac with ExcelApi 1.12 offers the scenario but not the reference tables, and says why", async () => {
    const xl = new FakeExcel({ profile: "mac-16.40" });
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText("No reference sheets in this workbook yet.");
    expect(
      screen.getByText(/Inserting and updating reference tables works in: Excel 2021 or later/)
    ).toBeTruthy();
    openTask("Tables");
    expect(
      (screen.getByRole("button", { name: /^Insert \d+ tables$/ }) as HTMLButtonElement).disabled
    ).toBe(true);
    openTask("Scenario");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insert scenario" }));
    });
    await screen.findByText("Created WB Scenario with live formulas; the yellow cells are inputs.");
    expect(xl.sheet("WB Scenario")?.get(4, 5).value).not.toBe("#NAME?");
  });

  it("before updating an older sheet, lists in Dutch what the update changes", async () => {
    const xl = new FakeExcel();
    const prov = sheetTables().filter((t) => t.id === "provincies");
    await insertTables(xl.context(), prov);
    const sheet = xl.sheet("WB Provincies");
    if (!sheet) throw new Error("no sheet");
    const value = prov[0].columns.findIndex((c) => c.header === "Waarde");
    for (const [k, c] of sheet.cells)
      if (c.value === "zh.plancapaciteit") sheet.set(Number(k.split(",")[0]), value, 180000);
    const box = sheet.usedBox();
    const mark = parseMark(sheet.props.get(MARK_KEY));
    if (!box || !mark) throw new Error("no sheet of ours");
    sheet.props.set(
      MARK_KEY,
      encodeMark({ ...mark, v: "0.9.0", f: fingerprint(sheet.valuesOf(box)) })
    );
    render(<App host={hostFor(xl)} lang="nl" />);
    openTask("Tabellen");
    await screen.findByText(/WB Provincies: versie 0\.9\.0/);
    expect(
      screen.getByText("Bijwerken voegt 0 rijen toe, verwijdert er 0 en wijzigt er 1.")
    ).toBeTruthy();
    // in the figure's name, old → new
    expect(
      screen.getByText("Beschikbare plancapaciteit (voorjaar 2020): waarde 180.000 → 187.000")
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Wijzigingslog van de referentiedata" })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "1 blad bijwerken" }));
    });
    await screen.findByText(`WB Provincies bijgewerkt van versie 0.9.0 naar ${DATASET_VERSION}.`);
  });

  it("finds a figure, shows where it comes from, and inserts its formula in Dutch Excel's names", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [
      ["Zuid-Holland", ""],
      ["", "bezet"],
    ]);
    xl.selection = { sheet: "Analyse", address: "B1" };
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText(/Zoek op naam/);
    fireEvent.change(screen.getByRole("combobox", { name: "Zoek een kengetal" }), {
      target: { value: "Zuid-Holland plancapaciteit" },
    });
    const card = await screen.findByRole("article", { name: "Kengetal met herkomst" });
    expect(card.textContent).toContain("187.000");
    expect(card.textContent).toContain("187.000 woningen");
    expect(card.textContent).toContain("voorjaar 2020");
    expect(card.textContent).toContain(
      "Afgelopen voorjaar was er een plancapaciteit beschikbaar van 187.000 woningen."
    );
    expect(card.textContent).toContain(`id zh.plancapaciteit · dataset ${DATASET_VERSION}`);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Formule invoegen" }));
    });
    await screen.findByText("zh.plancapaciteit ingevoegd in B1.");
    const sheet = xl.sheet("Analyse");
    expect(sheet?.formulaOf(0, 1)).toBe('=WONINGBOUW.KENGETAL("zh.plancapaciteit")');
    expect(sheet?.get(0, 1).value).not.toBe("#NAME?");
    // a cell that holds anything is left alone
    xl.selection = { sheet: "Analyse", address: "B2" };
    await act(async () => {
      const button = screen.getByRole("button", { name: "Waarde invoegen" });
      button.focus();
      fireEvent.click(button);
    });
    await screen.findByText(/B2 is niet leeg en is ongemoeid gelaten/);
    // a refusal is a warning, never a success, and focus stays on the button pressed
    expect(screen.getByText("Niet of niet helemaal gedaan")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Waarde invoegen" }));
    expect(sheet?.get(1, 1).value).toBe("bezet");
  });

  it("inserts a figure's card where Excel has data types, and tells how to calculate with it", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText(/Zoek op naam/);
    fireEvent.change(screen.getByRole("combobox", { name: "Zoek een kengetal" }), {
      target: { value: "zh.plancapaciteit" },
    });
    await screen.findByRole("article", { name: "Kengetal met herkomst" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kaart invoegen" }));
    });
    await screen.findByText(/Kaart van zh\.plancapaciteit ingevoegd in A1\. .*=A1\.Waarde/);
    const entity = xl.sheet("Analyse")?.get(0, 0).entity;
    expect(entity?.text).toBe("Zuid-Holland: Beschikbare plancapaciteit (voorjaar 2020)");
  });

  it("on Excel 2021, which claims data types it lacks, explains the refused card, writes nothing and disables cards for the session", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL", profile: "perpetual-2021" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText(/Zoek op naam/);
    fireEvent.change(screen.getByRole("combobox", { name: "Zoek een kengetal" }), {
      target: { value: "zh.plancapaciteit" },
    });
    await screen.findByRole("article", { name: "Kengetal met herkomst" });
    const button = screen.getByRole("button", { name: "Kaart invoegen" }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(button);
    });
    const said = await screen.findAllByText(/Deze Excel weigerde de kaart/);
    // an error, never a success: shown in the alert of a failed action
    expect(said.some((el) => el.closest("[role='alert']"))).toBe(true);
    expect(document.body.textContent).not.toMatch(/Kaart van zh\.plancapaciteit ingevoegd/);
    expect(xl.sheet("Analyse")?.get(0, 0)).toEqual({ value: "", format: "General" });
    // disabled from now on, with the same reason beside it; the formula still works
    expect(
      (screen.getByRole("button", { name: "Kaart invoegen" }) as HTMLButtonElement).disabled
    ).toBe(true);
    expect(
      (screen.getByRole("button", { name: "Formule invoegen" }) as HTMLButtonElement).disabled
    ).toBe(false);
  });

  it("on an Excel without data types offers the card disabled with its reason, and raises no alarm for it", async () => {
    const xl = new FakeExcel({ profile: "mac-16.40" });
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText(/Search by name/);
    fireEvent.change(screen.getByRole("combobox", { name: "Search a figure" }), {
      target: { value: "zh.plancapaciteit" },
    });
    await screen.findByRole("article", { name: "Figure with its source" });
    const button = screen.getByRole("button", { name: "Insert card" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(
      screen.getByText(/Inserting a figure as a card \(data type\) works in: Excel 2024/)
    ).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Insert formula" }) as HTMLButtonElement).disabled
    ).toBe(false);
    // the alarm lists what the pane's main features lack (reference tables), not the card
    const alarm = screen
      .getByText(/Inserting and updating reference tables works in/)
      .closest("ul");
    expect(alarm?.textContent).not.toMatch(/card/);
  });

  it.each([
    ["allowed", true, "Id gekopieerd."],
    ["blocked by the host's permissions policy", false, /Kopiëren is hier niet toegestaan/],
  ])("copies a figure's id; when the clipboard is %s it says so", async (_, allowed, says) => {
    const writeText = jest.fn((text: string) =>
      allowed
        ? Promise.resolve()
        : Promise.reject(new DOMException(`blocked: ${text}`, "NotAllowedError"))
    );
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      render(<App host={null} lang="nl" />);
      await screen.findByText(/Zoek op naam/);
      fireEvent.change(screen.getByRole("combobox", { name: "Zoek een kengetal" }), {
        target: { value: "zh.plancapaciteit" },
      });
      await screen.findByRole("article", { name: "Kengetal met herkomst" });
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Id kopiëren" }));
      });
      expect(writeText).toHaveBeenCalledWith("zh.plancapaciteit");
      await screen.findByText(says);
      if (!allowed) expect(String(globalThis.getSelection())).toBe("zh.plancapaciteit");
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it("searches and shows cards outside Excel, with inserting disabled and explained", async () => {
    render(<App host={null} lang="en" />);
    await screen.findByText(/Search by name/);
    fireEvent.change(screen.getByRole("combobox", { name: "Search a figure" }), {
      target: { value: "225 million" },
    });
    const card = await screen.findByRole("article", { name: "Figure with its source" });
    expect(card.textContent).toContain("euro · including VAT");
    expect(
      (screen.getByRole("button", { name: "Insert formula" }) as HTMLButtonElement).disabled
    ).toBe(true);
    expect(screen.getAllByText(/Inserting works only in Excel/).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole("combobox", { name: "Search a figure" }), {
      target: { value: "qqqzzz" },
    });
    await screen.findByText(/Nothing found for "qqqzzz"/);
  });

  it("never inserts a near miss: Enter acts only on a highlighted result, and 'no exact match' is said", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    render(<App host={hostFor(xl)} lang="nl" />);
    const box = screen.getByRole("combobox", { name: "Zoek een kengetal" });
    fireEvent.change(box, { target: { value: "845.000" } });
    await screen.findByText(/Geen kengetal met precies de waarde 845\.000/);
    expect(box.getAttribute("aria-activedescendant")).toBeNull();
    expect(screen.getAllByText(/^dichtbij: /).length).toBeGreaterThan(0);
    await act(async () => {
      fireEvent.keyDown(box, { key: "Enter" });
    });
    expect(xl.sheet("Analyse")?.get(0, 0).value).toBe("");
    expect(screen.queryByRole("article")).toBeNull();
    // the user chooses: the highlighted option is the one inserted
    fireEvent.keyDown(box, { key: "ArrowDown" });
    const option = document.getElementById(box.getAttribute("aria-activedescendant") ?? "");
    expect(option?.getAttribute("aria-selected")).toBe("true");
    await act(async () => {
      fireEvent.keyDown(box, { key: "Enter" });
    });
    await screen.findByText(/ingevoegd in A1/);
    expect(xl.sheet("Analyse")?.formulaOf(0, 0)).toMatch(
      /^=WONINGBOUW\.KENGETAL\("param\.pad_brief/
    );
  });

  it("lists results with value, unit, period and group, and inserts a value with its unit's number format", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    render(<App host={hostFor(xl)} lang="nl" />);
    fireEvent.change(screen.getByRole("combobox", { name: "Zoek een kengetal" }), {
      target: { value: "225 miljoen" },
    });
    await screen.findByText("€ 225 mln · Tranche 2");
    const card = await screen.findByRole("article", { name: "Kengetal met herkomst" });
    expect(card.textContent).toContain("Precies: € 225.000.000");
    expect(card.textContent).toMatch(/Kamerstuk 32 847, nr\. 694, 6 november 2020/);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Waarde invoegen" }));
    });
    await screen.findByText(/ingevoegd in A1/);
    expect(xl.sheet("Analyse")?.get(0, 0)).toEqual({ value: 225000000, format: "€ #,##0" });
  });

  it("inserts a figure with its label, and several figures as one table with headers", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    render(<App host={hostFor(xl)} lang="nl" />);
    const box = screen.getByRole("combobox", { name: "Zoek een kengetal" });
    fireEvent.change(box, { target: { value: "zh.plancapaciteit" } });
    await screen.findByRole("article", { name: "Kengetal met herkomst" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Met label invoegen" }));
    });
    await screen.findByText(/Kengetal met label, eenheid, periode en bron ingevoegd in A1:E1/);
    const sheet = xl.sheet("Analyse");
    expect(sheet?.get(0, 1)).toEqual({ value: 187000, format: "#,##0" });
    // two figures into one table
    fireEvent.click(screen.getByRole("button", { name: "Aan tabel toevoegen" }));
    fireEvent.change(box, { target: { value: "wbi.t1.woningen" } });
    await screen.findAllByText(/51\.000 woningen/);
    fireEvent.click(screen.getByRole("button", { name: "Aan tabel toevoegen" }));
    expect(screen.getByRole("heading", { name: "Tabel: 2 kengetallen" })).toBeTruthy();
    // A1 is taken now: the table is refused as a warning and nothing is written
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Als tabel invoegen" }));
    });
    await screen.findByText(/Er is niets ingevoegd: A1:E3 is niet leeg/);
    xl.selection = { sheet: "Analyse", address: "A3" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Als tabel invoegen" }));
    });
    await screen.findByText(/Tabel met 2 kengetallen ingevoegd in A3:E5/);
    expect(sheet?.get(2, 0).value).toBe("Kengetal");
    expect(sheet?.get(4, 1).value).toBe(51000);
  });

  it("turns a selected column of ids into cards and lists the cells it left alone", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US" });
    xl.addUserSheet("Analysis", [["zh.plancapaciteit"], ["no such figure"]]);
    xl.selection = { sheet: "Analysis", address: "A1:A2" };
    render(<App host={hostFor(xl)} lang="en" />);
    const button = await screen.findByRole("button", { name: "Convert selection to cards" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await act(async () => {
      fireEvent.click(button);
    });
    await screen.findByText(/1 cell in A1:A2 converted to cards/);
    expect(screen.getByText(/Left alone, they name no figure: A2 “no such figure”/)).toBeTruthy();
    expect(xl.sheet("Analysis")?.get(0, 0).entity?.text).toBe(
      "Zuid-Holland: Available plan capacity (spring 2020)"
    );
    expect(xl.sheet("Analysis")?.get(1, 0).value).toBe("no such figure");
  });

  it("shows a commitment in English in the English pane, the letter's words and quote in Dutch", async () => {
    render(<App host={null} lang="en" />);
    fireEvent.change(screen.getByRole("combobox", { name: "Search a figure" }), {
      target: { value: "quick scan Rijnenburg" },
    });
    const card = await screen.findByRole("article", { name: "Figure with its source" });
    const terms = [...card.querySelectorAll("dt")].map((d) => d.textContent);
    expect(terms).toEqual(["What", "When", "Who", "Section"]);
    const values = [...card.querySelectorAll("dd")].map((d) => d.textContent);
    expect(values).toEqual([
      "Complete the quick scan of Rijnenburg (municipality of Utrecht) and send it to the House",
      expect.stringMatching(/^this year — “dit jaar” \(December 2020, /),
      "municipality of Utrecht; Minister of BZK",
      "Rijnenburg en Zuidplaspolder",
    ]);
    expect(card.textContent).toContain("“De planning is dat deze ook dit jaar afgerond");
  });

  it("shows a commitment's what, when, who and section on lines of their own", async () => {
    render(<App host={null} lang="nl" />);
    fireEvent.change(screen.getByRole("combobox", { name: "Zoek een kengetal" }), {
      target: { value: "toezegging.quickscan_rijnenburg" },
    });
    const card = await screen.findByRole("article", { name: "Kengetal met herkomst" });
    const terms = [...card.querySelectorAll("dt")].map((d) => d.textContent);
    expect(terms).toEqual(["Wat", "Wanneer", "Wie", "Sectie"]);
    expect(card.textContent).toContain("dit jaar (december 2020, afgeleid uit de brief");
  });
});
