/**
 * Dataset 1.3.0 against 1.2.0: a workbook holding the 1.2.0 sheets (test/fixtures/sheets-1.2.0.json)
 * is told what the update to this add-in's sheets changes — a new sheet "WB Sinds de brief", new
 * sources — and the counts per sheet are those docs/changelog.md states for 1.3.0.
 */
import { sheetTables } from "../../src/data/tables";
import { DATASET_VERSION } from "../../src/data/dataset";
import { changelogCounts, oldSheets, updateCounts } from "../support/changelog";

describe("the update from dataset 1.2.0 to 1.3.0", () => {
  it("is the version this add-in carries", () => {
    expect(DATASET_VERSION).toBe("1.3.0");
  });

  it("changes what the changelog says, sheet by sheet (added, removed, changed rows)", () => {
    expect(updateCounts(oldSheets("1.2.0"), sheetTables())).toEqual(changelogCounts("1.3.0"));
  });

  it("adds the sheet of later figures whole and leaves every sheet of the letter's figures as it was", () => {
    const counts = updateCounts(oldSheets("1.2.0"), sheetTables());
    const later = sheetTables().find((t) => t.id === "sindsdebrief");
    expect(counts["WB Sinds de brief"]).toEqual([later?.rows.length, 0, 0]);
    for (const sheet of ["WB Kerncijfers", "WB Provincies", "WB Toezeggingen"])
      expect(counts[sheet]).toEqual([0, 0, 0]);
  });
});
