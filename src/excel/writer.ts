/**
 * Writes reference tables into the workbook, safely and in few round trips.
 *
 * One call = one Excel.run (the caller's). Syncs:
 *   1–2. read: sheet and table names, then every sheet's ownership mark;
 *   3. read (only when the workbook already holds sheets of ours for the chosen tables):
 *      their cells, to see whether the user changed them;
 *   then the write batches, each below `chunkBytes` of cell data; all tables share batches,
 *      and a table only spans several when it alone is larger than a batch.
 * So inserting any selection of the reference tables costs 3 syncs (4 when updating); a
 * table of B bytes of cells adds at most ceil(B / chunkBytes) more. Never a sync per row or
 * cell: MAX_SYNCS below is the bound the tests hold the writer to.
 *
 * Safety: sheets and tables the add-in did not create are never written, renamed or deleted;
 * a name clash picks a free name; a sheet of ours that the user changed is left alone and the
 * new version goes beside it; when a write fails, the sheets this call created are removed.
 */
import type { SheetTable, SheetTableId } from "../data/tables";
import { HEADER_ROW, address, fingerprint, payloadBytes, sheetGrid } from "./grid";
import { MARK_KEY, ownMark, parseMark, type Mark } from "./ownership";

/** Below Excel on the web's 5 MB request limit, with room for the request's own overhead. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
const WIDE_COLUMN_POINTS = 260;
const TABLE_STYLE = "TableStyleMedium2";

/** The sync bound for writing `bytes` of cells (see above). */
export function maxSyncs(bytes: number, chunkBytes: number = DEFAULT_CHUNK_BYTES): number {
  // 3 reads, then the write batches; packing whole rows can leave one batch part-filled.
  return 4 + Math.ceil(bytes / chunkBytes);
}

export type Outcome =
  | { table: SheetTableId; sheet: string; action: "created" }
  | { table: SheetTableId; sheet: string; action: "created-renamed"; wanted: string }
  | { table: SheetTableId; sheet: string; action: "created-beside"; userEdited: string }
  | { table: SheetTableId; sheet: string; action: "updated"; fromVersion: string };

export interface InsertReport {
  readonly outcomes: Outcome[];
  readonly syncs: number;
  readonly batches: number;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface InsertOptions {
  readonly chunkBytes?: number;
  readonly onProgress?: (p: Progress) => void;
}

/** A failed write: what it was doing, and which sheets it removed again. */
export class WriteError extends Error {
  readonly cause: unknown;
  readonly rolledBack: readonly string[];
  readonly rollbackFailed: boolean;
  constructor(cause: unknown, rolledBack: readonly string[], rollbackFailed: boolean) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "WriteError";
    this.cause = cause;
    this.rolledBack = rolledBack;
    this.rollbackFailed = rollbackFailed;
  }
}

/**
 * After a failed write: removes the sheets this action created, in one more sync, and returns
 * the WriteError that says what happened (and whether the clean-up itself failed).
 */
export async function rollBack(
  context: Excel.RequestContext,
  created: readonly string[],
  cause: unknown
): Promise<WriteError> {
  if (!created.length) return new WriteError(cause, [], false);
  try {
    for (const name of created) context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
    return new WriteError(cause, [...created], false);
  } catch {
    return new WriteError(cause, [], true);
  }
}

export interface SheetInfo {
  readonly name: string;
  readonly id: string;
  readonly mark: Mark | null;
}

interface Plan {
  readonly table: SheetTable;
  readonly grid: (string | number)[][];
  readonly sheet: string;
  readonly tableName: string;
  readonly mode: "new" | "update";
  /** rows of the old table (header + body) when updating */
  readonly oldRows: number;
  readonly outcome: Outcome;
}

export function freeName(
  wanted: string,
  taken: Set<string>,
  separator: string,
  maxLength: number
): string {
  const lower = (s: string) => s.toLowerCase();
  const takenLower = new Set([...taken].map(lower));
  if (!takenLower.has(lower(wanted))) return wanted;
  for (let i = 2; ; i++) {
    const suffix = separator === " " ? ` (${i})` : `_${i}`;
    const candidate = wanted.slice(0, maxLength - suffix.length) + suffix;
    if (!takenLower.has(lower(candidate))) return candidate;
  }
}

