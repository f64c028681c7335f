/**
 * What a colleague does to a shared workbook between "Prepare for sharing" and "Restore
 * formulas", done to the fake the way Excel does it (the reference rules are in
 * fakeReferences.ts, each with its source): insert and delete rows, columns and cell ranges
 * (Range.insert / Range.delete with a shift, ExcelApi 1.1), sort a range (Range.sort, 1.2),
 * clear, type over a cell, rename, move, copy and delete sheets. Every formula of every sheet,
 * every defined name, table, conditional format and spill range follows.
 */
import {
  adjustAddress,
  adjustFormula,
  deleteSheetInFormula,
  moveBox,
  moveCell,
  renameInFormula,
  type GridEdit,
} from "./fakeReferences";
import { parseAddress, type FakeExcel, type SheetData } from "./excelFake";

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

type Shift = "Down" | "Right" | "Up" | "Left";

function sheetOrThrow(xl: FakeExcel, name: string): SheetData {
  const s = xl.sheet(name);
  if (!s) throw new Error(`fake: no sheet ${name}`);
  return s;
}

/** The grid edit of inserting (Down/Right) or deleting (Up/Left) `address` on `sheet`. */
function editOf(sheet: string, address: string, shift: Shift): GridEdit {
  const b = parseAddress(address);
  const kind = shift === "Down" || shift === "Right" ? "insert" : "delete";
  const wholeRows = b.c0 === 0 && b.c1 === MAX_COLS - 1;
  const wholeCols = b.r0 === 0 && b.r1 === MAX_ROWS - 1;
  if (shift === "Down" || shift === "Up")
    return {
      sheet,
      kind,
      axis: "rows",
      at: b.r0,
      count: b.r1 - b.r0 + 1,
      band: wholeRows ? null : [b.c0, b.c1],
    };
  return {
    sheet,
    kind,
    axis: "cols",
    at: b.c0,
    count: b.c1 - b.c0 + 1,
    band: wholeCols ? null : [b.r0, b.r1],
  };
}

