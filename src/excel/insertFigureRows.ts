/**
 * Writing planned figure rows (figureRows.ts) at the selected cell: only when every cell of the
 * block is empty — otherwise nothing is written and the cells that hold something are named
 * (nothing the add-in did not create is overwritten). Three syncs, whatever the number of
 * figures: the active cell's address (ExcelApi 1.7), the block's formulas, then one batch that
 * writes every format, every value and the header's bold type, each as one 2-D assignment.
 *
 * The block is addressed through Worksheet.getRange with an address computed here, not
 * Range.getResizedRange: what Excel does when a resize passes the sheet's last row or column
 * is not documented (@types/office-js, Range.getResizedRange, ExcelApi 1.2), while a block
 * past XFD1048576 is refused here before anything is asked of Excel ("Excel specifications
 * and limits": 1,048,576 rows by 16,384 columns).
 */
import { MAX_COLUMNS, MAX_ROWS, blockAddress, localPart, parseA1, type Block } from "./a1";
import type { RowsPlan } from "./figureRows";

/** Some cells of the block hold something: nothing was written. */
export class BlockNotEmptyError extends Error {
  readonly block: string;
  readonly occupied: readonly string[];
  constructor(block: string, occupied: readonly string[]) {
    super(`${block}: ${occupied.join(", ")} not empty`);
    this.name = "BlockNotEmptyError";
    this.block = block;
    this.occupied = occupied;
  }
}

/** The block does not fit between the selected cell and the sheet's last row or column. */
export class BlockOutsideSheetError extends Error {
  constructor(readonly cell: string) {
    super(`${cell}: the rows do not fit on the sheet`);
    this.name = "BlockOutsideSheetError";
  }
}

const empty = (v: unknown) => v === "" || v === null || v === undefined;

/** The addresses of the non-empty cells of `formulas`, read from the block at `at`. */
export function occupiedCells(at: Block, formulas: readonly (readonly unknown[])[]): string[] {
  const out: string[] = [];
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!empty(v)) out.push(blockAddress({ row: at.row + r, col: at.col + c, rows: 1, cols: 1 }));
    })
  );
  return out;
}

export async function insertFigureRows(
  context: Excel.RequestContext,
  plan: RowsPlan
): Promise<{ address: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load("address");
  await context.sync();
  const at = parseA1(cell.address);
  const rows = plan.values.length;
  const cols = plan.values[0]?.length ?? 0;
  const here = localPart(cell.address);
  if (at.row + rows > MAX_ROWS || at.col + cols > MAX_COLUMNS)
    throw new BlockOutsideSheetError(here);
  const block: Block = { row: at.row, col: at.col, rows, cols };
  const address = blockAddress(block);
  const range = cell.worksheet.getRange(address);
  range.load("formulas");
  await context.sync();
  const occupied = occupiedCells(block, range.formulas);
  if (occupied.length) throw new BlockNotEmptyError(address, occupied);
  // formats first, so no value shows bare and no text is read as a formula
  range.numberFormat = plan.formats;
  range.values = plan.values;
  if (plan.header)
    cell.worksheet.getRange(blockAddress({ ...block, rows: 1 })).format.font.bold = true;
  await context.sync();
  return { address };
}
