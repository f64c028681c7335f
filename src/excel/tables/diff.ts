/**
 * What an update of a reference sheet changes, read from the sheet itself: the rows and cells
 * the workbook holds (an older dataset version) against the table this add-in would write.
 * Pure. Rows are matched by their key column (ID, or the province/area/source name), cells by
 * column header, so a new version may add, remove or reorder columns.
 */
import type { Cell, SheetTable } from "../../data/tables";
import { cellKey } from "../payload";
import { HEADER_ROW } from "../sheetGrid";

export interface RowRef {
  readonly key: string;
  readonly label: string;
}

export interface CellChange extends RowRef {
  readonly column: string;
  readonly from: Cell;
  readonly to: Cell;
}

export interface TableChanges {
  readonly added: RowRef[];
  readonly removed: RowRef[];
  readonly changed: CellChange[];
}

/** The column that identifies a row, and the one that names it for people. */
const KEY_HEADERS = ["ID", "Provincie"];
const LABEL_HEADERS = ["Kengetal", "Provincie", "Gebied", "Gebied(en)", "Titel"];

function pick(headers: readonly string[], wanted: readonly string[]): number {
  for (const w of wanted) {
    const i = headers.indexOf(w);
    if (i >= 0) return i;
  }
  return 0;
}

function rowsByKey(headers: readonly string[], rows: readonly (readonly unknown[])[]) {
  const key = pick(headers, KEY_HEADERS);
  const label = pick(headers, LABEL_HEADERS);
  const map = new Map<string, { label: string; row: readonly unknown[] }>();
  for (const row of rows) {
    const k = String(row[key] ?? "").trim();
    if (k) map.set(k, { label: String(row[label] ?? ""), row });
  }
  return map;
}

/** The changes from the cells of an older sheet (values from A1) to table `t`. */
export function tableChanges(
  oldValues: readonly (readonly unknown[])[],
  t: SheetTable
): TableChanges {
  // Stryker disable next-line ArrayDeclaration: fewer rows than the header row: no rows to match
  const oldHeaders = (oldValues[HEADER_ROW - 1] ?? []).map(String);
  const newHeaders = t.columns.map((c) => c.header);
  const before = rowsByKey(oldHeaders, oldValues.slice(HEADER_ROW));
  const after = rowsByKey(newHeaders, t.rows);
  const added: RowRef[] = [];
  const changed: CellChange[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    if (!was) {
      added.push({ key, label: now.label });
      continue;
    }
    newHeaders.forEach((header, j) => {
      const i = oldHeaders.indexOf(header);
      if (i < 0) return;
      if (cellKey(was.row[i]) !== cellKey(now.row[j]))
        changed.push({
          key,
          label: now.label,
          column: header,
          from: (was.row[i] ?? "") as Cell,
          to: now.row[j] as Cell,
        });
    });
  }
  const removed = [...before]
    .filter(([key]) => !after.has(key))
    .map(([key, was]) => ({ key, label: was.label }));
  return { added, removed, changed };
}

/** Rows that changed at all (a row with three changed cells counts once). */
export function changedRows(c: TableChanges): number {
  return new Set(c.changed.map((x) => x.key)).size;
}
