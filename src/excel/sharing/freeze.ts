/**
 * "Prepare for sharing" and "Restore formulas": for colleagues without the add-in, the results
 * of WONINGBOUW.* formulas are replaced by their current values, and every original formula is
 * kept in a very hidden sheet of the add-in's own ("WB Formules"), keyed by worksheet id (so a
 * renamed sheet is still found) and address. Restore writes them back exactly. No other cell
 * changes. Each action is one Excel.run with a fixed number of syncs.
 */
import { MARK_KEY, ownMark } from "../ownership";
import { address, parseA1 } from "../grid";
import { freeName, readSheets } from "../writer";

export const STORE_SHEET = "WB Formules";
const STORE_HEADER = ["Blad-id", "Blad", "Adres", "Formule (zonder =)", "Overloopbereik"] as const;
const OUR_FORMULA = /\bWONINGBOUW\./i;

export interface StoredFormula {
  readonly sheetId: string;
  readonly sheetName: string;
  /** anchor cell, e.g. "F5" */
  readonly address: string;
  /** without the leading "=", so the store never holds live formulas */
  readonly formula: string;
  /** the block a dynamic-array result spilled into, e.g. "F5:I21", or "" */
  readonly spill: string;
}

export interface FreezeReport {
  readonly frozen: number;
  readonly sheets: string[];
}

export interface RestoreReport {
  readonly restored: number;
  /** formulas whose sheet no longer exists; they stay in the store */
  readonly missing: StoredFormula[];
}

function localAddress(a: string): string {
  return (a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a).replace(/\$/g, "");
}

function storeRows(values: unknown[][]): StoredFormula[] {
  return values
    .slice(1)
    .filter((r) => typeof r[0] === "string" && r[0] !== "")
    .map((r) => ({
      sheetId: String(r[0]),
      sheetName: String(r[1]),
      address: String(r[2]),
      formula: String(r[3]),
      spill: String(r[4] ?? ""),
    }));
}

