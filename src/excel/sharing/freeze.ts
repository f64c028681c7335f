/**
 * "Prepare for sharing" and "Restore formulas" against Excel: for colleagues without the
 * add-in, the results of WONINGBOUW.* formulas are replaced by their current values, and every
 * original formula goes into a very hidden sheet of the add-in's own ("WB Formules"); restore
 * writes them back in the session's function names. No other cell changes. The decisions are
 * ./plan.ts's; this file only reads and writes.
 *
 * Syncs: two to read the sheets, one for the scope (used ranges or the selection's areas and
 * the store), one per READ_CELLS_PER_SYNC cells of formulas read, one for the spills and
 * values of the formulas found, one to write. Restore: two, one for the store, one for the
 * restored cells' number formats (when there are any), one to write.
 */
import type { FunctionNames } from "../../locale/functionNames";
import { toSessionForm } from "../../locale/formulaLanguage";
import { address, blockAddress, parseA1, type Block } from "../a1";
import { FREEZE_KEY, MARK_KEY, ownMark } from "../ownership";
import { freeName, readSheets } from "../sheets";
import { formulaLikeCells } from "../textCells";
import { TEXT_FORMAT } from "../../data/cellText";
import {
  STORE_HEADER,
  STORE_SHEET,
  chunk,
  mergeStore,
  newFreezeKey,
  ourFormulas,
  parseStore,
  planRestore,
  readBatches,
  restoreTargets,
  selectionBlocks,
  storeGrid,
  storedFormula,
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
  /** formulas whose sheet is not in the workbook; they stay in the store */
  readonly missing: StoredFormula[];
}

/** Writes the store sheet's rows (creating and hiding it when needed), in the current batch. */
function writeStore(
  context: Excel.RequestContext,
  sheet: string,
  exists: boolean,
  oldRows: number,
  rows: readonly StoredFormula[]
): void {
  const ws = exists
    ? context.workbook.worksheets.getItem(sheet)
    : context.workbook.worksheets.add(sheet);
  const grid = storeGrid(rows);
  const cols = STORE_HEADER.length;
  if (oldRows > grid.length)
    ws.getRange(address(grid.length + 1, oldRows - grid.length, cols)).clear("Contents");
  const target = ws.getRange(address(1, grid.length, cols));
  target.numberFormat = grid.map((r) => r.map(() => "@"));
  target.values = grid;
  if (!exists) {
    ws.customProperties.add(MARK_KEY, ownMark("formules"));
    ws.visibility = "VeryHidden";
  }
}

const usedBlock = (r: Excel.Range): Block | null => (r.isNullObject ? null : parseA1(r.address));

