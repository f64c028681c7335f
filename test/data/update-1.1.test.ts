/**
 * Dataset 1.1.0 against 1.0.0: a workbook holding the 1.0.0 sheets (test/fixtures/sheets-1.0.0.json,
 * dataset 1.0.0 from git history as add-in 1.1.0 laid it out) is told what the update to the
 * 1.1.0 sheets (test/fixtures/sheets-1.1.0.json, as add-in 1.1.0 wrote them) changes; the
 * counts per sheet are those docs/changelog.md states.
 */
import { changelogCounts, oldSheets, updateCounts } from "../support/changelog";

describe("the update from dataset 1.0.0 to 1.1.0", () => {
  it("changes what the changelog says, sheet by sheet (added, removed, changed rows)", () => {
    expect(updateCounts(oldSheets("1.0.0"), oldSheets("1.1.0"))).toEqual(changelogCounts("1.1.0"));
  });
});
