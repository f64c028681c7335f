/**
 * "Prepare for sharing" and "Restore formulas" against Excel: for colleagues without the
 * add-in, the results of WONINGBOUW.* formulas are replaced by their current values, and every
 * original formula goes into a very hidden sheet of the add-in's own ("WB Formules"), where
 * Excel keeps its location and references up to date (./plan.ts, STORE_HEADER); restore puts
 * each formula back where its block is now, in the session's function names, but only where
 * the cells still hold exactly what the freeze wrote. Anything else is a conflict the user
 * decides. The decisions are ./plan.ts's; this file only reads and writes.
 *
 * Bounded: reads in bands of 100,000 cells (READ_CELLS_PER_SYNC), writes in batches of at most 4 MB and
 * WRITE_CELLS_PER_SYNC cells. Atomic: writes go out in several syncs, and when one fails every
 * batch already sent (the failed one included: Excel may have applied part of it) is undone
 * — formulas put back, values written back, the store as it was — before the error is raised.
 */
import type { FunctionNames } from "../../locale/functionNames";
import { blockAddress, intersect, parseA1, parseAreas, type Block } from "../a1";
import { FREEZE_KEY, MARK_KEY, ownMark } from "../ownership";
import { payloadBytes, utf8Length } from "../payload";
import { WriteError } from "../rollback";
import { formulaLikeCells } from "../textCells";
import { TEXT_FORMAT } from "../../data/cellText";
import { freeName, readSheets, type SheetInfo } from "../sheets";
import {
  STORE_HEADER,
  STORE_SHEET,
  STORE_TEXT_COLUMNS,
  READ_RANGES_PER_SYNC,
  chunk,
  decide,
  newFreezeKey,
  newRows,
  ourFormulas,
  parseStore,
  readBatches,
  restoreTarget,
  restoredFormula,
  rowId,
  selectionBlocks,
  storeLive,
  storeText,
  storedFormula,
  writeBatches,
  type Choice,
  type Conflict,
  type FoundFormula,
  type StoredFormula,
} from "./plan";

export { STORE_SHEET };

export interface FreezeReport {
  readonly frozen: number;
  readonly sheets: string[];
}

export interface RestoreReport {
  readonly restored: number;
  /** blocks left as they are until the user decides (listed in the pane) */
  readonly conflicts: Conflict[];
  /** formulas whose sheet is not in the workbook; they stay in the store */
  readonly missing: StoredFormula[];
}

export type Scope = "workbook" | "selection";

const usedBlock = (r: Excel.Range): Block | null => (r.isNullObject ? null : parseA1(r.address));
const cellAddress = (row: number, col: number) => blockAddress({ row, col, rows: 1, cols: 1 });
const grid = (rows: number, cols: number, fill: string) =>
  Array.from({ length: rows }, () => new Array<string>(cols).fill(fill));

/** A piece of a write: its size, what it writes, and how to take it back. */
interface WriteUnit {
  readonly bytes: number;
  readonly cells: number;
  readonly apply: () => void;
  readonly undo?: () => void;
}

/**
 * Sends `units` in batches of at most 4 MB and WRITE_CELLS_PER_SYNC cells, one sync each. When
 * a sync fails, every unit sent — the failed batch's included, since Excel may have applied
 * part of it — is undone in reverse order (in batches as bounded), then `afterUndo` runs, and
 * a WriteError is thrown saying whether that clean-up succeeded.
 */
