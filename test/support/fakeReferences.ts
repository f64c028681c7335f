/**
 * How Excel moves references when a colleague inserts or deletes rows, columns or cells, and
 * when a sheet is renamed or deleted — for the fake, in formulas of every sheet, defined
 * names, tables, conditional formats and spill ranges. Microsoft, "Insert or delete rows and
 * columns" / "Move or copy cells": references to cells that move follow them, relative and
 * absolute alike ($ only matters when a formula is copied); a range that a row is inserted
 * into grows; a range part of whose rows or columns are deleted shrinks; a reference whose
 * cells are all deleted becomes #REF! (Excel help, "#REF! error": "…a formula refers to a cell
 * that isn't valid… most often when cells that were referenced by formulas get deleted").
 * Inserting or deleting cells with a shift (not whole rows or columns) moves only the cells
 * of that band: a reference is adjusted when it lies inside the band's columns (rows), and is
 * left as it is when it reaches beyond them, as Excel leaves a range that the shifted band
 * only partly covers. Whole-column references (A:A) are untouched by row edits, whole rows
 * (3:3) by column edits.
 */

import { colName, columnIndex } from "./excelFake";

export type Box = { r0: number; c0: number; r1: number; c1: number };

/** One edit of a sheet's grid. `band` limits a cell shift to some columns (rows); null = whole rows (columns). */
export interface GridEdit {
  readonly sheet: string;
  readonly kind: "insert" | "delete";
  readonly axis: "rows" | "cols";
  /** first row (column) inserted or deleted, 0-based */
  readonly at: number;
  readonly count: number;
  /** the columns (for row edits) or rows (for column edits) that shift, inclusive; null = all */
  readonly band: readonly [number, number] | null;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** An interval [a, b] after the edit along its axis, or null when all of it was deleted. */
function moveSpan(a: number, b: number, e: GridEdit): [number, number] | null {
  if (e.kind === "insert") {
    return [a >= e.at ? a + e.count : a, b >= e.at ? b + e.count : b];
  }
  const end = e.at + e.count - 1;
  if (a >= e.at && b <= end) return null;
  const na = a < e.at ? a : a > end ? a - e.count : e.at;
  const nb = b < e.at ? b : b > end ? b - e.count : e.at - 1;
  return [na, nb];
}

/** A box after the edit (on the edited sheet), or null when all its cells were deleted. */
export function moveBox(box: Box, e: GridEdit): Box | null {
  const rows = e.axis === "rows";
  const whole = rows
    ? box.r0 === 0 && box.r1 === MAX_ROWS - 1
    : box.c0 === 0 && box.c1 === MAX_COLS - 1;
  if (whole) return box; // A:A under row edits, 3:3 under column edits
  if (e.band) {
    const [lo, hi] = e.band;
    const [x0, x1] = rows ? [box.c0, box.c1] : [box.r0, box.r1];
    if (x0 < lo || x1 > hi) return box; // reaches beyond the shifted band
  }
  const span = moveSpan(rows ? box.r0 : box.c0, rows ? box.r1 : box.c1, e);
  if (!span) return null;
  return rows ? { ...box, r0: span[0], r1: span[1] } : { ...box, c0: span[0], c1: span[1] };
}

/** A cell's position after the edit, or null when it was deleted. */
export function moveCell(r: number, c: number, e: GridEdit): [number, number] | null {
  const b = moveBox({ r0: r, c0: c, r1: r, c1: c }, e);
  return b ? [b.r0, b.c0] : null;
}

// A reference: optional sheet (quoted or plain), then a cell, a range, whole columns or rows.
// It must not continue an identifier (a function name like LOG10( or a name like Table1[…]).
const REF =
  /(^|[^A-Za-z0-9_.$'\]])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![A-Za-z0-9_(.[!])/g;

function sheetOf(prefix: string | undefined, own: string): string {
  if (!prefix) return own;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

interface Parsed {
  box: Box;
  /** how each corner was written: "$" flags and shape, to write it back alike */
  shape: "cell" | "range" | "cols" | "rows";
  abs: [boolean, boolean, boolean, boolean]; // col0, row0, col1, row1
}

function parseRef(text: string): Parsed {
  const cols = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (cols)
    return {
      box: { r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(cols[2]), c1: columnIndex(cols[4]) },
      shape: "cols",
      abs: [!!cols[1], false, !!cols[3], false],
    };
  const rows = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})$/.exec(text);
  if (rows)
    return {
      box: { c0: 0, c1: MAX_COLS - 1, r0: Number(rows[2]) - 1, r1: Number(rows[4]) - 1 },
      shape: "rows",
      abs: [false, !!rows[1], false, !!rows[3]],
    };
  const [a, b] = text.split(":");
  const cell = (s: string) => {
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(s)!;
    return { c: columnIndex(m[2]), r: Number(m[4]) - 1, ac: !!m[1], ar: !!m[3] };
  };
  const p = cell(a);
  const q = b ? cell(b) : p;
  return {
    box: { r0: p.r, c0: p.c, r1: q.r, c1: q.c },
    shape: b ? "range" : "cell",
    abs: [p.ac, p.ar, q.ac, q.ar],
  };
}

function writeRef(p: Parsed, box: Box): string {
  const d = (x: boolean) => (x ? "$" : "");
  const [ac0, ar0, ac1, ar1] = p.abs;
  if (p.shape === "cols") return `${d(ac0)}${colName(box.c0)}:${d(ac1)}${colName(box.c1)}`;
  if (p.shape === "rows") return `${d(ar0)}${box.r0 + 1}:${d(ar1)}${box.r1 + 1}`;
  const first = `${d(ac0)}${colName(box.c0)}${d(ar0)}${box.r0 + 1}`;
  if (p.shape === "cell" && box.r0 === box.r1 && box.c0 === box.c1) return first;
  return `${first}:${d(ac1)}${colName(box.c1)}${d(ar1)}${box.r1 + 1}`;
}

/** Applies `fn` to every reference outside string literals; fn returns the new text. */
function mapRefs(
  formula: string,
  fn: (sheet: string | undefined, ref: string, prefix: string) => string
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(REF, (_m, lead: string, prefix: string | undefined, ref: string) => {
            return lead + fn(prefix, ref, prefix ?? "");
          })
    )
    .join("");
}

/** A formula (of a cell on `own`) after an edit of sheet `e.sheet`. */
export function adjustFormula(formula: string, own: string, e: GridEdit): string {
  return mapRefs(formula, (prefix, ref, written) => {
    if (sheetOf(prefix, own).toLowerCase() !== e.sheet.toLowerCase()) return written + ref;
    const p = parseRef(ref);
    const box = moveBox(p.box, e);
    return box ? written + writeRef(p, box) : `${written}#REF!`;
  });
}

/** A formula after sheet `from` was renamed `to` (references by name follow the sheet). */
export function renameInFormula(formula: string, from: string, to: string): string {
  return mapRefs(formula, (prefix, ref, written) =>
    prefix && sheetOf(prefix, "").toLowerCase() === from.toLowerCase()
      ? `${quoteSheet(to)}!${ref}`
      : written + ref
  );
}

/** A formula after sheet `gone` was deleted: its references to that sheet are #REF!. */
export function deleteSheetInFormula(formula: string, gone: string): string {
  return mapRefs(formula, (prefix, ref, written) =>
    prefix && sheetOf(prefix, "").toLowerCase() === gone.toLowerCase() ? "#REF!" : written + ref
  );
}

/** A sheet-qualified address ("'Blad 1'!B2:C3") after an edit, or null when deleted. */
export function adjustAddress(address: string, e: GridEdit): string | null {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? sheetOf(address.slice(0, bang + 1), "") : e.sheet;
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  if (sheet.toLowerCase() !== e.sheet.toLowerCase()) return address;
  const p = parseRef(local);
  const box = moveBox(p.box, e);
  if (!box) return null;
  return (bang >= 0 ? address.slice(0, bang + 1) : "") + writeRef(p, box);
}