/** Writes the store sheet's rows (creating and hiding it when needed), in the current batch. */
function writeStore(
  context: Excel.RequestContext,
  sheet: string,
  exists: boolean,
  oldRows: number,
  rows: StoredFormula[]
): void {
  const ws = exists
    ? context.workbook.worksheets.getItem(sheet)
    : context.workbook.worksheets.add(sheet);
  const grid: string[][] = [
    [...STORE_HEADER],
    ...rows.map((r) => [r.sheetId, r.sheetName, r.address, r.formula, r.spill]),
  ];
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

export async function freezeFormulas(
  context: Excel.RequestContext,
  scope: "workbook" | "selection"
): Promise<FreezeReport> {
  const { sheets } = await readSheets(context);
  const store = sheets.find((s) => s.mark?.t === "formules");
  const candidates = sheets.filter((s) => s.mark?.t !== "formules");

  // 1. The formulas and values to look at: every used range, or the selection (always on the
  //    active sheet), and what the store already holds; one sync.
  const selected =
    scope === "selection"
      ? {
          range: context.workbook.getSelectedRange(),
          sheet: context.workbook.worksheets.getActiveWorksheet(),
        }
      : null;
  selected?.range.load("address,formulas,values");
  selected?.sheet.load("name,id");
  const used = selected
    ? []
    : candidates.map((s) => {
        const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
        range.load("address,formulas,values");
        return { sheetId: s.id, sheetName: s.name, range };
      });
  const storeRange = store
    ? context.workbook.worksheets.getItem(store.name).getUsedRangeOrNullObject(true)
    : null;
  storeRange?.load("values");
  await context.sync();
  const areas = selected
    ? [{ sheetId: selected.sheet.id, sheetName: selected.sheet.name, range: selected.range }]
    : used.filter((a) => !a.range.isNullObject);
  return finishFreeze(
    context,
    areas,
    store?.name ?? null,
    storeRange,
    sheets.map((s) => s.name)
  );
}

async function finishFreeze(
  context: Excel.RequestContext,
  areas: Array<{ sheetId: string; sheetName: string; range: Excel.Range }>,
  storeName: string | null,
  storeRange: Excel.Range | null,
  sheetNames: string[]
): Promise<FreezeReport> {
  // 2. Our formulas, and where each one spills.
  const found: Array<{
    sheetId: string;
    sheetName: string;
    row: number;
    col: number;
    formula: string;
    values: unknown[][];
    spill: Excel.Range;
  }> = [];
  for (const area of areas) {
    if (area.sheetName === storeName) continue;
    const origin = parseA1(area.range.address);
    area.range.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        if (typeof f !== "string" || !f.startsWith("=") || !OUR_FORMULA.test(f)) return;
        const cell = context.workbook.worksheets
          .getItem(area.sheetName)
          .getRange(address(origin.row + i + 1, 1, 1, origin.col + j));
        const spill = cell.getSpillingToRangeOrNullObject();
        spill.load("address,values");
        found.push({
          sheetId: area.sheetId,
          sheetName: area.sheetName,
          row: origin.row + i,
          col: origin.col + j,
          formula: f,
          values: area.range.values,
          spill,
        });
      })
    );
  }
  if (!found.length) return { frozen: 0, sheets: [] };
  await context.sync();

  // 3. Values in place of the formulas, formulas into the store: one batch.
  const existing = storeRange && !storeRange.isNullObject ? storeRange.values : [];
  const keep = storeRows(existing);
  const added: StoredFormula[] = [];
  const areaOf = new Map(
    areas.map((a) => [a.sheetName, { origin: parseA1(a.range.address), values: a.range.values }])
  );
  for (const f of found) {
    const ws = context.workbook.worksheets.getItem(f.sheetName);
    const area = areaOf.get(f.sheetName);
    if (!area) continue;
    const spillAddress = f.spill.isNullObject ? "" : localAddress(f.spill.address);
    const block = spillAddress
      ? parseA1(spillAddress)
      : { row: f.row, col: f.col, rows: 1, cols: 1 };
    const values: unknown[][] = spillAddress
      ? f.spill.values
      : [[area.values[f.row - area.origin.row]?.[f.col - area.origin.col] ?? ""]];
    ws.getRange(address(block.row + 1, block.rows, block.cols, block.col)).values = values;
    added.push({
      sheetId: f.sheetId,
      sheetName: f.sheetName,
      address: address(f.row + 1, 1, 1, f.col).split(":")[0],
      formula: f.formula.slice(1),
      spill: spillAddress,
    });
  }
  // A cell frozen twice keeps its first (original) formula.
  const seen = new Set(keep.map((k) => `${k.sheetId}!${k.address}`));
  const rows = [...keep, ...added.filter((a) => !seen.has(`${a.sheetId}!${a.address}`))];
  const name = storeName ?? freeName(STORE_SHEET, new Set(sheetNames), " ", 31);
  writeStore(context, name, storeName !== null, existing.length, rows);
  await context.sync();
  return { frozen: added.length, sheets: [...new Set(added.map((a) => a.sheetName))] };
}

export async function restoreFormulas(context: Excel.RequestContext): Promise<RestoreReport> {
  const { sheets } = await readSheets(context);
  const store = sheets.find((s) => s.mark?.t === "formules");
  if (!store) return { restored: 0, missing: [] };
  const storeRange = context.workbook.worksheets.getItem(store.name).getUsedRangeOrNullObject(true);
  storeRange.load("values");
  await context.sync();
  const existing = storeRange.isNullObject ? [] : storeRange.values;
  const rows = storeRows(existing);
  const missing: StoredFormula[] = [];
  let restored = 0;
  for (const r of rows) {
    const sheet =
      sheets.find((s) => s.id === r.sheetId) ??
      sheets.find((s) => s.name === r.sheetName && !s.mark);
    if (!sheet) {
      missing.push(r);
      continue;
    }
    const ws = context.workbook.worksheets.getItem(sheet.name);
    if (r.spill) ws.getRange(r.spill).clear("Contents");
    ws.getRange(r.address).formulas = [[`=${r.formula}`]];
    restored++;
  }
  if (missing.length) writeStore(context, store.name, true, existing.length, missing);
  else {
    // A very hidden sheet is made visible before it is deleted.
    const ws = context.workbook.worksheets.getItem(store.name);
    ws.visibility = "Visible";
    ws.delete();
  }
  await context.sync();
  return { restored, missing };
}