/** Reads the workbook's sheets with their ownership marks (one sync). */
export async function readSheets(
  context: Excel.RequestContext
): Promise<{ sheets: SheetInfo[]; tableNames: Set<string>; active: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const props = worksheets.items.map((ws) => {
    const p = ws.customProperties.getItemOrNullObject(MARK_KEY);
    p.load("value");
    return p;
  });
  await context.sync();
  return {
    sheets: worksheets.items.map((ws, i) => ({
      name: ws.name,
      id: ws.id,
      mark: props[i].isNullObject ? null : parseMark(props[i].value),
    })),
    tableNames: new Set(tables.items.map((t) => t.name)),
    active: active.name,
  };
}

export async function insertTables(
  context: Excel.RequestContext,
  chosen: readonly SheetTable[],
  options: InsertOptions = {}
): Promise<InsertReport> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  // 1. What is in the workbook (the two reads of readSheets count as syncs too).
  const before = await readSheets(context);
  syncs += 2;
  const sheetNames = new Set(before.sheets.map((s) => s.name));
  const tableNames = new Set(before.tableNames);

  // 2. Our sheets for the chosen tables: have their cells changed since we wrote them?
  const ours = before.sheets.filter((s) => s.mark && chosen.some((t) => t.id === s.mark?.t));
  const used = new Map<
    string,
    { values: unknown[][]; address: string; rows: number; hasTable: boolean }
  >();
  if (ours.length) {
    const reads = ours.map((s) => {
      const ws = context.workbook.worksheets.getItem(s.name);
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("values,address,rowCount");
      const table = ws.tables.getItemOrNullObject(s.mark?.n ?? "");
      table.load("name");
      return { range, table };
    });
    await sync();
    ours.forEach((s, i) => {
      const { range, table } = reads[i];
      if (!range.isNullObject) {
        used.set(s.name, {
          values: range.values,
          address: range.address,
          rows: range.rowCount,
          hasTable: !table.isNullObject,
        });
      }
    });
  }
  /** Ours, and exactly as we wrote it: same cells from A1, our table still there. */
  const untouched = (s: SheetInfo): boolean => {
    const u = used.get(s.name);
    if (!u || !s.mark || !u.hasTable) return false;
    const topLeftIsA1 = /^\$?A\$?1(:|$)/.test(u.address.split("!").pop() ?? "");
    return topLeftIsA1 && fingerprint(u.values) === s.mark.f;
  };

  const plans: Plan[] = chosen.map((table): Plan => {
    const grid = sheetGrid(table);
    const mine = ours.filter((s) => s.mark?.t === table.id);
    const clean = mine.find(untouched);
    if (clean && clean.mark) {
      return {
        table,
        grid,
        sheet: clean.name,
        tableName: clean.mark.n,
        mode: "update",
        oldRows: (used.get(clean.name)?.rows ?? HEADER_ROW) - (HEADER_ROW - 1),
        outcome: {
          table: table.id,
          sheet: clean.name,
          action: "updated",
          fromVersion: clean.mark.v,
        },
      };
    }
    const sheet = freeName(table.sheetName, sheetNames, " ", 31);
    const tableName = freeName(table.tableName, tableNames, "_", 255);
    sheetNames.add(sheet);
    tableNames.add(tableName);
    const outcome: Outcome = mine.length
      ? { table: table.id, sheet, action: "created-beside", userEdited: mine[0].name }
      : sheet !== table.sheetName
        ? { table: table.id, sheet, action: "created-renamed", wanted: table.sheetName }
        : { table: table.id, sheet, action: "created" };
    return { table, grid, sheet, tableName, mode: "new", oldRows: 0, outcome };
  });

  // 3. Pack the writes into batches below chunkBytes.
  type Piece = { plan: Plan; from: number; to: number; last: boolean };
  const batches: Piece[][] = [[]];
  let batchBytes = 0;
  for (const plan of plans) {
    let from = 0;
    while (from < plan.grid.length) {
      let to = from;
      let bytes = 0;
      while (to < plan.grid.length) {
        const rowBytes = rowCost(plan, to);
        if (to > from && batchBytes + bytes + rowBytes > chunkBytes) break;
        if (to === from && batchBytes > 0 && batchBytes + rowBytes > chunkBytes) break;
        bytes += rowBytes;
        to++;
      }
      if (to === from) {
        batches.push([]);
        batchBytes = 0;
        continue;
      }
      batches[batches.length - 1].push({ plan, from, to, last: to === plan.grid.length });
      batchBytes += bytes;
      from = to;
      if (from < plan.grid.length) {
        batches.push([]);
        batchBytes = 0;
      }
    }
  }

  const created: string[] = [];
  try {
    for (let b = 0; b < batches.length; b++) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const piece of batches[b]) writePiece(context, piece, created);
      if (b === batches.length - 1 && plans.length) {
        context.workbook.worksheets.getItem(plans[0].sheet).activate();
      }
      await sync();
      options.onProgress?.({ done: b + 1, total: batches.length });
    }
  } catch (e) {
    throw await rollBack(context, created, e);
  }
  return { outcomes: plans.map((p) => p.outcome), syncs, batches: batches.length };
}

