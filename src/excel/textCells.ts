/**
 * Text written into cells stays text: Excel reads a value that starts with =, +, - (or @) as a
 * formula (../data/cellText.ts cites the Range.values reference), unless the cell is in the
 * text number format "@". Every writer of the add-in that puts text into cells goes through
 * these, so a quote, a label or a user's own text can never turn into a formula.
 */
import { TEXT_FORMAT, readsAsFormula } from "../data/cellText";

/** The number format a cell needs for `value`: the text format for text, `otherwise` else. */
export function formatFor(value: unknown, otherwise: string): string {
  return typeof value === "string" && value !== "" ? TEXT_FORMAT : otherwise;
}

/** Writes one cell's value; text gets the text format first, in the same batch. */
export function writeValue(range: Excel.Range, value: string | number | boolean): void {
  if (typeof value === "string" && value !== "") range.numberFormat = [[TEXT_FORMAT]];
  range.values = [[value]];
}

/**
 * The cells of `grid` (values read back from the workbook) whose text Excel would read as a
 * formula, as [row, column] offsets: the ones that need the text format before the grid is
 * written back.
 */
export function formulaLikeCells(grid: readonly (readonly unknown[])[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && readsAsFormula(v)) out.push([r, c]);
    })
  );
  return out;
}
