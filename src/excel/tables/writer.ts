/**
 * Writes reference tables into the workbook: reads what is there, asks the pure planner
 * (./plan.ts) what to do, and applies the plan in few round trips.
 *
 * One call = one Excel.run (the caller's). Syncs:
 *   1–2. read: sheet, table and defined names, then every sheet's custom properties;
 *   3. read (only when the workbook already holds sheets of ours for the chosen tables):
 *      their cells, to see whether the user changed them;
 *   then one sync per write batch, each below `chunkBytes` of cell data.
 * So inserting any selection of the reference tables costs 3 syncs (4 when updating); a
 * table of B bytes of cells adds at most ceil(B / chunkBytes) more. Never a sync per row or
 * cell: maxSyncs below is the bound the tests hold the writer to.
 *
 * Calculation is left on (no suspendApiCalculationUntilNextSync): formulas that read the
 * reference tables, such as the scenario's INDEX/MATCH, recalculate as the tables change.
 *
 * Safety: sheets and tables the add-in did not create are never written, renamed or deleted;
 * a name clash picks a free name; a sheet of ours that the user changed is left alone and the
 * new version goes beside it; when a write fails, the sheets this call created are removed.
 */
import type { SheetTable } from "../../data/tables";
import { TABLE_STYLE, WIDE_COLUMN_POINTS } from "./plan";
import { address } from "../a1";
import { MARK_KEY, ownMark } from "../ownership";
import { fingerprint } from "../payload";
import { rollBack } from "../rollback";
import { HEADER_ROW } from "../sheetGrid";
import { readSheets } from "../sheets";
import {
  formatOf,
  ownSheetsFor,
  packBatches,
  planTables,
  type OwnSheetRead,
  type Outcome,
  type Piece,
} from "./plan";

/** Below Excel on the web's 5 MB request limit, with room for the request's own overhead. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

/** The sync bound for writing `bytes` of cells (see above). */
export function maxSyncs(bytes: number, chunkBytes: number = DEFAULT_CHUNK_BYTES): number {
  // 3 reads, then the write batches; packing whole rows can leave one batch part-filled.
  return 4 + Math.ceil(bytes / chunkBytes);
}

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

export async function insertTables(
  context: Excel.RequestContext,
  chosen: readonly SheetTable[],
  options: InsertOptions = {}
): Promise<InsertReport> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const workbook = await readSheets(context);
  let syncs = 2;

  // Our sheets for the chosen tables: have their cells changed since we wrote them?
  const ours = ownSheetsFor(chosen, workbook.sheets);
  const reads = new Map<string, OwnSheetRead>();
  if (ours.length) {
    const pending = ours.map((s) => {
      const ws = context.workbook.worksheets.getItem(s.name);
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("values,address,rowCount");
      const table = ws.tables.getItemOrNullObject(s.mark?.n ?? "");
      table.load("name");
      return { sheet: s.name, range, table };
    });
    await context.sync();
    syncs++;
    for (const { sheet, range, table } of pending)
      if (!range.isNullObject)
        reads.set(sheet, {
          values: range.values,
          address: range.address,
          rows: range.rowCount,
          hasTable: !table.isNullObject,
        });
  }

  const plans = planTables(chosen, workbook.sheets, workbook.takenNames, reads);
  const batches = packBatches(plans, chunkBytes);
  const created: string[] = [];
  try {
    for (let b = 0; b < batches.length; b++) {
      for (const piece of batches[b]) writePiece(context, piece, created);
      if (b === batches.length - 1) context.workbook.worksheets.getItem(plans[0].sheet).activate();
      // One sync per batch is the point: each batch stays under Excel on the web's 5 MB
      // request limit, and their number is bounded by maxSyncs (tests hold it).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      options.onProgress?.({ done: b + 1, total: batches.length });
    }
  } catch (e) {
    throw await rollBack(context, created, e);
  }
  return { outcomes: plans.map((p) => p.outcome), syncs, batches: batches.length };
}

function writePiece(context: Excel.RequestContext, piece: Piece, created: string[]): void {
  const { plan, from, to, last } = piece;
  const cols = plan.table.columns.length;
  let ws: Excel.Worksheet;
  if (from === 0 && plan.mode === "new") {
    ws = context.workbook.worksheets.add(plan.sheet);
    created.push(plan.sheet);
  } else {
    ws = context.workbook.worksheets.getItem(plan.sheet);
  }
  // Number formats first, so text stays text ("2020-11" no date, "=…", "+…", "-…" no formula:
  // ../textCells.ts); one assignment per column.
  plan.table.columns.forEach((col, c) => {
    const rowFormats: string[][] = [];
    for (let r = from; r < to; r++) rowFormats.push([formatOf(col, r, plan.grid[r][c])]);
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
