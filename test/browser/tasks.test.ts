/**
 * The pane's tasks as an analyst meets them, at pane sizes 350×800 and 450×900, in Dutch and
 * English, with the fake Excel host: every task fits the pane's width and sits below the
 * same status line and tabs; axe-core finds no serious or critical violation in any state
 * (every task, a search with results, a near-miss search, a card, an outcome); and the whole
 * find → insert → next action works by keyboard alone. Screenshots go to test-results/.
 */
import { screenshot } from "../support/browser";
import { fakeExcelSuite } from "../support/fakeExcelPage";
import { axeProblems, overflow } from "../support/paneChecks";

const suite = fakeExcelSuite();
const WORDS = {
  nl: {
    lang: "nl-NL",
    empty: "Nog geen referentiebladen in deze werkmap.",
    tasks: ["Kengetallen", "Tabellen", "Scenario", "Delen", "Hulp"],
    box: "Zoek een kengetal",
    card: "Kengetal met herkomst",
    noExact: /Geen kengetal met precies de waarde 845\.000/,
    inserted: /zh\.plancapaciteit ingevoegd in A3/,
    refused: /A3 is niet leeg en is ongemoeid gelaten/,
    insertTables: /tabellen invoegen$/,
    created: "WB Kerncijfers aangemaakt.",
    help: "KENGETAL",
    collect: "Aan tabel toevoegen",
    insertTable: "Als tabel invoegen",
    tableInserted: /Tabel met 1 kengetal ingevoegd in C3:G4/,
    commitmentWho: "gemeente Utrecht; minister van BZK",
  },
  en: {
    lang: "en-US",
    empty: "No reference sheets in this workbook yet.",
    tasks: ["Figures", "Tables", "Scenario", "Share", "Help"],
    box: "Search a figure",
    card: "Figure with its source",
    noExact: /No figure has exactly the value 845\.000/,
    inserted: /Inserted zh\.plancapaciteit into A3/,
    refused: /A3 is not empty and was left alone/,
    insertTables: /^Insert \d+ tables$/,
    created: "Created WB Kerncijfers.",
    help: "FIGURE",
    collect: "Add to table",
    insertTable: "Insert as table",
    tableInserted: /Table of 1 figure inserted in C3:G4/,
    commitmentWho: "municipality of Utrecht; Minister of BZK",
  },
} as const;

const SIZES = [
  [350, 800],
  [450, 900],
] as const;

describe.each(["nl", "en"] as const)("the pane's tasks in %s", (lang) => {
  const w = WORDS[lang];
  it.each(SIZES)(
    "at %i×%i: every task fits the pane under the same status line, and axe finds no serious problem in any state",
    async (width, height) => {
      const { page, log } = await suite.open(w.lang, {
        width,
        height,
      });
      await page.evaluate(() => {
        (window as unknown as { __fakeExcel: { selection: unknown } }).__fakeExcel.selection = {
          sheet: "Blad1",
          address: "A3",
        };
      });
      await page.getByText(w.empty).waitFor({ timeout: 20000 });
      const problems: string[] = [];
      const check = async (state: string) => {
        // Fluent's buttons fade their colours in: judge contrast once they have settled
        await page.waitForTimeout(400);
        await screenshot(page, `task-${lang}-${width}-${state}`);
        expect([state, await overflow(page)]).toEqual([state, 0]);
        for (const p of await axeProblems(page)) problems.push(`${state}: ${p}`);
      };
      for (const [i, task] of w.tasks.entries()) {
        await page.getByRole("tab", { name: task }).click();
        expect(await page.getByRole("tab", { name: task }).getAttribute("aria-selected")).toBe(
          "true"
        );
        await check(`${i + 1}-${task.toLowerCase()}`);
        // the status line and the tabs, in one row, stay at the top whatever the task
        const tabs = await page.getByRole("tablist").boundingBox();
        expect(tabs && tabs.y + tabs.height).toBeLessThan(240);
        expect(tabs && tabs.height).toBeLessThan(50);
      }
      await page.getByRole("tab", { name: w.tasks[4] }).click();
      await page.getByText(w.help, { exact: true }).first().waitFor();

      await page.getByRole("tab", { name: w.tasks[0] }).click();
      const box = page.getByRole("combobox", { name: w.box });
      await box.fill("845.000");
      await page.getByText(w.noExact).waitFor();
      await check("search-near");
      await box.fill("zh.plancapaciteit");
      await page.getByRole("article", { name: w.card }).waitFor();
      await check("search-card");
      await box.press("Enter");
      await page.getByText(w.inserted).waitFor({ timeout: 20000 });
      await check("inserted");
      await box.press("Enter");
      await page.getByText(w.refused).waitFor({ timeout: 20000 });
      await check("refused");
      // a table of figures being put together, then written beside the first figure
      await page.getByRole("button", { name: w.collect }).click();
      await page.evaluate(() => {
        (window as unknown as { __fakeExcel: { selection: unknown } }).__fakeExcel.selection = {
          sheet: "Blad1",
          address: "C3",
        };
      });
      await page.getByRole("button", { name: w.insertTable }).click();
      await page.getByText(w.tableInserted).last().waitFor({ timeout: 20000 });
      await check("table");
      // a commitment's card: what, when, who and section, in the pane's language
      await box.fill("toezegging.quickscan_rijnenburg");
      await page.getByRole("article", { name: w.card }).getByText(w.commitmentWho).waitFor();
      await check("commitment");
      expect(problems).toEqual([]);
      expect(log.errors).toEqual([]);
    }
  );
});

