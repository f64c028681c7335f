/**
 * Inserting or updating reference tables, decided without Excel: for each chosen table,
 * create it, update our own unchanged sheet in place, or write beside a sheet the user
 * changed; then pack the cell writes into batches below the byte budget. The writer
 * (./writer.ts) only applies this plan.
 */
import { TEXT_FORMAT } from "../../data/cellText";
import type { SheetTable, SheetTableId } from "../../data/tables";
import { localPart } from "../a1";
import type { Mark } from "../ownership";
import { fingerprint, payloadBytes, utf8Length } from "../payload";
import { HEADER_ROW, sheetGrid } from "../sheetGrid";
import { freeName, type SheetInfo } from "../sheets";
import { formatFor } from "../textCells";

/** How every reference table looks, in Excel and in the downloaded file alike. */
export const TABLE_STYLE = "TableStyleMedium2";
/** Width of a column of long text (quotes, notes), in points. */
export const WIDE_COLUMN_POINTS = 260;

export type Outcome =
  | { table: SheetTableId; sheet: string; action: "created" }
  | { table: SheetTableId; sheet: string; action: "created-renamed"; wanted: string }
  | { table: SheetTableId; sheet: string; action: "created-beside"; userEdited: string }
  | { table: SheetTableId; sheet: string; action: "updated"; fromVersion: string };

/** What the writer read of one of our sheets: its used range, and whether our table is there. */
export interface OwnSheetRead {
  readonly values: unknown[][];
  readonly address: string;
  readonly rows: number;
  readonly hasTable: boolean;
}

export interface TablePlan {
  readonly table: SheetTable;
  readonly grid: (string | number)[][];
  readonly sheet: string;
  readonly tableName: string;
  readonly mode: "new" | "update";
  /** rows of the old table (header + body) when updating */
  readonly oldRows: number;
  readonly outcome: Outcome;
}

/** Ours, and exactly as we wrote it: same cells from A1, our table still there. */
function untouched(mark: Mark, read: OwnSheetRead | undefined): boolean {
  if (!read || !read.hasTable) return false;
  const topLeftIsA1 = /^A1(:|$)/.test(localPart(read.address));
  return topLeftIsA1 && fingerprint(read.values) === mark.f;
}

/** Our sheets holding any of the chosen tables: the ones whose cells the writer must read. */
export function ownSheetsFor(
  chosen: readonly SheetTable[],
  sheets: readonly SheetInfo[]
): SheetInfo[] {
  return sheets.filter((s) => chosen.some((t) => t.id === s.mark?.t));
}

export function planTables(
  chosen: readonly SheetTable[],
  sheets: readonly SheetInfo[],
  takenNames: ReadonlySet<string>,
  reads: ReadonlyMap<string, OwnSheetRead>
): TablePlan[] {
  const sheetNames = new Set(sheets.map((s) => s.name));
  const names = new Set(takenNames);
  return chosen.map((table): TablePlan => {
    const grid = sheetGrid(table);
    const mine = sheets.filter((s): s is SheetInfo & { mark: Mark } => s.mark?.t === table.id);
    const clean = mine.find((s) => untouched(s.mark, reads.get(s.name)));
    if (clean) {
      return {
        table,
        grid,
        sheet: clean.name,
        tableName: clean.mark.n,
        mode: "update",
        // untouched() is false without a read, so the clean sheet has one
        oldRows: (reads.get(clean.name) as OwnSheetRead).rows - (HEADER_ROW - 1),
        outcome: {
          table: table.id,
          sheet: clean.name,
          action: "updated",
          fromVersion: clean.mark.v,
        },
      };
    }
    const sheet = freeName(table.sheetName, sheetNames, " ", 31);
    // Stryker disable next-line StringLiteral: freeName tells only " " from other separators, so "" also gives "_2"
    const tableName = freeName(table.tableName, names, "_", 255);
    sheetNames.add(sheet);
    names.add(tableName);
    const outcome: Outcome = mine.length
      ? { table: table.id, sheet, action: "created-beside", userEdited: mine[0].name }
      : sheet !== table.sheetName
        ? { table: table.id, sheet, action: "created-renamed", wanted: table.sheetName }
        : { table: table.id, sheet, action: "created" };
    return { table, grid, sheet, tableName, mode: "new", oldRows: 0, outcome };
  });
}

/** The number format of grid row `r` in column `col`: text above the table, then the column's own. */
export function formatOf(col: SheetTable["columns"][number], r: number, value: unknown): string {
  if (r < HEADER_ROW) return TEXT_FORMAT;
  // text stays text, also in a number column (../textCells.ts)
  return formatFor(
    value,
    typeof col.format === "string" ? col.format : (col.format[r - HEADER_ROW] ?? "General")
  );
}

/** Bytes one grid row adds to a request: its values and its number format in every column. */
export function rowCost(plan: TablePlan, r: number): number {
  let bytes = payloadBytes([plan.grid[r]]);
  plan.table.columns.forEach((col, c) => {
    bytes += utf8Length(formatOf(col, r, plan.grid[r][c])) + 6;
  });
  return bytes;
}

/** Rows [from, to) of one plan, and whether they finish its table. */
export interface Piece {
  readonly plan: TablePlan;
  readonly from: number;
  readonly to: number;
  readonly last: boolean;
}

/**
 * Packs every plan's rows, in order, into batches of at most `chunkBytes`: a table starts in
 * the batch the one before it left, and goes on in the next batch when that one is full. A
 * single row larger than a batch gets a batch of its own.
 */
export function packBatches(plans: readonly TablePlan[], chunkBytes: number): Piece[][] {
  const batches: Piece[][] = [[]];
  let batchBytes = 0;
  for (const plan of plans) {
    let from = 0;
    while (from < plan.grid.length) {
      let to = from;
      let bytes = 0;
      while (to < plan.grid.length) {
        const cost = rowCost(plan, to);
        // a row that would overflow a batch that holds anything waits for the next batch;
        // into an empty one it goes, even a row larger than the budget
        if (batchBytes + bytes > 0 && batchBytes + bytes + cost > chunkBytes) break;
        bytes += cost;
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
    }
  }
  return batches.filter((b) => b.length);
}
