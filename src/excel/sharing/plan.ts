/**
 * "Prepare for sharing" and "Restore formulas", decided without Excel: which cells to read (in
 * bounded chunks), which formulas are the add-in's, what the store of formulas holds, and where
 * each stored formula goes back. ./freeze.ts applies these plans.
 *
 * The store keeps each formula in id form (WONINGBOUW.SHORTAGE_PATH, whichever language it was
 * read in) and the sheet's freeze key (a custom property saved with the file), never the
 * session-bound Worksheet.id; so a workbook frozen in Dutch Excel, saved, sent and reopened
 * restores in English Excel, and the reverse.
 */
import { callsAddinFunction, toIdForm } from "../../locale/formulaLanguage";
import { blockAddress, intersect, parseA1, parseAreas, type Block } from "../a1";
import type { SheetInfo } from "../sheets";

export const STORE_SHEET = "WB Formules";
export const STORE_HEADER = [
  "Blad-sleutel",
  "Blad (bij bevriezen)",
  "Adres",
  "Formule (id-vorm, zonder =)",
  "Overloopbereik",
] as const;
/** Dataset 1.0.0's store keyed rows by Worksheet.id, which does not survive a reopen. */
const LEGACY_KEY_HEADER = "Blad-id";

/** Cells read per sync: formulas of 100,000 cells stay well below Excel on the web's 5 MB. */
export const READ_CELLS_PER_SYNC = 100000;

export interface StoredFormula {
  /** the sheet's freeze key, or null for a row of the legacy store (matched by name only) */
  readonly key: string | null;
  readonly sheetName: string;
  /** anchor cell, e.g. "F5" */
  readonly address: string;
  /** id form, without the leading "=", so the store never holds live formulas */
  readonly formula: string;
  /** the block a dynamic-array result spilled into, e.g. "F5:I21", or "" */
  readonly spill: string;
}

// --- what to read ---------------------------------------------------------------------------

/** The part of each selected area that holds anything: whole columns and rows are bounded. */
export function selectionBlocks(selectionAddress: string, used: Block | null): Block[] {
  if (!used) return [];
  return parseAreas(selectionAddress)
    .map((area) => intersect(area, used))
    .filter((b): b is Block => b !== null);
}

/** One sheet's blocks cut into row bands of at most `maxCells` cells each. */
export function chunk(blocks: readonly Block[], maxCells = READ_CELLS_PER_SYNC): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const rowsPer = Math.max(1, Math.floor(maxCells / b.cols));
    for (let r = 0; r < b.rows; r += rowsPer)
      out.push({ row: b.row + r, col: b.col, rows: Math.min(rowsPer, b.rows - r), cols: b.cols });
  }
  return out;
}

/** Groups read blocks into syncs of at most `maxCells` cells (a block never spans two). */
export function readBatches<T extends { block: Block }>(
  reads: readonly T[],
  maxCells = READ_CELLS_PER_SYNC
): T[][] {
  const batches: T[][] = [];
  let cells = maxCells;
  for (const r of reads) {
    const n = r.block.rows * r.block.cols;
    if (cells + n > maxCells) {
      batches.push([]);
      cells = 0;
    }
    batches[batches.length - 1].push(r);
    cells += n;
  }
  return batches;
}

export interface FoundFormula {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** id form, with "=" */
  readonly formula: string;
}

/** The add-in's formulas among the formulas read from `block` (in the session's language). */
export function ourFormulas(
  sheet: string,
  block: Block,
  formulas: readonly unknown[][]
): FoundFormula[] {
  const out: FoundFormula[] = [];
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f === "string" && f.startsWith("=") && callsAddinFunction(f))
        out.push({ sheet, row: block.row + i, col: block.col + j, formula: toIdForm(f) });
    })
  );
  return out;
}

// --- the store ------------------------------------------------------------------------------

export function parseStore(values: readonly unknown[][]): StoredFormula[] {
  if (!values.length) return [];
  const legacy = values[0][0] === LEGACY_KEY_HEADER;
  return values
    .slice(1)
    .filter((r) => typeof r[2] === "string" && r[2] !== "")
    .map((r) => ({
      key: legacy ? null : String(r[0] ?? "") || null,
      sheetName: String(r[1] ?? ""),
      address: String(r[2]),
      formula: toIdForm(String(r[3] ?? "")),
      spill: String(r[4] ?? ""),
    }));
}

export function storeGrid(rows: readonly StoredFormula[]): string[][] {
  return [
    [...STORE_HEADER],
    ...rows.map((r) => [r.key ?? "", r.sheetName, r.address, r.formula, r.spill]),
  ];
}

/** The store after a freeze: a cell frozen twice keeps its first (original) formula. */
export function mergeStore(
  existing: readonly StoredFormula[],
  added: readonly StoredFormula[]
): StoredFormula[] {
  const at = (s: StoredFormula) => `${s.key ?? s.sheetName}!${s.address}`;
  const seen = new Set(existing.map(at));
  return [...existing, ...added.filter((a) => !seen.has(at(a)))];
}

/** A freeze key no sheet has yet. */
export function newFreezeKey(
  taken: ReadonlySet<string>,
  random: () => number = Math.random
): string {
  for (;;) {
    const key = `wb-${Math.floor(random() * 0xffffffff)
      .toString(16)
      .padStart(8, "0")}`;
    if (!taken.has(key)) return key;
  }
}

/** The frozen cell as the store keeps it. */
export function storedFormula(found: FoundFormula, key: string, spill: string): StoredFormula {
  return {
    key,
    sheetName: found.sheet,
    address: blockAddress({ row: found.row, col: found.col, rows: 1, cols: 1 }),
    formula: found.formula.slice(1),
    spill,
  };
}

// --- restore --------------------------------------------------------------------------------

export interface RestoreWrite {
  readonly sheet: string;
  readonly stored: StoredFormula;
}

/**
 * Where each stored formula goes back: the sheet with its freeze key (found after a rename,
 * and after save and reopen); failing that, a sheet of the stored name that has no freeze key
 * and is not the add-in's (a legacy store, or a workbook whose custom properties were lost);
 * otherwise it stays in the store and is reported. A copy of a frozen sheet has no key
 * (custom properties are not copied, office-js #5486): it keeps its values.
 */
export function planRestore(
  rows: readonly StoredFormula[],
  sheets: readonly SheetInfo[]
): { writes: RestoreWrite[]; missing: StoredFormula[] } {
  const writes: RestoreWrite[] = [];
  const missing: StoredFormula[] = [];
  for (const r of rows) {
    const sheet =
      (r.key && sheets.find((s) => s.freezeKey === r.key)) ||
      sheets.find((s) => s.name === r.sheetName && !s.freezeKey && !s.mark);
    if (sheet) writes.push({ sheet: sheet.name, stored: r });
    else missing.push(r);
  }
  return { writes, missing };
}

/** The cell and the spill block of a stored formula, for clearing before it is written back. */
export function restoreTargets(w: RestoreWrite): { cell: string; spill: string | null } {
  return {
    cell: w.stored.address,
    spill: w.stored.spill ? blockAddress(parseA1(w.stored.spill)) : null,
  };
}
