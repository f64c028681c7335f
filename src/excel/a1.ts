/**
 * A1 addresses, pure: column letters, blocks, and the addresses Excel returns, including whole
 * columns ("Blad1!A:C") and whole rows ("Blad1!3:5"), and several areas separated by commas
 * (a multi-area selection's RangeAreas.address).
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A block of cells, 0-based, top-left and size. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

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

function columnIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** "A1:Q20" for `rows` rows and `cols` columns starting at row `top` (1-based). */
export function address(top: number, rows: number, cols: number, left = 0): string {
  return `${columnLetter(left)}${top}:${columnLetter(left + cols - 1)}${top + rows - 1}`;
}

/** An address with every column and row anchored: "F32" → "$F$32", "D2:G9" → "$D$2:$G$9". */
export function absolute(a: string): string {
  return a.replace(/[A-Z]+/g, "$$$&$$");
}

/** The A1 address of one block ("F5" for a single cell). */
export function blockAddress(b: Block): string {
  const first = `${columnLetter(b.col)}${b.row + 1}`;
  return b.rows === 1 && b.cols === 1
    ? first
    : `${first}:${address(b.row + 1, b.rows, b.cols, b.col).split(":")[1]}`;
}

function cellIndex(a: string): [number, number] {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(a);
  if (!m) throw new Error(`not an A1 cell: ${a}`);
  return [Number(m[2]) - 1, columnIndex(m[1])];
}

/** The sheet-local part of an address, without $ signs: "'Mijn blad'!$A$1:$B$2" → "A1:B2". */
export function localPart(a: string): string {
  // no "!": lastIndexOf gives -1, and the slice starts at 0
  return a
    .slice(a.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim();
}

/** One area: "B6:B20", "Sheet!A1", "A1", "A:C" (whole columns) or "3:5" (whole rows). */
export function parseA1(a: string): Block {
  const local = localPart(a).toUpperCase();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(local);
  if (cols) {
    const c0 = columnIndex(cols[1]);
    return { row: 0, col: c0, rows: MAX_ROWS, cols: columnIndex(cols[2]) - c0 + 1 };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(local);
  if (rows) {
    const r0 = Number(rows[1]) - 1;
    return { row: r0, col: 0, rows: Number(rows[2]) - r0, cols: MAX_COLUMNS };
  }
  const [first, last] = local.split(":");
  const [r0, c0] = cellIndex(first);
  const [r1, c1] = last ? cellIndex(last) : [r0, c0];
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Every area of a (possibly multi-area) address: "Blad1!A1:B2,Blad1!D:D". */
export function parseAreas(a: string): Block[] {
  // Commas inside a quoted sheet name are part of the name: split outside quotes only.
  const areas: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of a) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      areas.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) areas.push(cur);
  return areas.map(parseA1);
}

/** The overlap of two blocks, or null. */
export function intersect(a: Block, b: Block): Block | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const r1 = Math.min(a.row + a.rows, b.row + b.rows);
  const c1 = Math.min(a.col + a.cols, b.col + b.cols);
  return r1 > row && c1 > col ? { row, col, rows: r1 - row, cols: c1 - col } : null;
}

/** A rows × cols array filled with `value`, for an address such as "E41:H41". */
export function filled<T>(a: string, value: T): T[][] {
  const { rows, cols } = parseA1(a);
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}
