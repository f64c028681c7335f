/**
 * A1 addresses: parsing, formatting, sheet quoting and box arithmetic. Part of the Excel fake
 * (../excelFake.ts).
 */
import { MAX_ROWS, MAX_COLS } from "./limits";

export type Box = { r0: number; c0: number; r1: number; c1: number };
export function parseCell(a: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.trim().toUpperCase());
  if (!m) throw new Error(`fake: bad address ${a}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, c - 1];
}
export function columnIndex(letters: string): number {
  return parseCell(`${letters}1`)[1];
}
/** One area: "B2", "B2:C5", "A:C" (whole columns), "3:5" (whole rows), optionally sheet-qualified. */
export function parseAddress(address: string): Box {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const upper = local.toUpperCase().replace(/\$/g, "");
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(upper);
  if (columns)
    return { r0: 0, c0: columnIndex(columns[1]), r1: MAX_ROWS - 1, c1: columnIndex(columns[2]) };
  const rows = /^(\d+):(\d+)$/.exec(upper);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: MAX_COLS - 1 };
  const [a, b] = upper.split(":");
  const [r0, c0] = parseCell(a);
  const [r1, c1] = b ? parseCell(b) : [r0, c0];
  return { r0, c0, r1, c1 };
}
export function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
/** Excel's own form: "A:B" for whole columns, "3:4" for whole rows, else "A1:B2". */
export function localAddress(b: Box): string {
  if (b.r0 === 0 && b.r1 === MAX_ROWS - 1) return `${colName(b.c0)}:${colName(b.c1)}`;
  if (b.c0 === 0 && b.c1 === MAX_COLS - 1) return `${b.r0 + 1}:${b.r1 + 1}`;
  // Excel names a one-cell range by that cell alone ("Sheet1!B1", as in the Name Box and
  // Range.address), never "B1:B1".
  if (b.r0 === b.r1 && b.c0 === b.c1) return `${colName(b.c0)}${b.r0 + 1}`;
  return `${colName(b.c0)}${b.r0 + 1}:${colName(b.c1)}${b.r1 + 1}`;
}
export function formatAddress(sheet: string, b: Box): string {
  return `${quoteSheet(sheet)}!${localAddress(b)}`;
}
export const cellsOf = (b: Box): number => (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