async function applyUnits(
  context: Excel.RequestContext,
  units: readonly WriteUnit[],
  afterUndo: () => Promise<void> = async () => undefined
): Promise<void> {
  const batches = writeBatches(units, (u) => u);
  let sent = 0;
  try {
    for (const batch of batches) {
      sent++;
      for (const u of batch) u.apply();
      // One sync per bounded batch: the number of batches is bounded by the size of the work.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  } catch (cause) {
    let rollbackFailed = false;
    try {
      const undone = batches
        .slice(0, sent)
        .flat()
        .reverse()
        .filter((u): u is WriteUnit & { undo: () => void } => !!u.undo);
      for (const batch of writeBatches(undone, (u) => u)) {
        for (const u of batch) u.undo();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      await afterUndo();
    } catch {
      rollbackFailed = true;
    }
    throw new WriteError(cause, [], rollbackFailed);
  }
}

/** Store rows read per sync: 8 columns of about 200 bytes a row, some 2 MB a band. */
const STORE_ROWS_PER_SYNC = 10000;

/**
 * The store's cells read through `formulas` (text cells come back as their text): its used
 * range's address in the sync that reads the scope, then bands of STORE_ROWS_PER_SYNC rows.
 */
function storeExtent(context: Excel.RequestContext, store: SheetInfo | undefined) {
  if (!store) return null;
  const range = context.workbook.worksheets.getItem(store.name).getUsedRangeOrNullObject(true);
  range.load("address");
  return range;
}
async function readStore(
  context: Excel.RequestContext,
  store: SheetInfo | undefined,
  extent: Excel.Range | null
): Promise<unknown[][]> {
  if (!store || !extent || extent.isNullObject) return [];
  const used = parseA1(extent.address);
  const rows = used.row + used.rows; // from row 1
  const bands: Excel.Range[] = [];
  for (let r = 0; r < rows; r += STORE_ROWS_PER_SYNC) {
    const range = context.workbook.worksheets
      .getItem(store.name)
      .getRange(`A${r + 1}:H${Math.min(rows, r + STORE_ROWS_PER_SYNC)}`);
    range.load("formulas");
    bands.push(range);
    // One sync per band: the store of a large workbook is read a band at a time.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return bands.flatMap((b) => b.formulas);
}

/** Writes store rows from `firstRow` (1-based; 1 = the header), text first, then the live formulas. */
function writeStoreRows(
  ws: Excel.Worksheet,
  firstRow: number,
  rows: readonly StoredFormula[],
  names: FunctionNames,
  header: boolean
): void {
  const text = storeText(rows, header);
  const live = storeLive(rows, names, header);
  if (!text.length) return;
  const textRange = ws.getRange(
    `A${firstRow}:${String.fromCharCode(64 + STORE_TEXT_COLUMNS)}${firstRow + text.length - 1}`
  );
  textRange.numberFormat = grid(text.length, STORE_TEXT_COLUMNS, TEXT_FORMAT);
  textRange.values = text;
  ws.getRange(`G${firstRow}:H${firstRow + live.length - 1}`).formulas = live;
}

function storeRowBytes(rows: readonly StoredFormula[], names: FunctionNames): number {
  return payloadBytes(storeText(rows, false)) + payloadBytes(storeLive(rows, names, false)) * 1.5;
}

/**
 * The store's rows from `firstRow` (1 = with the header) as write units of at most the batch
 * budget each: a store of a million rows is written in bounded batches like any other write.
 * Each row's size is reckoned once.
 */
function storeRowUnits(
  context: Excel.RequestContext,
  storeName: string,
  firstRow: number,
  rows: readonly StoredFormula[],
  names: FunctionNames
): WriteUnit[] {
  const sized = rows.map((r) => ({
    r,
    bytes: storeRowBytes([r], names),
    cells: STORE_HEADER.length,
  }));
  const units: WriteUnit[] = [];
  let at = firstRow;
  for (const chunkOf of writeBatches(sized, (x) => x)) {
    const from = at;
    const rowsOf = chunkOf.map((x) => x.r);
    at += rowsOf.length + (from === 1 ? 1 : 0);
    units.push({
      bytes: chunkOf.reduce((n, x) => n + x.bytes, 0),
      cells: rowsOf.length * STORE_HEADER.length,
      apply: () =>
        writeStoreRows(
          context.workbook.worksheets.getItem(storeName),
          from,
          rowsOf,
          names,
          from === 1
        ),
    });
  }
  return units;
}

/** Creates the very hidden store sheet with its mark. */
function createStore(context: Excel.RequestContext, name: string): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(name);
  ws.customProperties.add(MARK_KEY, ownMark("formules"));
  ws.visibility = "VeryHidden";
  return ws;
}

/** Deletes the store sheet (a very hidden sheet is made visible first). */
function deleteStore(context: Excel.RequestContext, name: string): void {
  const ws = context.workbook.worksheets.getItem(name);
  ws.visibility = "Visible";
  ws.delete();
}

/** A formula of ours found in the scope, with its text in the session's function names. */
type Found = FoundFormula & { session: string };
/** A found formula with the block it fills: its spill range, or its own cell. */
interface Located {
  readonly f: Found;
  /** the spill range's address, "" when the formula does not spill */
  readonly spill: string;
  readonly block: Block;
}

/**
 * Reads in bounded bands, one sync a band: `queue` loads what one item needs (before the
 * sync), `take` reads it (after). The results come in the items' order.
 */
async function readInBands<T, P, R>(
  context: Excel.RequestContext,
  bands: readonly T[][],
  queue: (item: T) => P,
  take: (item: T, loaded: P) => R
): Promise<R[]> {
  const out: R[] = [];
  for (const band of bands) {
    const loaded = band.map(queue);
    // One sync per band: READ_CELLS_PER_SYNC cells and READ_RANGES_PER_SYNC ranges at most
    // (Excel's 5,000,000-cell and 5 MB limits), so the number of syncs grows with the work.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    band.forEach((item, i) => out.push(take(item, loaded[i])));
  }
  return out;
}

/**
 * Queues the scope's addresses (no sync): every sheet's used range, or the selection's areas
 * (on the active sheet, possibly several, whole columns or rows) bounded by that sheet's used
 * range. Once synced, the returned function gives the scope's blocks cut into bounded reads.
 */
function queueScope(
  context: Excel.RequestContext,
  scope: Scope,
  candidates: SheetInfo[],
  store: SheetInfo | undefined
): () => Array<{ sheet: string; block: Block }> {
  const selection = scope === "selection" ? context.workbook.getSelectedRanges() : null;
  selection?.load("address");
  const activeSheet = selection ? context.workbook.worksheets.getActiveWorksheet() : null;
  activeSheet?.load("name");
  const activeUsed = activeSheet?.getUsedRangeOrNullObject(true) ?? null;
  activeUsed?.load("address");
  const used = selection
    ? []
    : candidates.map((s) => {
        const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
        range.load("address");
        return { sheet: s.name, range };
      });
  return () => {
    const scopeBlocks: Array<{ sheet: string; blocks: Block[] }> =
      selection && activeSheet && activeUsed
        ? [
            {
              sheet: activeSheet.name,
              blocks: selectionBlocks(selection.address, usedBlock(activeUsed)),
            },
          ]
        : used.map((u) => ({
            sheet: u.sheet,
            blocks: u.range.isNullObject ? [] : [parseA1(u.range.address)],
          }));
    return scopeBlocks
      .filter((s) => s.sheet !== store?.name)
      .flatMap((s) => chunk(s.blocks).map((block) => ({ sheet: s.sheet, block })));
  };
}

/** Our formulas in `reads`, in bounded bands: a sheet of millions of cells a band at a time. */
async function readOurFormulas(
  context: Excel.RequestContext,
  reads: Array<{ sheet: string; block: Block }>
): Promise<Found[]> {
  const found = await readInBands(
    context,
    readBatches(reads),
    (r) => {
      const range = context.workbook.worksheets.getItem(r.sheet).getRange(blockAddress(r.block));
      range.load("formulas");
      return range;
    },
    (r, range) =>
      ourFormulas(r.sheet, r.block, range.formulas).map((f) => ({
        ...f,
        session: String(range.formulas[f.row - r.block.row][f.col - r.block.col]),
      }))
  );
  return found.flat();
}

/**
 * Where each formula spills, READ_RANGES_PER_SYNC addresses a sync (no cell bound: addresses
 * are read, not cells): the block it fills, its spill range or its own cell.
 */
function readSpills(context: Excel.RequestContext, found: Found[]): Promise<Located[]> {
  const cells = found.map((f) => ({ f, block: { row: f.row, col: f.col, rows: 1, cols: 1 } }));
  return readInBands(
    context,
    readBatches(cells, Infinity, READ_RANGES_PER_SYNC),
    ({ f, block }) => {
      const spill = context.workbook.worksheets
        .getItem(f.sheet)
        .getRange(blockAddress(block))
        .getSpillingToRangeOrNullObject();
      spill.load("address");
      return spill;
    },
    ({ f, block }, spill) => {
      const address = spill.isNullObject ? "" : blockAddress(parseA1(spill.address));
      return { f, spill: address, block: address ? parseA1(address) : block };
    }
  );
}

/** Each block's values, in bounded bands, in the blocks' order. */
function readBlockValues(context: Excel.RequestContext, blocks: Located[]): Promise<unknown[][][]> {
  return readInBands(
    context,
    readBatches(blocks),
    (b) => {
      const range = context.workbook.worksheets.getItem(b.f.sheet).getRange(blockAddress(b.block));
      range.load("values");
      return range;
    },
    (_, range) => range.values
  );
}

/** A frozen block: where, the values that replace the formula, and its store row. */
type Frozen = Located & { values: unknown[][]; stored: StoredFormula };

/**
 * The freeze's plan: keys for sheets that have none, each block's store row, the rows the
 * store gains, and where they go (a legacy store, older header, is rewritten whole).
 */
function planFreeze(
  sheets: SheetInfo[],
  store: SheetInfo | undefined,
  existingCells: unknown[][],
  blocks: Located[],
  values: unknown[][][]
) {
  const keys = new Map(sheets.map((s) => [s.name, s.freezeKey]));
  const newKeys = new Map<string, string>();
  const taken = new Set(sheets.map((s) => s.freezeKey).filter((k): k is string => !!k));
  const keyOf = (sheet: string): string => {
    const have = keys.get(sheet);
    if (have) return have;
    const key = newFreezeKey(taken);
    taken.add(key);
    keys.set(sheet, key);
    newKeys.set(sheet, key);
    return key;
  };
  const existing = parseStore(existingCells);
  const frozen: Frozen[] = blocks.map((b, i) => ({
    ...b,
    values: values[i],
    stored: storedFormula(b.f, keyOf(b.f.sheet), b.spill, values[i], b.f.session),
  }));
  const added = newRows(
    existing,
    frozen.map((x) => x.stored)
  );
  const storeName =
    store?.name ?? freeName(STORE_SHEET, new Set(sheets.map((s) => s.name)), " ", 31);
  const legacyStore = existingCells.length > 0 && existingCells[0][6] !== STORE_HEADER[6];
  const storeRows = legacyStore ? [...existing, ...added] : added;
  const firstRow = legacyStore || !existingCells.length ? 1 : existingCells.length + 1;
  return { frozen, added, newKeys, storeName, legacyStore, storeRows, firstRow };
}
type FreezePlan = ReturnType<typeof planFreeze>;

/** A block's values in place of its formula; undone: the formula back, the spill cleared. */
function valueUnit(context: Excel.RequestContext, x: Frozen): WriteUnit {
  return {
    bytes: payloadBytes(x.values) + utf8Length(x.f.sheet) + 32,
    cells: x.block.rows * x.block.cols,
    apply: () => {
      const ws = context.workbook.worksheets.getItem(x.f.sheet);
      // a result that reads as a formula (="="&…) is frozen as text (../textCells.ts)
      for (const [r, c] of formulaLikeCells(x.values))
        ws.getRange(cellAddress(x.block.row + r, x.block.col + c)).numberFormat = [[TEXT_FORMAT]];
      ws.getRange(blockAddress(x.block)).values = x.values;
    },
    undo: () => {
      const ws = context.workbook.worksheets.getItem(x.f.sheet);
      if (x.spill) ws.getRange(blockAddress(x.block)).clear("Contents");
      for (const [r, c] of formulaLikeCells(x.values))
        ws.getRange(cellAddress(x.block.row + r, x.block.col + c)).numberFormat = [["General"]];
      ws.getRange(cellAddress(x.f.row, x.f.col)).formulas = [[x.f.session]];
    },
  };
}

/** The sheets' new freeze keys; undone: the keys removed. */
function keysUnit(context: Excel.RequestContext, newKeys: Map<string, string>): WriteUnit {
  return {
    bytes: 64 * newKeys.size,
    cells: 0,
    apply: () => {
      for (const [sheet, key] of newKeys)
        context.workbook.worksheets.getItem(sheet).customProperties.add(FREEZE_KEY, key);
    },
    undo: () => {
      for (const [sheet] of newKeys)
        context.workbook.worksheets
          .getItem(sheet)
          .customProperties.getItemOrNullObject(FREEZE_KEY)
          .delete();
    },
  };
}

/**
 * The freeze's writes as units packed into bounded batches: the store's rows first (the store
 * created if needed), then the values in place of the formulas, then the sheets' keys.
 */
function freezeUnits(
  context: Excel.RequestContext,
  plan: FreezePlan,
  createsStore: boolean,
  names: FunctionNames
): WriteUnit[] {
  const units: WriteUnit[] = [];
  if (createsStore)
    units.push({ bytes: 64, cells: 0, apply: () => void createStore(context, plan.storeName) });
  units.push(...storeRowUnits(context, plan.storeName, plan.firstRow, plan.storeRows, names));
  for (const x of plan.frozen) units.push(valueUnit(context, x));
  if (plan.newKeys.size) units.push(keysUnit(context, plan.newKeys));
  return units;
}

/**
 * After a failed freeze, once the sheets' cells and keys are back: the store as it was — gone
 * if this freeze created it, else its old rows only (a legacy store's old cells written back,
 * a band of rows a sync).
 */
async function undoFreezeStore(
  context: Excel.RequestContext,
  plan: FreezePlan,
  store: SheetInfo | undefined,
  existingCells: unknown[][]
): Promise<void> {
  const { storeName, legacyStore, storeRows, firstRow } = plan;
  const probe = context.workbook.worksheets.getItemOrNullObject(storeName);
  probe.load("name");
  await context.sync();
  if (probe.isNullObject) return;
  if (!store) deleteStore(context, storeName);
  else {
    const ws = context.workbook.worksheets.getItem(storeName);
    if (legacyStore) {
      ws.getRange(`A1:H${Math.max(existingCells.length, storeRows.length + 1)}`).clear("Contents");
      await context.sync();
      for (let r = 0; r < existingCells.length; r += STORE_ROWS_PER_SYNC) {
        const band = existingCells.slice(r, r + STORE_ROWS_PER_SYNC) as unknown[][];
        ws.getRange(`A${r + 1}:H${r + band.length}`).formulas = band;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      return;
    } else if (storeRows.length)
      ws.getRange(`A${firstRow}:H${firstRow + storeRows.length - 1}`).clear("Contents");
  }
  await context.sync();
}

export async function freezeFormulas(
  context: Excel.RequestContext,
  scope: Scope,
  names: FunctionNames
): Promise<FreezeReport> {
  const { sheets } = await readSheets(context);
  const store = sheets.find((s) => s.mark?.t === "formules");
  const candidates = sheets.filter((s) => s.mark?.t !== "formules");
  // 1. The scope and the store's extent in one sync, then the store's cells.
  const scopeReads = queueScope(context, scope, candidates, store);
  const extent = storeExtent(context, store);
  await context.sync();
  const existingCells = await readStore(context, store, extent);
  // 2. The formulas, in bounded bands.
  const found = await readOurFormulas(context, scopeReads());
  if (!found.length) return { frozen: 0, sheets: [] };
  // 3. Where each formula spills (addresses first, in bands), then the values, in bands.
  const blocks = await readSpills(context, found);
  const values = await readBlockValues(context, blocks);
  // 4. The plan, 5. the writes; after a failure the store as it was.
  const plan = planFreeze(sheets, store, existingCells, blocks, values);
  await applyUnits(context, freezeUnits(context, plan, !store, names), () =>
    undoFreezeStore(context, plan, store, existingCells)
  );
  return { frozen: plan.added.length, sheets: [...new Set(plan.added.map((a) => a.sheetName))] };
}

export interface RestoreOptions {
  readonly scope?: Scope;
  /** the user's choices for conflicts listed before, by Conflict.id */
  readonly choices?: ReadonlyMap<string, Choice>;
}

/** A stored block to read: where it is now. */
type Wanted = { r: StoredFormula; t: ReturnType<typeof restoreTarget> };
/** What a block holds now: values and formulas (a cell holds a formula when they differ). */
type Held = { values: unknown[][]; formulas: unknown[][] };

/** The stored blocks to consider: with a selection, only blocks that lie in it. */
function wantedBlocks(
  rows: StoredFormula[],
  sheets: SheetInfo[],
  selection: Excel.RangeAreas | null,
  active: Excel.Worksheet | null
): Wanted[] {
  const areas = selection ? parseAreas(selection.address) : null;
  const inScope = (t: Wanted["t"]) =>
    !areas ||
    (t.kind === "found" &&
      t.sheet.toLowerCase() === active?.name.toLowerCase() &&
      areas.some((a) => intersect(a, t.block)));
  const targets = rows.map((r) => ({ r, t: restoreTarget(r, sheets) }));
  return targets.filter(({ t }) => inScope(t) || (!areas && t.kind !== "found"));
}

/**
 * What each found block holds now, in bands. Text that merely starts with "=" (frozen as text,
 * ../textCells.ts) reads the same through values and formulas; such an anchor's number format
 * is text, and it gets "General" back before its formula, which a text cell would keep as text.
 */
async function readHeld(
  context: Excel.RequestContext,
  wanted: Wanted[]
): Promise<{ now: Map<StoredFormula, Held>; textAnchors: Set<StoredFormula> }> {
  const reads = wanted.flatMap(({ r, t }) =>
    t.kind === "found" ? [{ r, t, block: t.block }] : []
  );
  const held = await readInBands(
    context,
    readBatches(reads),
    (x) => {
      const range = context.workbook.worksheets.getItem(x.t.sheet).getRange(blockAddress(x.block));
      range.load("formulas,values");
      const first = context.workbook.worksheets
        .getItem(x.t.sheet)
        .getRange(cellAddress(x.block.row, x.block.col));
      first.load("numberFormat");
      return { range, first };
    },
    (x, { range, first }) => ({
      r: x.r,
      cells: { values: range.values, formulas: range.formulas },
      text: first.numberFormat[0][0] === TEXT_FORMAT,
    })
  );
  const now = new Map(held.map((h) => [h.r, h.cells]));
  const textAnchors = new Set(held.filter((h) => h.text).map((h) => h.r));
  return { now, textAnchors };
}

/** A formula to put back: where, what the block holds now (for undo), the formula. */
interface Put {
  readonly r: StoredFormula;
  readonly sheet: string;
  readonly block: Block;
  readonly was: unknown[][];
  readonly formula: string;
}

/** ./plan.ts's decision for each block: put back, dropped from the store, conflict, missing. */
function decideAll(
  wanted: Wanted[],
  now: Map<StoredFormula, Held>,
  choices: RestoreOptions["choices"],
  names: FunctionNames
) {
  const puts: Put[] = [];
  const conflicts: Conflict[] = [];
  const missing: StoredFormula[] = [];
  const settled = new Set<StoredFormula>();
  for (const { r, t } of wanted) {
    const cells = now.get(r);
    const hasFormula = !!cells?.formulas.some((row, i) =>
      row.some((f, j) => typeof f === "string" && f.startsWith("=") && f !== cells.values[i][j])
    );
    const d = decide(r, t, cells?.values ?? null, choices?.get(rowId(r)), hasFormula);
    if (d.kind === "restore" && t.kind === "found") {
      puts.push({
        r,
        sheet: t.sheet,
        block: t.block,
        was: cells?.formulas ?? [[""]],
        formula: restoredFormula(r, t.sheet, names),
      });
      settled.add(r);
    } else if (d.kind === "drop") settled.add(r);
    else if (d.kind === "conflict") conflicts.push(d.conflict);
    else missing.push(r);
  }
  return { puts, conflicts, missing, settled };
}

/**
 * A formula back, its block cleared (it holds exactly what the freeze wrote, or the user chose
 * to replace it); undone: the block's cells as they were.
 */
function putUnit(context: Excel.RequestContext, p: Put, textAnchor: boolean): WriteUnit {
  return {
    bytes: utf8Length(p.formula) + payloadBytes(p.was) + 64,
    cells: p.block.rows * p.block.cols,
    apply: () => {
      const ws = context.workbook.worksheets.getItem(p.sheet);
      if (p.block.rows * p.block.cols > 1) ws.getRange(blockAddress(p.block)).clear("Contents");
      const anchor = ws.getRange(cellAddress(p.block.row, p.block.col));
      if (textAnchor) anchor.numberFormat = [["General"]];
      anchor.formulas = [[p.formula]];
    },
    undo: () => {
      const ws = context.workbook.worksheets.getItem(p.sheet);
      if (textAnchor)
        ws.getRange(cellAddress(p.block.row, p.block.col)).numberFormat = [[TEXT_FORMAT]];
      ws.getRange(blockAddress(p.block)).formulas = p.was.map((row) =>
        row.map((v) => (v === null ? "" : v))
      );
    },
  };
}

/**
 * The store after a restore: what is undecided stays; removed only when empty. `storeCells`
 * rows are cleared and the remaining rows written from the top.
 */
function storeAfterUnits(
  context: Excel.RequestContext,
  storeName: string,
  storeCells: number,
  remaining: StoredFormula[],
  names: FunctionNames
): WriteUnit[] {
  return [
    {
      bytes: 64,
      cells: 0,
      apply: () => {
        if (!remaining.length) deleteStore(context, storeName);
        else
          context.workbook.worksheets
            .getItem(storeName)
            .getRange(`A1:H${storeCells}`)
            .clear("Contents");
      },
    },
    ...storeRowUnits(context, storeName, 1, remaining, names),
  ];
}

/** After a failed restore: the store as it was (made again when the failed batch removed it). */
async function rewriteStore(
  context: Excel.RequestContext,
  storeName: string,
  storeCells: number,
  rows: StoredFormula[],
  remaining: number,
  names: FunctionNames
): Promise<void> {
  const probe = context.workbook.worksheets.getItemOrNullObject(storeName);
  probe.load("name");
  await context.sync();
  const ws = probe.isNullObject
    ? createStore(context, storeName)
    : context.workbook.worksheets.getItem(storeName);
  ws.getRange(`A1:H${Math.max(storeCells, remaining + 1)}`).clear("Contents");
  await context.sync();
  await applyUnits(context, storeRowUnits(context, storeName, 1, rows, names));
}

export async function restoreFormulas(
  context: Excel.RequestContext,
  names: FunctionNames,
  options: RestoreOptions = {}
): Promise<RestoreReport> {
  const { sheets } = await readSheets(context);
  const store = sheets.find((s) => s.mark?.t === "formules");
  if (!store) return { restored: 0, conflicts: [], missing: [] };
  const extent = storeExtent(context, store);
  const selection = options.scope === "selection" ? context.workbook.getSelectedRanges() : null;
  selection?.load("address");
  const active = selection ? context.workbook.worksheets.getActiveWorksheet() : null;
  active?.load("name");
  await context.sync();
  const cells = await readStore(context, store, extent);
  const rows = parseStore(cells);
  // Where each block is now, and what it holds; then the decisions.
  const wanted = wantedBlocks(rows, sheets, selection, active);
  const { now, textAnchors } = await readHeld(context, wanted);
  const { puts, conflicts, missing, settled } = decideAll(wanted, now, options.choices, names);
  if (!settled.size) return { restored: 0, conflicts, missing };

  // The formulas back, then the store.
  const remaining = rows.filter((r) => !settled.has(r));
  const units = [
    ...puts.map((p) => putUnit(context, p, textAnchors.has(p.r))),
    ...storeAfterUnits(context, store.name, cells.length, remaining, names),
  ];
  await applyUnits(context, units, () =>
    rewriteStore(context, store.name, cells.length, rows, remaining.length, names)
  );
  return { restored: puts.length, conflicts, missing };
}
