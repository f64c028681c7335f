/**
 * Putting a figure into the cell the user selected: `=WONINGBOUW.FIGURE("id")` in the names
 * of this session (KENGETAL in Dutch Excel), its value, or its card (an entity value written
 * through `Range.valuesAsJson`, ExcelApi 1.16 — the pane checks it as feature `cards`). Only
 * into an empty cell: a cell that holds anything is left alone and the user is told (nothing
 * the add-in did not create is overwritten). Two syncs: read the active cell, then write it.
 */
import type { FunctionNames } from "../locale/functionNames";
import { figureCall, toSessionForm } from "../locale/formulaLanguage";
import { writeValue } from "./textCells";

export type FigureContent =
  | { readonly kind: "formula"; readonly id: string }
  /** `format`: the number format its unit implies (en-US codes, as Range.numberFormat takes) */
  | { readonly kind: "value"; readonly value: string | number; readonly format?: string }
  | { readonly kind: "card"; readonly card: Excel.EntityCellValue };

export class CellNotEmptyError extends Error {
  readonly address: string;
  constructor(address: string) {
    super(`${address} is not empty`);
    this.name = "CellNotEmptyError";
    this.address = address;
  }
}

/**
 * Excel refused the card itself: the write of the entity value failed at sync. Nothing was
 * written (the batch held that one write). An Excel that answers isSetSupported("ExcelApi",
 * "1.16") with true may still have no data types — Excel 2021 retail fails valuesAsJson with
 * GeneralException "There was an internal error while processing the request"
 * (OfficeDev/office-js #4750; #3504: data types are not delivered to non-subscription
 * Office) — so any failure of that sync means "no cards in this Excel", whatever its code.
 */
export class CardRefusedError extends Error {
  readonly cause: unknown;
  constructor(cause: unknown) {
    super(`Excel refused the card: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "CardRefusedError";
    this.cause = cause;
  }
}

/** The formula that reads a figure, in id form. */
export function figureFormula(id: string): string {
  return `=${figureCall(id)}`;
}

export async function insertIntoActiveCell(
  context: Excel.RequestContext,
  content: FigureContent,
  names: FunctionNames
): Promise<{ address: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas");
  await context.sync();
  const existing = cell.formulas[0]?.[0];
  const address = cell.address.split("!").pop() ?? cell.address;
  if (existing !== "" && existing !== null && existing !== undefined)
    throw new CellNotEmptyError(address);
  if (content.kind === "card") {
    cell.valuesAsJson = [[content.card]];
    try {
      await context.sync();
    } catch (e) {
      throw new CardRefusedError(e);
    }
    return { address };
  }
  if (content.kind === "formula")
    cell.formulas = [[toSessionForm(figureFormula(content.id), names)]];
  else if (typeof content.value === "string") writeValue(cell, content.value);
  else {
    // the format first, so the value never shows bare (225000000, 0.02)
    if (content.format) cell.numberFormat = [[content.format]];
    cell.values = [[content.value]];
  }
  await context.sync();
  return { address };
}
