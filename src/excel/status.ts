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
  // the freeze store of "prepare for sharing" is the add-in's, but holds no dataset
  const owned: OwnedSheet[] = sheets.flatMap(({ name, mark }) =>
    mark && mark.t !== "formules"
      ? [{ sheet: name, table: mark.t, version: mark.v, state: versionState(mark.v, mark.h) }]
      : []
  );
  const tables = new Map(sheetTables().map((t) => [t.id as SheetKind, t]));
  // an older scenario sheet has no table to compare with
  const reads = owned.flatMap((o) => {
    const table = tables.get(o.table);
    if (o.state !== "older" || !table) return [];
    const range = context.workbook.worksheets.getItem(o.sheet).getUsedRangeOrNullObject(true);
    range.load("values");
    return [{ sheet: o.sheet, table, range }];
  });
  if (!reads.length) return owned;
  await context.sync();
  const changes = new Map<string, TableChanges>(
    reads.map(({ sheet, table, range }) => [
      sheet,
      // Stryker disable next-line ArrayDeclaration: no array shorter than the header row has rows
      tableChanges(range.isNullObject ? [] : range.values, table),
    ])
  );
  return owned.map((o) => {
    const c = changes.get(o.sheet);
    return c ? { ...o, changes: c } : o;
  });
}
