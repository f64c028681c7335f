/**
 * Text that Excel would turn into a formula. The Range.values reference (@types/office-js,
 * Excel.Range.values, ExcelApi 1.1): "If the returned value starts with a plus ("+"), minus
 * ("-"), or equal sign ("="), Excel interprets this value as a formula." A leading "@" is
 * included too: Excel for Windows takes a typed "@SUM(A1)" as the Lotus 1-2-3 form of
 * =SUM(A1); the reference does not name it, so it is treated as a formula to be safe.
 *
 * Where such text may appear, the dataset's schema refuses it (./schema.ts), and every writer
 * of the add-in that puts text into cells writes it as text: the cells get Excel's text number
 * format "@" before their values (src/excel/textCells.ts), Excel's own rule for typed entries —
 * the "Text" format "treats the contents of a cell as text and displays the content exactly as
 * you type, even if you type a number" (Microsoft's list of Excel's number formats).
 */
export const TEXT_FORMAT = "@";

/** Whether Excel would read `text`, written as a cell's value, as a formula. */
export function readsAsFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
