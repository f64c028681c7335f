/**
 * A reference table laid out as the cells of its worksheet: title, citation, a blank row,
 * then the Excel table (header row + body) from row 4.
 */
import { citation, type Cell, type SheetTable } from "../data/tables";

export const HEADER_ROW = 4;

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A1:Q20" for `rows` rows and `cols` columns starting at row `top` (1-based). */
export function address(top: number, rows: number, cols: number, left = 0): string {
  return `${columnLetter(left)}${top}:${columnLetter(left + cols - 1)}${top + rows - 1}`;
}

export function titleRows(t: SheetTable, width: number): Cell[][] {
  const pad = (first: string): Cell[] => [first, ...new Array<Cell>(width - 1).fill("")];
  return [pad(`${t.title.nl} — ${t.description.nl}`), pad(citation()), pad("")];
}

/** Every cell the writer puts on the sheet, top-left at A1. */
export function sheetGrid(t: SheetTable): Cell[][] {
  const width = t.columns.length;
  return [...titleRows(t, width), t.columns.map((c) => c.header), ...t.rows.map((r) => [...r])];
}

/** FNV-1a (32-bit) over the cells: detects whether anyone changed a sheet since it was written. */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const row of values) {
    for (const v of row) {
      feed(typeof v === "number" ? `n${v}` : `s${v === null || v === undefined ? "" : String(v)}`);
      feed("\u0001");
    }
    feed("\u0002");
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Rough request size of a batch of cells as Office.js serialises it (JSON). */
export function payloadBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const r of rows) n += JSON.stringify(r).length + 1;
  return n;
}

function cellIndex(a: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.trim().toUpperCase());
  if (!m) throw new Error(`not an A1 cell: ${a}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, c - 1];
}

/** Top-left (0-based) and size of an A1 address such as "B6:B20" or "Sheet!A1" or "A1". */
export function parseA1(address: string): { row: number; col: number; rows: number; cols: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.split(":");
  const [r0, c0] = cellIndex(a);
  const [r1, c1] = b ? cellIndex(b) : [r0, c0];
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
