/**
 * Dataset 1.2.1 against 1.2.0: English text for every commitment, for the English pane and
 * cards. The reference sheets are Dutch and do not change: a workbook holding the sheets add-in
 * 1.2.0 wrote (test/fixtures/sheets-1.2.0.json) is told, sheet by sheet, what
 * docs/changelog.md states for 1.2.1 — no row added, removed or changed.
 */
import { sheetTables } from "../../src/data/tables";
import { DATASET_VERSION, dataset } from "../../src/data/dataset";
import { changelogCounts, oldSheets, updateCounts } from "../support/changelog";

describe("the update from dataset 1.2.0 to 1.2.1", () => {
  it("is the version this add-in carries", () => {
    expect(DATASET_VERSION).toBe("1.2.1");
  });

  it("changes what the changelog says, sheet by sheet (added, removed, changed rows)", () => {
    const counts = changelogCounts("1.2.1");
    expect(Object.keys(counts)).toHaveLength(sheetTables().length);
    expect(updateCounts(oldSheets("1.2.0"), sheetTables())).toEqual(counts);
  });

  it("gives every commitment its what, when and who in English, none of them left in Dutch", () => {
    for (const c of dataset.commitments) {
      expect([c.id, c.en.what === c.what, c.en.who === c.who]).toEqual([c.id, false, false]);
      // a Dutch function word in the English text (outside a quoted Dutch title) says it was
      // not translated
      const english = `${c.en.what} ${c.en.when}`.replace(/'[^']*'/g, "");
      expect([c.id, /\b(de|het|een|van|voor|met|en)\b/.test(english)]).toEqual([c.id, false]);
    }
  });
});

describe("the figures' groups in the English pane", () => {
  it("are named in English (dataset 1.2.1), but for places and tranches, which keep their names", () => {
    const PLACES_AND_TRANCHES = /^(Gelderland|Utrecht|Zuid-Holland|Tranche \d)$/;
    const missing = [...new Set(dataset.figures.map((f) => f.group))].filter(
      (g) => !PLACES_AND_TRANCHES.test(g) && !dataset.groupNamesEn[g]
    );
    expect(missing).toEqual([]);
    // and only groups that exist are named
    const groups = new Set(dataset.figures.map((f) => f.group));
    expect(Object.keys(dataset.groupNamesEn).filter((g) => !groups.has(g))).toEqual([]);
  });
});
