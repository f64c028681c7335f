/**
 * Which reference sheets a workbook holds and how their dataset version compares with the
 * add-in's: what a colleague sees when a workbook is shared with them.
 */
import { DATASET_HASH, DATASET_VERSION } from "../data/dataset";
import { sheetTables } from "../data/tables";
import { compareVersions } from "../data/versions";
import type { SheetKind } from "./ownership";
import { readSheets } from "./sheets";
import { tableChanges, type TableChanges } from "./tables/diff";

export type VersionState = "current" | "older" | "newer";

export interface OwnedSheet {
  readonly sheet: string;
  readonly table: SheetKind;
  readonly version: string;
  readonly state: VersionState;
  /** for an older reference sheet: what updating it to this add-in's version changes */
  readonly changes?: TableChanges;
}

export function versionState(version: string, hash: string): VersionState {
  const c = compareVersions(version, DATASET_VERSION);
  if (c < 0) return "older";
  if (c > 0) return "newer";
  return hash === DATASET_HASH ? "current" : "older";
}

/**
 * The add-in's sheets with their versions (two syncs), and for each older reference sheet what
 * an update would change, read from its cells (one more sync, only when there is one).
 */
export async function readStatus(context: Excel.RequestContext): Promise<OwnedSheet[]> {
  const { sheets } = await readSheets(context);
  const owned = sheets
    .filter((s) => s.mark && s.mark.t !== "formules")
    .map((s) => ({
      sheet: s.name,
      table: (s.mark?.t ?? "scenario") as SheetKind,
      version: s.mark?.v ?? "",
      state: versionState(s.mark?.v ?? "", s.mark?.h ?? ""),
    }));
  const tables = new Map(sheetTables().map((t) => [t.id as SheetKind, t]));
  const older = owned.filter((o) => o.state === "older" && tables.has(o.table));
  if (!older.length) return owned;
  const reads = older.map((o) => {
    const range = context.workbook.worksheets.getItem(o.sheet).getUsedRangeOrNullObject(true);
    range.load("values");
    return { o, range };
  });
  await context.sync();
  const changes = new Map<string, TableChanges>();
  for (const { o, range } of reads) {
    const table = tables.get(o.table);
    if (table) changes.set(o.sheet, tableChanges(range.isNullObject ? [] : range.values, table));
  }
  return owned.map((o) => {
    const c = changes.get(o.sheet);
    return c ? { ...o, changes: c } : o;
  });
}
