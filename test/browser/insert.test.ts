/**
 * The built pane in headless Chromium with a fake Excel host in place of office.js: open,
 * insert every table, and see what the user sees before and after (screenshots in
 * test-results/).
 */
import { screenshot } from "../support/browser";
import { fakeExcelSuite, pageFor } from "../support/fakeExcelPage";
import { DATASET_VERSION } from "../../src/data/dataset";
import { sheetTables } from "../../src/data/tables";

const suite = fakeExcelSuite();

async function openWithFakeExcel(lang: string, profile = "web", extra = "", file = pageFor(lang)) {
  return suite.open(lang, { profile, extra, file });
}

describe("task pane with an Excel host", () => {
  it("inserts all tables and reports each sheet it created, leaving the user's sheet alone (Dutch)", async () => {
    const { page, log } = await openWithFakeExcel("nl-NL");
    await page.getByText("Nog geen referentiebladen in deze werkmap.").waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Tabellen" }).click();
    await screenshot(page, "pane-excel-before-insert");
    await page.getByRole("button", { name: /^\d+ tabellen invoegen$/ }).click();
    await page.getByText("WB Kerncijfers aangemaakt.").waitFor({ timeout: 20000 });
    await page.getByText(`WB Bronnen: versie ${DATASET_VERSION}`).waitFor();
    await screenshot(page, "pane-excel-after-insert");
    const sheets = await page.evaluate(() =>
      (
        window as unknown as { __fakeExcel: { sheets: Array<{ name: string }> } }
      ).__fakeExcel.sheets.map((s) => s.name)
    );
    // the user's sheet untouched in front, then one sheet per reference table
    expect(sheets).toEqual(["Blad1", ...sheetTables().map((t) => t.sheetName)]);
    expect(log.errors).toEqual([]);
  });

  it("speaks Excel's language even when the host served the other page (an override it ignored)", async () => {
    const { page, log } = await openWithFakeExcel("nl-NL", "web", "", "taskpane.html");
    await page.getByText("Nog geen referentiebladen in deze werkmap.").waitFor({ timeout: 20000 });
    expect(await page.getByRole("tab", { name: "Tabellen" }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(log.errors).toEqual([]);
  });

  it("speaks English when Office's display language is English, and re-inserting updates in place", async () => {
    const { page, log } = await openWithFakeExcel("en-US");
    await page.getByText("No reference sheets in this workbook yet.").waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Tables" }).click();
    await page.getByRole("checkbox", { name: "Select all" }).click();
    await page.getByRole("checkbox", { name: /Sources \(WB Bronnen\)/ }).click();
    await page.getByRole("button", { name: "Insert 1 table" }).click();
    await page.getByText("Created WB Bronnen.").waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "Insert 1 table" }).click();
    // the sheet is current: rewriting it asks first
    await page
      .getByText(
        "WB Bronnen is already up to date. Rewriting replaces it with a fresh copy. Continue?"
      )
      .waitFor();
    await page.getByRole("button", { name: "Rewrite" }).click();
    await page
      .getByText(`Rewrote WB Bronnen (version ${DATASET_VERSION}).`)
      .waitFor({ timeout: 20000 });
    await screenshot(page, "pane-excel-english-update");
    expect(log.errors).toEqual([]);
  });

  it("inserts a scenario and prepares the workbook for sharing, in Dutch", async () => {
    const { page, log } = await openWithFakeExcel("nl-NL");
    await page.getByText("Nog geen referentiebladen in deze werkmap.").waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.getByRole("button", { name: "Scenario invoegen" }).click();
    await page
      .getByText("WB Scenario aangemaakt met live formules; de gele cellen zijn invoer.")
      .waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Delen" }).click();
    await page.getByRole("button", { name: "Klaarmaken om te delen" }).click();
    await page
      .getByText(/formules vervangen door hun waarden \(WB Scenario\)/)
      .waitFor({ timeout: 20000 });
    await screenshot(page, "pane-excel-scenario-and-sharing-nl");
    const formulas = await page.evaluate(() => {
      const xl = (
        window as unknown as {
          __fakeExcel: { sheet(n: string): { cells: Map<string, { formula?: string }> } };
        }
      ).__fakeExcel;
      return [...xl.sheet("WB Scenario").cells.values()].filter(
        (c) => c.formula && /WONINGBOUW\./.test(c.formula)
      ).length;
    });
    expect(formulas).toBe(0);
    expect(log.errors).toEqual([]);
  });

  it.each([
    [
      "nl-NL",
      "Klaarmaken om te delen",
      "Formules herstellen",
      /formule niet teruggezet/,
      "Laten staan",
      "Formule terugzetten",
    ],
    [
      "en-US",
      "Prepare for sharing",
      "Restore formulas",
      /formula not put back/,
      "Keep what is there",
      "Put formula back",
    ],
  ])(
    "after a colleague typed over a frozen cell, restore lists it with the choice per item (%s)",
    async (lang, freeze, restore, heading, keep, putBack) => {
      const { page, log } = await openWithFakeExcel(lang);
      const en = lang.startsWith("en");
      await page.getByRole("tab", { name: en ? "Share" : "Delen" }).click({ timeout: 20000 });
      await page.getByRole("button", { name: freeze }).waitFor({ timeout: 20000 });
      await page.evaluate(
        ([ratio, path]) => {
          const w = window as unknown as {
            __fakeExcel: { sheet(n: string): { setFormula(...a: unknown[]): void } };
          };
          const s = w.__fakeExcel.sheet("Blad1");
          s.setFormula(1, 1, `=WONINGBOUW.${ratio}(B1,1000)`, 2.021);
          s.setFormula(3, 0, `=WONINGBOUW.${path}(75000)`, "jaar", [
            ["jaar", "tekort"],
            [2020, 331000],
          ]);
        },
        en ? ["PLANCAPACITY_RATIO", "SHORTAGE_PATH"] : ["PLANCAPACITEIT_RATIO", "WONINGTEKORT_PAD"]
      );
      await page.getByRole("button", { name: freeze }).click();
      await page
        .getByText(en ? /Replaced 2 formulas/ : /2 formules vervangen/)
        .waitFor({ timeout: 20000 });
      await page.evaluate(() => {
        const w = window as unknown as {
          __colleague: {
            type(s: string, a: string, v: string): void;
            insert(s: string, a: string, d: string): void;
          };
        };
        w.__colleague.insert("Blad1", "1:1", "Down");
        w.__colleague.type("Blad1", "B3", en() ? "see note" : "zie notitie");
        function en() {
          return document.documentElement.lang === "en";
        }
      });
      await page.getByRole("button", { name: restore }).click();
      await page.getByRole("heading", { name: heading }).waitFor({ timeout: 20000 });
      const item = page.getByRole("listitem", { name: "Blad1!B3" });
      await item.scrollIntoViewIfNeeded();
      await screenshot(page, `pane-sharing-conflict-${lang}`);
      // the other formula came back one row down; the note is untouched
      const cells = await page.evaluate(() => {
        const w = window as unknown as {
          __fakeExcel: { sheet(n: string): { formulaOf(r: number, c: number): unknown } };
        };
        const s = w.__fakeExcel.sheet("Blad1");
        return [s.formulaOf(2, 1), s.formulaOf(4, 0)];
      });
      expect(cells[0]).toBe(en ? "see note" : "zie notitie");
      expect(String(cells[1])).toMatch(en ? /SHORTAGE_PATH\(75000\)/ : /WONINGTEKORT_PAD\(75000\)/);
      expect(await item.getByRole("button", { name: putBack }).count()).toBe(1);
      await item.getByRole("button", { name: keep }).click();
      await page
        .getByText(en ? /Blad1!B3 left as it is/ : /Blad1!B3 gelaten zoals het is/)
        .waitFor({ timeout: 20000 });
      expect(await page.getByRole("heading", { name: heading }).count()).toBe(0);
      expect(log.errors).toEqual([]);
    }
  );

  it("on Excel for Windows 2002 (ExcelApi 1.11) says what does not work and why, touching nothing (Dutch)", async () => {
    const { page, log } = await openWithFakeExcel("nl-NL", "win-2002");
    await page.getByText("Niet alles werkt in deze Excel-versie").waitFor({ timeout: 20000 });
    await page
      .getByText(/De functies WONINGBOUW\.\* werken wel/)
      .first()
      .waitFor();
    await page.getByRole("tab", { name: "Tabellen" }).click();
    expect(await page.getByRole("button", { name: /^\d+ tabellen invoegen$/ }).isDisabled()).toBe(
      true
    );
    await page.getByRole("tab", { name: "Scenario" }).click();
    expect(await page.getByRole("button", { name: "Scenario invoegen" }).isDisabled()).toBe(true);
    await screenshot(page, "pane-unsupported-excel-nl");
    const syncs = await page.evaluate(
      () =>
        (window as unknown as { __fakeExcel: { batches: unknown[] } }).__fakeExcel.batches.length
    );
    expect(syncs).toBe(0);
    expect(log.errors).toEqual([]);
  });

  it("on Excel for Mac 16.40 (ExcelApi 1.12) offers the scenario and explains the reference tables (English)", async () => {
    const { page, log } = await openWithFakeExcel("en-US", "mac-16.40");
    await page.getByText("No reference sheets in this workbook yet.").waitFor({ timeout: 20000 });
    await page.getByText(/Inserting and updating reference tables works in: Excel 2021/).waitFor();
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.getByRole("button", { name: "Insert scenario" }).click();
    await page
      .getByText("Created WB Scenario with live formulas; the yellow cells are inputs.")
      .waitFor({ timeout: 20000 });
    await screenshot(page, "pane-mac-16.40-en");
    expect(log.errors).toEqual([]);
  });

  it("shows, before updating, what the update changes in an older sheet (Dutch)", async () => {
    const { page, log } = await openWithFakeExcel("nl-NL", "web", "&older=1");
    await page.getByRole("button", { name: "Bekijken en bijwerken" }).click({ timeout: 20000 });
    await page.getByText("WB Provincies: versie 0.9.0").waitFor();
    await page.getByText("Toon wat er verandert").click();
    await page
      .getByText("Beschikbare plancapaciteit (voorjaar 2020): waarde 180.000 → 187.000")
      .waitFor();
    await screenshot(page, "pane-update-changes-nl");
    await page.getByRole("button", { name: "1 blad bijwerken" }).click();
    await page.getByText(/WB Provincies bijgewerkt van versie 0\.9\.0/).waitFor({ timeout: 20000 });
    expect(log.errors).toEqual([]);
  });
});