/** The number format of grid row `r` in column `col`: text above the table, then the column's own. */
function formatOf(col: SheetTable["columns"][number], r: number): string {
  if (r < HEADER_ROW) return "@";
  return typeof col.format === "string" ? col.format : (col.format[r - HEADER_ROW] ?? "General");
}

/** Bytes one grid row adds to a request: its values and its number format in every column. */
function rowCost(plan: Plan, r: number): number {
  let bytes = payloadBytes([plan.grid[r]]);
  for (const col of plan.table.columns) bytes += formatOf(col, r).length + 6;
  return bytes;
}

function writePiece(
  context: Excel.RequestContext,
  piece: { plan: Plan; from: number; to: number; last: boolean },
  created: string[]
): void {
  const { plan, from, to, last } = piece;
  const cols = plan.table.columns.length;
  let ws: Excel.Worksheet;
  if (from === 0 && plan.mode === "new") {
    ws = context.workbook.worksheets.add(plan.sheet);
    created.push(plan.sheet);
  } else {
    ws = context.workbook.worksheets.getItem(plan.sheet);
  }
  // Number formats first, so text such as "2020-11" stays text; one assignment per column.
  plan.table.columns.forEach((col, c) => {
    const rowFormats: string[][] = [];
    for (let r = from; r < to; r++) rowFormats.push([formatOf(col, r)]);
    ws.getRange(address(from + 1, to - from, 1, c)).numberFormat = rowFormats;
  });
  ws.getRange(address(from + 1, to - from, cols)).values = plan.grid.slice(from, to);

  if (plan.mode === "update" && from === 0 && plan.oldRows > plan.grid.length - (HEADER_ROW - 1)) {
    // The new version is shorter: shrink our table first, then clear what is left below it.
    const newRows = plan.grid.length - (HEADER_ROW - 1);
    ws.tables.getItem(plan.tableName).resize(address(HEADER_ROW, newRows, cols));
    ws.getRange(address(plan.grid.length + 1, plan.oldRows - newRows, cols)).clear("Contents");
  }
  if (!last) return;

  const tableAddress = address(HEADER_ROW, plan.grid.length - (HEADER_ROW - 1), cols);
  const table =
    plan.mode === "new" ? ws.tables.add(tableAddress, true) : ws.tables.getItem(plan.tableName);
  if (plan.mode === "new") table.name = plan.tableName;
  else table.resize(tableAddress);
  table.style = TABLE_STYLE;
  table.showBandedRows = true;
  table.showFilterButton = true;

  const title = ws.getRange("A1");
  title.format.font.bold = true;
  title.format.font.size = 14;
  ws.getRange("A2").format.font.italic = true;
  ws.freezePanes.freezeRows(HEADER_ROW);
  ws.getRange(tableAddress).format.autofitColumns();
  plan.table.columns.forEach((col, c) => {
    if (!col.wide) return;
    const r = ws.getRange(address(HEADER_ROW, plan.grid.length - (HEADER_ROW - 1), 1, c));
    r.format.columnWidth = WIDE_COLUMN_POINTS;
    r.format.wrapText = true;
  });
  ws.getRange(tableAddress).format.autofitRows();
  ws.customProperties.add(MARK_KEY, ownMark(plan.table.id, fingerprint(plan.grid), plan.tableName));
}