export async function freezeFormulas(
  context: Excel.RequestContext,
  scope: "workbook" | "selection"
): Promise<FreezeReport> {
  const { sheets } = await readSheets(context);
  const store = sheets.find((s) => s.mark?.t === "formules");
  const candidates = sheets.filter((s) => s.mark?.t !== "formules");

  // 1. The scope: every sheet's used range, or the selection's areas (on the active sheet,
  //    possibly several, whole columns or rows) bounded by that sheet's used range.
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
  const storeRange = store
    ? context.workbook.worksheets.getItem(store.name).getUsedRangeOrNullObject(true)
    : null;
  storeRange?.load("values");
  await context.sync();

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
  const reads = scopeBlocks
    .filter((s) => s.sheet !== store?.name)
    .flatMap((s) => chunk(s.blocks).map((block) => ({ sheet: s.sheet, block })));

  // 2. The formulas, in bounded chunks: a sheet of millions of cells is read a band at a time.
  const found: FoundFormula[] = [];
  for (const batch of readBatches(reads)) {
    const ranges = batch.map((r) => {
      const range = context.workbook.worksheets.getItem(r.sheet).getRange(blockAddress(r.block));
      range.load("formulas");
      return { ...r, range };
    });
    // One sync per band of READ_CELLS_PER_SYNC cells: one read of a whole large sheet would
    // exceed Excel's 5,000,000-cell and 5 MB limits. The number of bands is bounded by the size.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const r of ranges) found.push(...ourFormulas(r.sheet, r.block, r.range.formulas));
  }
  if (!found.length) return { frozen: 0, sheets: [] };

  // 3. Where each formula spills, and its value.
  const details = found.map((f) => {
    const cell = context.workbook.worksheets
      .getItem(f.sheet)
      .getRange(blockAddress({ row: f.row, col: f.col, rows: 1, cols: 1 }));
    cell.load("values");
    const spill = cell.getSpillingToRangeOrNullObject();
    spill.load("address,values");
    return { f, cell, spill };
  });
  await context.sync();

  // 4. Values in place of the formulas, formulas into the store, keys on the sheets: one batch.
  const keys = new Map(sheets.map((s) => [s.name, s.freezeKey]));
  const taken = new Set(sheets.map((s) => s.freezeKey).filter((k): k is string => !!k));
  const keyOf = (sheet: string): string => {
    const have = keys.get(sheet);
    if (have) return have;
    const key = newFreezeKey(taken);
    taken.add(key);
    keys.set(sheet, key);
    context.workbook.worksheets.getItem(sheet).customProperties.add(FREEZE_KEY, key);
    return key;
  };
  const added: StoredFormula[] = [];
  for (const { f, cell, spill } of details) {
    const ws = context.workbook.worksheets.getItem(f.sheet);
    const spillAddress = spill.isNullObject ? "" : blockAddress(parseA1(spill.address));
    const block = spillAddress
      ? parseA1(spill.address)
      : { row: f.row, col: f.col, rows: 1, cols: 1 };
    const values = spillAddress ? spill.values : cell.values;
    // a result that reads as a formula (="="&…) is frozen as text (../textCells.ts)
    for (const [r, c] of formulaLikeCells(values))
      ws.getRange(
        blockAddress({ row: block.row + r, col: block.col + c, rows: 1, cols: 1 })
      ).numberFormat = [[TEXT_FORMAT]];
    ws.getRange(blockAddress(block)).values = values;
    added.push(storedFormula(f, keyOf(f.sheet), spillAddress));
  }
  const existing = storeRange && !storeRange.isNullObject ? storeRange.values : [];
  const rows = mergeStore(parseStore(existing), added);
  const name = store?.name ?? freeName(STORE_SHEET, new Set(sheets.map((s) => s.name)), " ", 31);
  writeStore(context, name, !!store, existing.length, rows);
  await context.sync();
  return { frozen: added.length, sheets: [...new Set(added.map((a) => a.sheetName))] };
}

export async function restoreFormulas(
  context: Excel.RequestContext,
  names: FunctionNames
): Promise<RestoreReport> {
  const { sheets } = await readSheets(context);
  const store = sheets.find((s) => s.mark?.t === "formules");
  if (!store) return { restored: 0, missing: [] };
  const storeRange = context.workbook.worksheets.getItem(store.name).getUsedRangeOrNullObject(true);
  storeRange.load("values");
  await context.sync();
  const existing = storeRange.isNullObject ? [] : storeRange.values;
  const { writes, missing } = planRestore(parseStore(existing), sheets);
  // A cell frozen as text (a result that read as a formula) gets its format back first: a
  // formula written into a cell formatted as text stays text. Read only when there are writes.
  const targets = writes.map((w) => {
    const { cell, spill } = restoreTargets(w);
    const range = context.workbook.worksheets.getItem(w.sheet).getRange(cell);
    range.load("numberFormat");
    return { w, range, spill };
  });
  if (targets.length) await context.sync();
  for (const { w, range, spill } of targets) {
    if (spill) context.workbook.worksheets.getItem(w.sheet).getRange(spill).clear("Contents");
    if (range.numberFormat[0][0] === TEXT_FORMAT) range.numberFormat = [["General"]];
    range.formulas = [[toSessionForm(`=${w.stored.formula}`, names)]];
  }
  if (missing.length) writeStore(context, store.name, true, existing.length, missing);
  else {
    // A very hidden sheet is made visible before it is deleted.
    const ws = context.workbook.worksheets.getItem(store.name);
    ws.visibility = "Visible";
    ws.delete();
  }
  await context.sync();
  return { restored: writes.length, missing };
}
