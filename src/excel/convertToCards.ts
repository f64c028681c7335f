/**
 * Turning the selected cells that name a figure into its card (cardMatch.ts decides which), as
 * Excel's Stocks and Geography conversion does: the other cells are left alone and listed.
 * Three syncs: the selection's and the sheet's used-range addresses, the formulas of their
 * overlap (never a whole column's million rows), then one batch with every card — each one
 * cell's Range.valuesAsJson (ExcelApi 1.16), so the cells between them are never rewritten.
 * That batch is atomic: when Excel refuses a card (Excel 2021 has no data types, office-js
 * #4750) nothing is converted.
 */
import { figureById } from "../data/dataset";
import type { Lang } from "../locale/lang";
import { blockAddress, intersect, parseA1 } from "./a1";
import { planCards, type CardPlan } from "./cardMatch";
import { figureCard } from "./figureCard";
import { CardRefusedError } from "./insertFigure";

/**
 * Cells one conversion reads: a few columns of a long list. A card is about 2 KB of JSON, so
 * the cards of this many cells stay far below Excel on the web's 5 MB request limit
 * ("Resource limits and performance optimization for Office Add-ins").
 */
export const MAX_CONVERT_CELLS = 1000;

/** The selection holds more filled cells than one conversion takes: nothing was done. */
export class SelectionTooLargeError extends Error {
  constructor(readonly cells: number) {
    super(`${cells} cells selected, at most ${MAX_CONVERT_CELLS} are converted at once`);
    this.name = "SelectionTooLargeError";
  }
}

export interface Conversion extends CardPlan {
  /** the part of the selection that holds anything, or null when it is empty */
  readonly address: string | null;
}

export async function convertSelectionToCards(
  context: Excel.RequestContext,
  lang: Lang
): Promise<Conversion> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  const used = selected.worksheet.getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();
  const overlap = used.isNullObject
    ? null
    : intersect(parseA1(selected.address), parseA1(used.address));
  if (!overlap) return { address: null, matches: [], leftAlone: [] };
  const cells = overlap.rows * overlap.cols;
  if (cells > MAX_CONVERT_CELLS) throw new SelectionTooLargeError(cells);
  const address = blockAddress(overlap);
  const range = selected.worksheet.getRange(address);
  range.load("formulas");
  await context.sync();
  const plan = planCards(overlap, range.formulas);
  if (!plan.matches.length) return { address, ...plan };
  for (const m of plan.matches) {
    const f = figureById(m.id);
    if (f) selected.worksheet.getRange(m.address).valuesAsJson = [[figureCard(f, lang)]];
  }
  try {
    await context.sync();
  } catch (e) {
    throw new CardRefusedError(e);
  }
  return { address, ...plan };
}
