/**
 * Dataset 1.2.0 against 1.1.0: a workbook holding the sheets add-in 1.1.0 wrote (kept as
 * test/fixtures/sheets-1.1.0.json) is told what the update changes, sheet by sheet, and the
 * counts are those docs/changelog.md states for 1.2.0.
 */
import { sheetTables } from "../../src/data/tables";
import { changelogCounts, oldSheets, updateCounts } from "../support/changelog";

describe("the update from dataset 1.1.0 to 1.2.0", () => {
  it("changes what the changelog says, sheet by sheet (added, removed, changed rows)", () => {
    expect(updateCounts(oldSheets("1.1.0"), sheetTables())).toEqual(changelogCounts("1.2.0"));
  });
});
