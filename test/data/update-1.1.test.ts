/**
 * Dataset 1.1.0 against 1.0.0 (kept as test/fixtures/dataset-1.0.0.json, from git history):
 * a workbook holding the 1.0.0 sheets, opened with this add-in, is told what the update
 * changes; the counts per sheet are those docs/changelog.md states.
 */
import fs from "fs";
import path from "path";
import old from "../fixtures/dataset-1.0.0.json";
import { buildTables, sheetTables } from "../../src/data/tables";
import type { Dataset } from "../../src/data/schema";
import { sheetGrid } from "../../src/excel/sheetGrid";
import { changedRows, tableChanges } from "../../src/excel/tables/diff";

const before = buildTables(old as unknown as Dataset).filter((t) => t.id !== "toezeggingen"); // 1.0.0 had no commitments sheet;

function countsPerSheet(): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {};
  for (const t of sheetTables()) {
    const was = before.find((b) => b.id === t.id);
    const c = tableChanges(was ? sheetGrid(was) : [], t);
    out[t.sheetName] = [c.added.length, c.removed.length, changedRows(c)];
  }
  return out;
}

describe("the update from dataset 1.0.0 to 1.1.0", () => {
  it("changes what the changelog says, sheet by sheet (added, removed, changed rows)", () => {
    const counts = countsPerSheet();
    const changelog = fs.readFileSync(path.join(__dirname, "../../docs/changelog.md"), "utf8");
    const section = changelog.split("### 1.1.0")[1].split("### 1.0.0")[0];
    for (const [sheet, [added, removed, changed]] of Object.entries(counts)) {
      const line = section.split("\n").find((l) => l.startsWith(`| ${sheet} |`));
      expect([
        sheet,
        line
          ?.split("|")
          .slice(2, 5)
          .map((x) => Number(x.trim())),
      ]).toEqual([sheet, [added, removed, changed]]);
    }
  });
});
