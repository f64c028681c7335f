/**
 * Turning what Excel passes into what the model takes. Matrix parameters arrive as unknown[][]
 * (a single cell as [[v]]); omitted optional parameters arrive as null or undefined.
 */
import { ModelError } from "../model/errors";
import { expandPath, type Path } from "../model/shortage";

export type Matrix = unknown[][];

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * An error value from a cell (#N/A, #DIV/0!, …): Excel passes it to the function as an error
 * object with its code, and the function passes it on, as Excel's own functions do.
 */
export class PassedError {
  constructor(
    readonly code: string,
    readonly param: string,
    readonly message: string | undefined
  ) {}
}

/**
 * The code of an error value from a cell. With `allowErrorForDataTypeAny` (set by the build,
 * see scripts/build-support.js) Excel passes an input error to an `any` parameter as an error
 * object; its documented shape is CustomFunctions.Error's (`code` "#N/A", …), and the
 * data-type form of an error (`{ type: "Error", basicValue: "#N/A" }`, Excel.ErrorCellValue)
 * is read too, so either way an error is never taken for text.
 */
function errorCode(v: unknown): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const o = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  if (o.type === "Error" && typeof o.basicValue === "string" && o.basicValue.startsWith("#"))
    return o.basicValue;
  return null;
}

/** Throws a PassedError when `v` is an error value from a cell. */
export function passErrors(v: unknown, param: string): void {
  const code = errorCode(v);
  if (code !== null) {
    const message = (v as { message?: unknown }).message;
    throw new PassedError(code, param, typeof message === "string" ? message : undefined);
  }
}

function describe(v: unknown): string {
  const s = String(v);
  return s.length > 40 ? s.slice(0, 37) + "…" : s;
}

/** Why `v` is not a usable number (blank, an error value, text, …), or null when it is one. */
export function numberProblem(v: unknown, param: string): ModelError | PassedError | null {
  if (typeof v === "number") {
    return Number.isFinite(v) ? null : new ModelError("notNumber", { param, got: describe(v) });
  }
  if (isBlank(v)) return new ModelError("blank", { param });
  const code = errorCode(v);
  if (code !== null) {
    const message = (v as { message?: unknown }).message;
    return new PassedError(code, param, typeof message === "string" ? message : undefined);
  }
  return new ModelError("notNumber", { param, got: describe(v) });
}

/** A finite number, or a ModelError: blank → #N/A, text/boolean → #VALUE!; an error passes on. */
export function toNumber(v: unknown, param: string): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw numberProblem(v, param);
}

/** A 2-D array whatever Excel (or a caller) passed; rows of different lengths are #VALUE!. */
export function asMatrix(v: unknown, param = "range"): Matrix {
  let m: Matrix;
  if (Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r))) m = v as Matrix;
  else if (Array.isArray(v)) m = [v];
  else return [[v]];
  const cols = m[0].length;
  for (let i = 1; i < m.length; i++)
    if (m[i].length !== cols) throw new ModelError("ragged", { param });
  return m;
}

/** Every cell blank (a blank cell, or a whole blank range). */
export function allBlank(m: Matrix): boolean {
  for (const row of m) for (const c of row) if (!isBlank(c)) return false;
  return true;
}

/** "rows×cols" of a matrix with at least one row (asMatrix never gives an empty one). */
function dims(m: Matrix): string {
  return `${m.length}×${m[0].length}`;
}

/** One value: a scalar, or a 1×1 matrix. A larger range is #VALUE!; an error value passes on. */
export function scalar(v: unknown, param: string): unknown {
  const m = asMatrix(v, param);
  if (oneCell(m)) {
    passErrors(m[0][0], param);
    return m[0][0];
  }
  throw new ModelError("notScalar", { param, rows: m.length, cols: m[0].length });
}

export function optionalNumber(v: unknown, param: string, fallback: number): number {
  const x = scalar(v, param);
  return isBlank(x) ? fallback : toNumber(x, param);
}

/**
 * TRUE or FALSE, or `fallback` when left out or blank. A number counts as Excel counts it
 * (0 is FALSE, any other number TRUE); text is #VALUE!.
 */
export function optionalFlag(v: unknown, param: string, fallback: boolean): boolean {
  const x = scalar(v, param);
  if (isBlank(x)) return fallback;
  if (typeof x === "boolean") return x;
  if (Number.isFinite(x)) return x !== 0; // Number.isFinite is false for anything not a number
  throw new ModelError("notFlag", { param, got: describe(x) });
}

/**
 * True when an argument was left out or points only at blank cells: an optional one then takes
 * its default, a required one is "no value" (#N/A), whether one blank cell or a blank range.
 */
export function omitted(v: unknown, param: string): boolean {
  return allBlank(asMatrix(v, param));
}

/**
 * A yearly path argument: one number, or a row or column of 1 … 15 values for 2020, 2021, …
 * Trailing blanks are ignored; a blank inside, text or more than 15 values is #VALUE!.
 */
export function pathArg(v: unknown, param: string, fallback: Path): Path {
  if (omitted(v, param)) return fallback;
  const m = asMatrix(v, param);
  let cells: unknown[];
  if (m.length === 1) cells = m[0];
  // one column (asMatrix has made every row as long as the first)
  else if (m[0].length === 1) cells = m.map((r) => r[0]);
  else throw new ModelError("pathShape", { param, got: dims(m) });
  let end = cells.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: omitted() returned above when every cell is blank, so a non-blank cell ends the loop before end reaches 0; the bound only keeps the loop finite
  while (end > 0 && isBlank(cells[end - 1])) end--;
  const values: number[] = [];
  for (let i = 0; i < end; i++) {
    if (isBlank(cells[i])) throw new ModelError("pathGap", { param, index: i + 1 });
    values.push(toNumber(cells[i], param));
  }
  return expandPath(values, param);
}