describe("by keyboard alone", () => {
  it("finds a figure, inserts it, and goes on to insert the tables (Dutch, 350×800)", async () => {
    const { page, log } = await suite.open("nl-NL", {
      width: 350,
      height: 800,
    });
    await page.evaluate(() => {
      (window as unknown as { __fakeExcel: { selection: unknown } }).__fakeExcel.selection = {
        sheet: "Blad1",
        address: "A3",
      };
    });
    await page.getByText(WORDS.nl.empty).waitFor({ timeout: 20000 });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.getAttribute("role") ?? el?.tagName.toLowerCase()}:${el?.getAttribute("aria-label") ?? el?.textContent ?? ""}`;
      });
    // Tab to the search box
    for (let i = 0; i < 6 && !(await focused()).startsWith("combobox"); i++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("combobox:Zoek een kengetal");
    await page.keyboard.type("Zuid-Holland plancapaciteit");
    await page.getByRole("article", { name: WORDS.nl.card }).waitFor();
    // the result count is announced
    await page
      .getByRole("status")
      .getByText(/\d+ resultaten\./)
      .waitFor();
    await page.keyboard.press("Enter");
    await page.getByText(WORDS.nl.inserted).waitFor({ timeout: 20000 });
    // focus stays where the user was, ready for the next search
    expect(await focused()).toBe("combobox:Zoek een kengetal");
    // the next action: the tables task, by its tab, then its insert button
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("tab:Kengetallen");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("tab:Tabellen");
    for (let i = 0; i < 30 && !/tabellen invoegen$/.test(await focused()); i++)
      await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^button:\d+ tabellen invoegen$/);
    await page.keyboard.press("Enter");
    await page.getByText(WORDS.nl.created).waitFor({ timeout: 20000 });
    expect(await focused()).toMatch(/^button:\d+ tabellen invoegen$/);
    await screenshot(page, "keyboard-nl-after-tables");
    expect(log.errors).toEqual([]);
  });
});

describe("the help pages the pane links to", () => {
  it.each([
    "help/functions.nl.html",
    "help/functions.html",
    "help/model.html",
    "help/since-letter.html",
  ])("%s fits a 350 px pane, has a main landmark and no serious axe problem", async (file) => {
    const { page, log } = await suite.openFile(file, { width: 350, height: 800 });
    await page.locator("main h1").first().waitFor();
    expect(await overflow(page)).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, `help-350-${file.replace(/[/.]/g, "-")}`);
    expect(log.errors).toEqual([]);
  });
});
