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
import type { FunctionNames } from "../../locale/functionNames";
import { callsAddinFunction, toIdForm, toSessionForm } from "../../locale/formulaLanguage";
import { absolute, blockAddress, intersect, parseA1, parseAreas, type Block } from "../a1";
import { fingerprint } from "../payload";
import type { SheetInfo } from "../sheets";
import { onlyReference, qualify, sheetPrefix, unqualify } from "./references";

export const STORE_SHEET = "WB Formules";
/** Dataset 1.0.0's store keyed rows by Worksheet.id, which does not survive a reopen. */
const LEGACY_KEY_HEADER = "Blad-id";

/** Cells read per sync: formulas of 100,000 cells stay well below Excel on the web's 5 MB. */
export const READ_CELLS_PER_SYNC = 100000;

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

/**
 * Ranges read per sync: each loaded range costs its address and JSON framing besides its
 * cells (about 150 bytes), so 10,000 small ranges stay near 1.5 MB of the 5 MB response limit.
 */
export const READ_RANGES_PER_SYNC = 10000;

/**
 * Groups read blocks into syncs of at most `maxCells` cells and `maxRanges` ranges (a block
 * never spans two).
 */
export function readBatches<T extends { block: Block }>(
  reads: readonly T[],
  maxCells = READ_CELLS_PER_SYNC,
  maxRanges = READ_RANGES_PER_SYNC
): T[][] {
  const batches: T[][] = [];
  let cells = maxCells;
  for (const r of reads) {
    const n = r.block.rows * r.block.cols;
    if (
      !batches.length ||
      cells + n > maxCells ||
      batches[batches.length - 1].length >= maxRanges
    ) {
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

/**
 * One frozen block as the store keeps it. Columns A–F are text: the sheet's freeze key and
 * name, the anchor and spill block and the formula (id form, without "=") as they were when
 * frozen, and the fingerprint of the values written in the block's place. Columns G and H are
 * formulas that Excel keeps up to date while the workbook travels: `=ROWS('Blad'!$D$2:$G$18)`
 * follows the block when a colleague inserts or deletes rows or columns or renames the sheet,
 * and `=IF(FALSE,<the formula, every reference qualified with its sheet>)` — never evaluated —
 * follows the cells the formula read. Restore reads both back (./references.ts).
 */
export const STORE_HEADER = [
  "Blad-sleutel",
  "Blad (bij bevriezen)",
  "Adres",
  "Formule (id-vorm, zonder =)",
  "Overloopbereik",
  "Vingerafdruk van de waarden",
  "Blok (volgt het blad)",
  "Formule (volgt de cellen)",
] as const;
/** Text columns A–F; G and H are formulas. */
export const STORE_TEXT_COLUMNS = 6;

export interface StoredFormula {
  /** the sheet's freeze key, or null for a row of the legacy store (matched by name only) */
  readonly key: string | null;
  readonly sheetName: string;
  /** anchor cell when frozen, e.g. "F5" */
  readonly address: string;
  /** id form, without the leading "=" */
  readonly formula: string;
  /** the block a dynamic-array result spilled into when frozen, e.g. "F5:I21", or "" */
  readonly spill: string;
  /** fingerprint of the values written in place of the formula; null in a legacy store */
  readonly fingerprint: string | null;
  /** where the block is now (column G as Excel keeps it): null if not tracked (legacy) */
  readonly now: { readonly sheet: string; readonly address: string } | "deleted" | null;
  /** the formula as Excel keeps it (column H, unwrapped, references qualified), or null */
  readonly live: string | null;
}

/** A stored block's identity: its sheet and anchor when frozen. */
export function rowId(r: Pick<StoredFormula, "key" | "sheetName" | "address">): string {
  return `${r.key ?? r.sheetName}!${r.address}`;
}

const LIVE_PREFIX = "=IF(FALSE,";

/** Column H for a formula (session form, with "=") on `sheet`: qualified, never evaluated. */
export function liveFormula(formula: string, sheet: string): string {
  return `${LIVE_PREFIX}${qualify(formula.slice(1), sheet)})`;
}
/** Column G for a block on `sheet`: a reference Excel moves with the block. */
export function liveBlock(sheet: string, block: string): string {
  return `=ROWS(${sheetPrefix(sheet)}${absolute(blockAddress(parseA1(block)))})`;
}

function unwrapLive(cell: unknown): string | null {
  if (typeof cell !== "string" || !cell.startsWith(LIVE_PREFIX) || !cell.endsWith(")")) return null;
  return `=${cell.slice(LIVE_PREFIX.length, -1)}`;
}

/** The store read back through `range.formulas` (text cells come back as their text). */
export function parseStore(cells: readonly unknown[][]): StoredFormula[] {
  if (!cells.length) return [];
  const legacy = cells[0][0] === LEGACY_KEY_HEADER;
  const tracked = cells[0].length >= STORE_HEADER.length && cells[0][6] === STORE_HEADER[6];
  return cells
    .slice(1)
    .filter((r) => typeof r[2] === "string" && r[2] !== "")
    .map((r) => {
      const block = tracked ? String(r[6] ?? "") : "";
      const where = block ? onlyReference(block) : null;
      return {
        key: legacy ? null : String(r[0] ?? "") || null,
        sheetName: String(r[1] ?? ""),
        address: String(r[2]),
        formula: toIdForm(String(r[3] ?? "")),
        spill: String(r[4] ?? ""),
        fingerprint: tracked && r[5] ? String(r[5]) : null,
        now: !block ? null : (where ?? "deleted"),
        live: tracked ? unwrapLive(r[7]) : null,
      };
    });
}

/** The text columns (A–F) of the store: the header row and a row per stored block. */
export function storeText(rows: readonly StoredFormula[], header = true): string[][] {
  return [
    ...(header ? [[...STORE_HEADER.slice(0, STORE_TEXT_COLUMNS)]] : []),
    ...rows.map((r) => [
      r.key ?? "",
      r.sheetName,
      r.address,
      r.formula,
      r.spill,
      r.fingerprint ?? "",
    ]),
  ];
}

/** The formula columns (G, H) of the store, in the session's names. */
export function storeLive(
  rows: readonly StoredFormula[],
  names: FunctionNames,
  header = true
): string[][] {
  return [
    ...(header ? [[STORE_HEADER[6], STORE_HEADER[7]]] : []),
    ...rows.map((r) => {
      const where = r.now && r.now !== "deleted" ? r.now : null;
      return [
        where ? liveBlock(where.sheet, where.address) : r.now === "deleted" ? "=ROWS(#REF!)" : "",
        r.live ? `${LIVE_PREFIX}${toSessionForm(r.live.slice(1), names)})` : "",
      ];
    }),
  ];
}

/** The blocks a freeze adds: a cell frozen before keeps its first (original) formula. */
export function newRows(
  existing: readonly StoredFormula[],
  added: readonly StoredFormula[]
): StoredFormula[] {
  const seen = new Set(existing.map(rowId));
  return added.filter((a) => !seen.has(rowId(a)));
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

/**
 * The frozen block as the store keeps it: `values` are what the freeze writes in its place
 * (the anchor's value, or the whole spill), `sessionFormula` the formula as read.
 */
export function storedFormula(
  found: FoundFormula,
  key: string,
  spill: string,
  values: readonly (readonly unknown[])[],
  sessionFormula: string
): StoredFormula {
  const address = blockAddress({ row: found.row, col: found.col, rows: 1, cols: 1 });
  const live = liveFormula(sessionFormula, found.sheet);
  return {
    key,
    sheetName: found.sheet,
    address,
    formula: found.formula.slice(1),
    spill,
    fingerprint: fingerprint(values),
    now: { sheet: found.sheet, address: spill || address },
    // Excel's formula limit is 8,192 characters: a longer qualified one is not tracked.
    live: live.length <= 8000 ? `=${live.slice(LIVE_PREFIX.length, -1)}` : null,
  };
}

// --- restore --------------------------------------------------------------------------------

/** Where a stored block is to be looked for now, or why it cannot be. */
export type RestoreTarget =
  | {
      readonly kind: "found";
      readonly sheet: string;
      readonly block: Block;
      readonly checked: boolean;
    }
  | { readonly kind: "deleted" }
  | { readonly kind: "sheetGone" };

/**
 * Where each stored block is now. A tracked row (column G): where Excel moved it (a rename
 * included); "deleted" when all its cells were deleted. A legacy row: the sheet with its
 * freeze key (found after a rename and after save and reopen), failing that a sheet of the
 * stored name that has no freeze key and is not the add-in's; there the block is at its
 * stored address, and cannot be checked (no fingerprint). A copy of a frozen sheet has no key
 * (custom properties are not copied, office-js #5486) and no tracked reference: it keeps its
 * values.
 */
export function restoreTarget(r: StoredFormula, sheets: readonly SheetInfo[]): RestoreTarget {
  if (r.now === "deleted") return { kind: "deleted" };
  if (r.now) {
    const now = r.now;
    const sheet = sheets.find((s) => s.name.toLowerCase() === now.sheet.toLowerCase());
    return sheet
      ? {
          kind: "found",
          sheet: sheet.name,
          block: parseA1(now.address),
          checked: r.fingerprint !== null,
        }
      : { kind: "sheetGone" };
  }
  const sheet =
    (r.key && sheets.find((s) => s.freezeKey === r.key)) ||
    sheets.find((s) => s.name === r.sheetName && !s.freezeKey && !s.mark);
  return sheet
    ? { kind: "found", sheet: sheet.name, block: parseA1(r.spill || r.address), checked: false }
    : { kind: "sheetGone" };
}

/** Why a block is not put back by itself; the user decides (put it back anyway, or keep). */
export type ConflictReason = "changed" | "deleted" | "unchecked";

export interface Conflict {
  readonly id: string;
  readonly reason: ConflictReason;
  /** the sheet and address where the block is now ("" when deleted) */
  readonly sheet: string;
  readonly address: string;
  /** the stored formula, id form with "=" */
  readonly formula: string;
  /** what the block's cells hold now (a few cells), for the user to compare */
  readonly now: readonly (readonly unknown[])[];
}

/** The user's choice for one conflict. */
export type Choice = "restore" | "keep";

/**
 * The decision for one stored block whose target was found, given what its cells hold now
 * (their values, and whether any holds a formula): put back when every cell holds exactly
 * what the freeze wrote
 * (no formula, the same fingerprint, the same size); otherwise a conflict, unless the user
 * chose. The add-in never clears a cell it cannot show it wrote — only the user's "put back
 * anyway" does that, after seeing what is there.
 */
export function decide(
  r: StoredFormula,
  target: RestoreTarget,
  current: readonly (readonly unknown[])[] | null,
  choice: Choice | undefined,
  /** whether any cell of the block now holds a formula (read: formulas differing from values) */
  hasFormula = false
):
  | { kind: "restore" }
  | { kind: "drop" }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "stay" } {
  if (choice === "keep") return { kind: "drop" };
  if (target.kind === "sheetGone") return { kind: "stay" };
  const id = rowId(r);
  const formula = `=${r.formula}`;
  if (target.kind === "deleted")
    return {
      kind: "conflict",
      conflict: { id, reason: "deleted", sheet: "", address: "", formula, now: [] },
    };
  if (choice === "restore") return { kind: "restore" };
  const cells = current ?? [];
  const intact = target.checked && !hasFormula && fingerprint(cells) === r.fingerprint;
  if (intact) return { kind: "restore" };
  return {
    kind: "conflict",
    conflict: {
      id,
      reason: target.checked ? "changed" : "unchecked",
      sheet: target.sheet,
      address: blockAddress(target.block),
      formula,
      now: cells.slice(0, 3).map((row) => row.slice(0, 4)),
    },
  };
}

/** The formula to write back on `sheet`, in the session's names, its references as Excel kept them. */
export function restoredFormula(r: StoredFormula, sheet: string, names: FunctionNames): string {
  return r.live
    ? unqualify(toSessionForm(r.live, names), sheet)
    : toSessionForm(`=${r.formula}`, names);
}

// --- batches --------------------------------------------------------------------------------

/** Request budget of one write batch: below Excel on the web's 5 MB with room for overhead. */
export const WRITE_BYTES_PER_SYNC = 4 * 1024 * 1024;
/** Cells of one write batch, below Excel's 5,000,000 per operation. */
export const WRITE_CELLS_PER_SYNC = 1000000;

/** Groups writes into batches of at most `maxBytes` request bytes and `maxCells` cells. */
export function writeBatches<T>(
  items: readonly T[],
  size: (item: T) => { bytes: number; cells: number },
  maxBytes = WRITE_BYTES_PER_SYNC,
  maxCells = WRITE_CELLS_PER_SYNC
): T[][] {
  const out: T[][] = [];
  let bytes = Infinity;
  let cells = Infinity;
  for (const item of items) {
    const s = size(item);
    if (bytes + s.bytes > maxBytes || cells + s.cells > maxCells) {
      out.push([]);
      bytes = 0;
      cells = 0;
    }
    out[out.length - 1].push(item);
    bytes += s.bytes;
    cells += s.cells;
  }
  return out;
}