function qualified(sheet: string, local: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${local}`;
}
function localOf(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** Applies a grid edit: the sheet's cells move, and every reference in the workbook follows. */
function applyEdit(xl: FakeExcel, e: GridEdit): void {
  const s = sheetOrThrow(xl, e.sheet);
  // the cells of the sheet
  const moved = new Map<string, typeof s.cells extends Map<string, infer C> ? C : never>();
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(",").map(Number);
    const to = moveCell(r, c, e);
    if (to) moved.set(`${to[0]},${to[1]}`, cell);
  }
  s.cells.clear();
  for (const [k, cell] of moved) s.cells.set(k, cell);
  // spill ranges of the sheet
  const spills = [...s.spills.values()];
  s.spills.clear();
  for (const b of spills) {
    const nb = moveBox(b, e);
    if (nb) s.spills.set(`${nb.r0},${nb.c0}`, nb);
  }
  // formulas in every sheet (references to the edited sheet, by name or unqualified there)
  for (const sheet of xl.sheets)
    for (const [k, cell] of sheet.cells)
      if (cell.formula)
        sheet.cells.set(k, { ...cell, formula: adjustFormula(cell.formula, sheet.name, e) });
  // conditional formats and tables of the sheet
  for (let i = s.conditionalFormats.length - 1; i >= 0; i--) {
    const cf = s.conditionalFormats[i];
    const address = adjustAddress(cf.address, e);
    if (address === null) s.conditionalFormats.splice(i, 1);
    else {
      cf.address = address;
      if (cf.rule?.formula)
        cf.rule = { ...cf.rule, formula: adjustFormula(cf.rule.formula, s.name, e) };
    }
  }
  for (let i = xl.tables.length - 1; i >= 0; i--) {
    const t = xl.tables[i];
    if (t.sheet !== s) continue;
    const address = adjustAddress(qualified(s.name, t.address), e);
    if (address === null) xl.tables.splice(i, 1);
    else t.address = localOf(address);
  }
  // defined names
  for (const [name, ref] of xl.nameRefs) xl.nameRefs.set(name, adjustFormula(ref, "", e));
}

export interface Colleague {
  /** Range.insert(shift): a whole-row address ("3:4") inserts rows, "C:C" columns, else cells. */
  insert(sheet: string, address: string, shift: "Down" | "Right"): void;
  /** Range.delete(shift). */
  delete(sheet: string, address: string, shift: "Up" | "Left"): void;
  /** Types a value (or a formula, starting with "=") into one cell. */
  type(sheet: string, address: string, value: string | number): void;
  /** Range.clear(): contents gone. */
  clear(sheet: string, address: string): void;
  /**
   * Range.sort.apply on the rows of `address` by its `key`-th column (0-based). Whole rows of
   * the range move together; references elsewhere do not follow sorted cells (Excel sorts
   * values, it does not move references).
   */
  sort(sheet: string, address: string, key: number, ascending?: boolean): void;
  /** Renames a sheet: every reference to it by name follows. */
  rename(from: string, to: string): void;
  /** Moves a sheet to another position (0-based): nothing else changes. */
  move(sheet: string, position: number): void;
  /** Deletes a sheet: references to it become #REF!. */
  deleteSheet(sheet: string): void;
}

export function colleague(xl: FakeExcel): Colleague {
  return {
    insert: (sheet, address, shift) =>
      applyEdit(xl, editOf(sheetOrThrow(xl, sheet).name, address, shift)),
    delete: (sheet, address, shift) =>
      applyEdit(xl, editOf(sheetOrThrow(xl, sheet).name, address, shift)),
    type(sheet, address, value) {
      const s = sheetOrThrow(xl, sheet);
      const b = parseAddress(address);
      if (typeof value === "string" && value.startsWith("=")) s.setFormula(b.r0, b.c0, value, "");
      else s.set(b.r0, b.c0, value);
      s.spills.delete(`${b.r0},${b.c0}`);
    },
    clear(sheet, address) {
      const s = sheetOrThrow(xl, sheet);
      const b = parseAddress(address);
      for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) s.set(r, c, "");
    },
    sort(sheet, address, key, ascending = true) {
      const s = sheetOrThrow(xl, sheet);
      const b = parseAddress(address);
      const rows: Array<Array<ReturnType<SheetData["get"]>>> = [];
      for (let r = b.r0; r <= b.r1; r++) {
        const row = [];
        for (let c = b.c0; c <= b.c1; c++) row.push(s.get(r, c));
        rows.push(row);
      }
      const keyOf = (row: (typeof rows)[number]) => row[key]?.value;
      rows.sort((x, y) => {
        const a = keyOf(x);
        const z = keyOf(y);
        const cmp =
          typeof a === "number" && typeof z === "number"
            ? a - z
            : String(a).localeCompare(String(z));
        return ascending ? cmp : -cmp;
      });
      rows.forEach((row, i) => row.forEach((cell, j) => s.put(b.r0 + i, b.c0 + j, cell)));
    },
    rename(from, to) {
      const s = sheetOrThrow(xl, from);
      const old = s.name;
      s.name = to;
      for (const sheet of xl.sheets)
        for (const [k, cell] of sheet.cells)
          if (cell.formula)
            sheet.cells.set(k, { ...cell, formula: renameInFormula(cell.formula, old, to) });
      for (const [name, ref] of xl.nameRefs) xl.nameRefs.set(name, renameInFormula(ref, old, to));
    },
    move(sheet, position) {
      const s = sheetOrThrow(xl, sheet);
      xl.sheets.splice(xl.sheets.indexOf(s), 1);
      xl.sheets.splice(Math.max(0, Math.min(position, xl.sheets.length)), 0, s);
    },
    deleteSheet(sheet) {
      const s = sheetOrThrow(xl, sheet);
      xl.sheets.splice(xl.sheets.indexOf(s), 1);
      for (let t = xl.tables.length - 1; t >= 0; t--)
        if (xl.tables[t].sheet === s) xl.tables.splice(t, 1);
      for (const other of xl.sheets)
        for (const [k, cell] of other.cells)
          if (cell.formula)
            other.cells.set(k, { ...cell, formula: deleteSheetInFormula(cell.formula, s.name) });
      for (const [name, ref] of xl.nameRefs)
        xl.nameRefs.set(name, deleteSheetInFormula(ref, s.name));
    },
  };
}