/** Text that a person meant as a number: "1.000.000", "€ 5,5", "-200", "12%". */
const NUMBER_AS_TEXT = /^[-+\u2212]?\s*(?:€\s*)?\d[\d.,\s\u00a0']*%?$/;

/**
 * The numbers of an amounts range, as Excel's SUM reads a range: blank cells, TRUE/FALSE and
 * text (a header, a note) are skipped ("Empty cells, logical values, or text in the array or
 * reference are ignored", Microsoft's SUM reference), so a whole column with its header works;
 * an error value passes on. Unlike SUM, a number stored as text ("1.000.000") is refused by
 * name instead of silently counting as nothing: that is an amount the user meant.
 */
export function amounts(v: unknown, param: string): number[] {
  const out: number[] = [];
  for (const row of asMatrix(v, param))
    for (const c of row) {
      if (typeof c === "number") out.push(toNumber(c, param));
      else if (typeof c === "string") {
        if (NUMBER_AS_TEXT.test(c.trim())) throw new ModelError("numberAsText", { param, got: c });
      } else passErrors(c, param); // TRUE/FALSE and blanks are no error value: skipped
    }
  return out;
}

/** The first required argument of a cell that is no usable number, as an error (never thrown). */
function problemIn(
  cells: readonly unknown[],
  numeric: readonly string[]
): ModelError | PassedError | null {
  for (let k = 0; k < numeric.length; k++) {
    const v = cells[k];
    if (Number.isFinite(v)) continue; // a number, and finite
    return numberProblem(v, numeric[k]);
  }
  return null;
}

/** A 1×1 argument (of a non-empty matrix): it broadcasts over the others. */
function oneCell(m: Matrix): boolean {
  return m.length === 1 && m[0].length === 1;
}

/**
 * Applies `fn` cell by cell over ranges of one shape; a 1×1 argument broadcasts. A failing
 * cell becomes `onError(e)` in place, so one bad row does not blank a whole spill.
 *
 * One rule for blanks, the same in a single cell, filled down and spilled: a cell whose
 * required inputs (the first `numeric.length` arguments) include a blank gives "" (a blank
 * result) — a row still to be filled in. So `=RATIO(B5;$C$1)` filled down a table with empty
 * rows and `=RATIO(B5:B9;$C$1)` give the same blanks, and a whole-column reference (B:B, a
 * million cells, mostly empty) shows results only where there are inputs. Optional arguments
 * come after the required ones; `fn` gives them their default when blank.
 */
export function elementwise(
  args: readonly Matrix[],
  /** a cell's result, or its ModelError returned (cheaper than thrown; thrown works too) */
  fn: (cells: readonly unknown[]) => number | ModelError,
  onError: (e: unknown) => unknown,
  /** the parameter name of each required numeric argument, in order */
  numeric: readonly string[]
): unknown[][] {
  const required = numeric.length;
  // Stryker disable next-line BlockStatement: a fast path only, the general loop gives the same
  if (args.every(oneCell)) {
    // The common single-cell call: no shape work, no per-cell closures.
    const single = args.map((m) => m[0][0]);
    for (let k = 0; k < required; k++) if (isBlank(single[k])) return [[""]];
    const problem = problemIn(single, numeric);
    if (problem) return [[onError(problem)]];
    // Stryker disable next-line BlockStatement: without its body the general loop below answers
    try {
      const r = fn(single);
      return [[typeof r === "number" ? r : onError(r)]];
    } catch (e) {
      return [[onError(e)]];
    }
  }
  let rows = 1;
  let cols = 1;
  // Stryker disable next-line StringLiteral: read only after the first larger range set it
  let shapeOf = "1×1";
  for (const m of args) {
    const r = m.length;
    const c = m[0]?.length ?? 0; // 0 also for a range without rows
    if (c === 0) throw new ModelError("emptyRange", {});
    if (oneCell(m)) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
      shapeOf = dims(m);
    } else if (r !== rows || c !== cols) {
      throw new ModelError("shapeMismatch", { a: shapeOf, b: dims(m) });
    }
  }
  const out: unknown[][] = [];
  // Stryker disable next-line ArrayDeclaration: every index is written before it is read
  const cells: unknown[] = new Array(args.length);
  const broadcast = args.map(oneCell);
  // Blank rows share one row of blanks: a whole column costs little more than its inputs.
  const blankRow: unknown[] = new Array(cols).fill("");
  for (let i = 0; i < rows; i++) {
    let row: unknown[] | null = null;
    for (let j = 0; j < cols; j++) {
      let blank = false;
      for (let k = 0; k < args.length; k++) {
        const v = broadcast[k] ? args[k][0][0] : args[k][i][j];
        cells[k] = v;
        if (k < required && (v === null || v === undefined || v === "")) blank = true;
      }
      if (blank) {
        if (row) row[j] = "";
        continue;
      }
      if (!row) row = blankRow.slice();
      const problem = problemIn(cells, numeric);
      if (problem) {
        row[j] = onError(problem);
        continue;
      }
      try {
        const r = fn(cells);
        row[j] = typeof r === "number" ? r : onError(r);
      } catch (e) {
        row[j] = onError(e);
      }
    }
    out.push(row ?? blankRow);
  }
  return out;
}
