/**
 * A reference table laid out as the cells of its worksheet: title, citation, a blank row,
 * then the Excel table (header row + body) from row 4. Pure.
 */
import { citation, type Cell, type SheetTable } from "../data/tables";

export const HEADER_ROW = 4;

export function titleRows(t: SheetTable, width: number): Cell[][] {
  const pad = (first: string): Cell[] => [first, ...new Array<Cell>(width - 1).fill("")];
  const about = `${t.title.nl} — ${t.description.nl}${t.detail ? `. ${t.detail}` : ""}`;
  return [pad(about), pad(citation()), pad("")];
}

/** Every cell the writer puts on the sheet, top-left at A1. */
export function sheetGrid(t: SheetTable): Cell[][] {
  const width = t.columns.length;
  return [...titleRows(t, width), t.columns.map((c) => c.header), ...t.rows.map((r) => [...r])];
}
