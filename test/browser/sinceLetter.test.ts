/**
 * The figures since the letter as an analyst meets them in the pane, at 350×800 in Dutch and
 * English with the fake Excel host: the tables task lists the new sheet, the search finds a
 * later figure and its card sets it beside the letter's (or the model's) value with the
 * difference; nothing wider than the pane, no serious axe problem. Screenshots go to
 * test-results/ (since-letter-*).
 */
import { screenshot } from "../support/browser";
import { fakeExcelSuite } from "../support/fakeExcelPage";
import { axeProblems, overflow } from "../support/paneChecks";

const suite = fakeExcelSuite();
const WORDS = {
  nl: {
    lang: "nl-NL",
    empty: "Nog geen referentiebladen in deze werkmap.",
    figures: "Kengetallen",
    tables: "Tabellen",
    box: "Zoek een kengetal",
    card: "Kengetal met herkomst",
    sheet: "Sinds de brief: wat er daarna gebeurde",
    added: ["Later", "In de brief", "Verschil", "+15.000", "Reformatorisch Dagblad"],
    shortage: ["In het model", "Verschil", "trendpad, tekort op 1 januari 2024", "400.500"],
  },
  en: {
    lang: "en-US",
    empty: "No reference sheets in this workbook yet.",
    figures: "Figures",
    tables: "Tables",
    box: "Search a figure",
    card: "Figure with its source",
    sheet: "Since the letter: what happened next",
    added: ["Later", "In the letter", "Difference", "+15,000", "Reformatorisch Dagblad"],
    shortage: ["In the model", "Difference", "trend path, shortage on 1 January 2024", "400,500"],
  },
} as const;

describe.each(["nl", "en"] as const)(
  "the figures since the letter in the pane (%s, 350×800)",
  (lang) => {
    const w = WORDS[lang];
    it("lists the new sheet and shows later figures beside the letter and the model", async () => {
      const { page, log } = await suite.open(w.lang, { width: 350, height: 800 });
      await page.getByText(w.empty).waitFor({ timeout: 20000 });
      const problems: string[] = [];
      const check = async (state: string) => {
        await page.waitForTimeout(400);
        await screenshot(page, `since-letter-${lang}-${state}`);
        expect([state, await overflow(page)]).toEqual([state, 0]);
        for (const p of await axeProblems(page)) problems.push(`${state}: ${p}`);
      };

      await page.getByRole("tab", { name: w.tables }).click();
      await page.getByText(w.sheet).first().waitFor();
      await check("tables");

      await page.getByRole("tab", { name: w.figures }).click();
      const box = page.getByRole("combobox", { name: w.box });
      await box.fill("sinds.toevoeging.2022");
      const card = page.getByRole("article", { name: w.card });
      await card.waitFor();
      for (const text of w.added) await card.getByText(text, { exact: false }).first().waitFor();
      await check("card-added");

      await box.fill("sinds.tekort.2024");
      await card.getByText(w.shortage[2], { exact: false }).first().waitFor();
      for (const text of w.shortage) await card.getByText(text, { exact: false }).first().waitFor();
      await check("card-shortage");

      expect(problems).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  }
);

describe.each([
  [
    "nl",
    "nl-NL",
    /zijn van een oudere versie\./,
    "Tabellen",
    /van een oudere versie van de referentiedata/,
    "Bijwerken voegt 15 rijen toe, verwijdert er 0 en wijzigt er 1.",
  ],
  [
    "en",
    "en-US",
    /are from an older version\./,
    "Tables",
    /from an older version of the reference data/,
    "Updating adds 15 rows, removes 0 and changes 1.",
  ],
] as const)(
  "a workbook with the 1.2.0 sheets, opened with this add-in (%s, 350×800)",
  (lang, tag, summary, tables, intro, sources) => {
    it("shows the update to 1.3.0 as a change list per sheet, and the new sheet among the tables", async () => {
      const { page, log } = await suite.open(tag, {
        width: 350,
        height: 800,
        extra: "&older=1.2.0",
      });
      await page.getByText(summary).first().waitFor({ timeout: 20000 });
      await page.getByRole("tab", { name: tables }).click();
      await page.getByText(intro).first().waitFor({ timeout: 20000 });
      // the sources sheet: what docs/changelog.md says 1.3.0 changes on it
      await page.getByText(sources).waitFor();
      // the new sheet is not in the workbook yet: the tables task offers it
      await page.getByRole("checkbox", { name: /\(WB Sinds de brief\)/ }).waitFor();
      await page.waitForTimeout(400);
      await screenshot(page, `since-letter-${lang}-update-from-1.2.0`);
      expect(await overflow(page)).toBe(0);
      expect(await axeProblems(page)).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  }
);
