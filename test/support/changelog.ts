/**
 * The per-sheet table of docs/changelog.md (rows added, removed, changed for one version) and
 * the counts an update actually makes, so the update tests can hold one against the other.
 */
import fs from "fs";
import path from "path";
import type { SheetTable } from "../../src/data/tables";
import { sheetGrid } from "../../src/excel/sheetGrid";
import { changedRows, tableChanges, type TableChanges } from "../../src/excel/tables/diff";

export type Counts = Record<string, [number, number, number]>;

/** The sheets as an older add-in wrote them (test/fixtures/sheets-<version>.json). */
export function oldSheets(version: string): SheetTable[] {
  const file = path.join(__dirname, `../fixtures/sheets-${version}.json`);
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { tables: SheetTable[] }).tables;
}

/** [added, removed, changed rows] of one update of a sheet. */
export function countsOf(c: TableChanges): [number, number, number] {
  return [c.added.length, c.removed.length, changedRows(c)];
}

/** What updating each sheet of `before` to `after` changes, per sheet name of `after`. */
export function updateCounts(before: readonly SheetTable[], after: readonly SheetTable[]): Counts {
  const out: Counts = {};
  for (const t of after) {
    const was = before.find((b) => b.id === t.id);
    out[t.sheetName] = countsOf(tableChanges(was ? sheetGrid(was) : [], t));
  }
  return out;
}

/** The changelog's table for `version` (the Dutch section), per sheet name. */
export function changelogCounts(version: string): Counts {
  const text = fs.readFileSync(path.join(__dirname, "../../docs/changelog.md"), "utf8");
  const section = text.split(`### ${version}`)[1]?.split("\n### ")[0] ?? "";
  const out: Counts = {};
  for (const line of section.split("\n")) {
    const m = /^\| (WB [^|]+?) \| (\d+) \| (\d+) \| (\d+) \|$/.exec(line.trim());
    if (m) out[m[1]] = [Number(m[2]), Number(m[3]), Number(m[4])];
  }
  return out;
}
