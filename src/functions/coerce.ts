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

function describe(v: unknown): string {
  const s = String(v);
  return s.length > 40 ? s.slice(0, 37) + "…" : s;
}

/** A finite number, or a ModelError: blank → #N/A, text/boolean → #VALUE!. */
export function toNumber(v: unknown, param: string): number {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    throw new ModelError("notFinite", { what: param });
  }
  if (isBlank(v)) throw new ModelError("blank", { param });
  throw new ModelError("notNumber", { param, got: describe(v) });
}

export function asMatrix(v: unknown): Matrix {
  if (Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r))) return v as Matrix;
  if (Array.isArray(v)) return [v];
  return [[v]];
}

function dims(m: Matrix): string {
  return `${m.length}×${m[0]?.length ?? 0}`;
}

/** One value: a scalar, or a 1×1 matrix. A larger range is #VALUE!. */
export function scalar(v: unknown, param: string): unknown {
  if (!Array.isArray(v)) return v;
  const m = asMatrix(v);
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  throw new ModelError("notScalar", { param, rows: m.length, cols: m[0]?.length ?? 0 });
}

export function optionalNumber(v: unknown, param: string, fallback: number): number {
  const x = scalar(v, param);
  return isBlank(x) ? fallback : toNumber(x, param);
}

/** True when an optional matrix argument was left out (or points at a single blank cell). */
export function omitted(v: unknown): boolean {
  if (isBlank(v)) return true;
  if (!Array.isArray(v)) return false;
  const m = asMatrix(v);
  return m.length === 1 && m[0].length === 1 && isBlank(m[0][0]);
}

/**
 * A yearly path argument: one number, or a row or column of 1 … 15 values for 2020, 2021, …
 * Trailing blanks are ignored; a blank inside, text or more than 15 values is #VALUE!.
 */
export function pathArg(v: unknown, param: string, fallback: Path): Path {
  if (omitted(v)) return fallback;
  const m = asMatrix(v);
  let cells: unknown[];
  if (m.length === 1) cells = m[0];
  else if (m.every((r) => r.length === 1)) cells = m.map((r) => r[0]);
  else throw new ModelError("shapeMismatch", { a: dims(m), b: "1×n / n×1" });
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  const values: number[] = [];
  for (let i = 0; i < end; i++) {
    if (isBlank(cells[i])) throw new ModelError("pathGap", { param, index: i + 1 });
    const x = cells[i];
    if (typeof x !== "number") throw new ModelError("notNumber", { param, got: describe(x) });
    values.push(toNumber(x, param));
  }
  return expandPath(values, param);
}

/** Every non-blank cell of a range as numbers (blank cells are skipped). */
export function amounts(v: unknown, param: string): number[] {
  const out: number[] = [];
  for (const row of asMatrix(v)) for (const c of row) if (!isBlank(c)) out.push(toNumber(c, param));
  return out;
}

/**
 * Applies `fn` cell by cell over ranges of one shape; a 1×1 argument broadcasts. A failing
 * cell becomes `onError(e)` in place, so one bad row does not blank a whole spill.
 */
export function elementwise(
  args: readonly Matrix[],
  fn: (cells: readonly unknown[]) => number,
  onError: (e: unknown) => unknown
): unknown[][] {
  if (args.every((m) => m.length === 1 && m[0]?.length === 1)) {
    // The common single-cell call: no shape work, no per-cell closures.
    const single = args.map((m) => m[0][0]);
    try {
      return [[fn(single)]];
    } catch (e) {
      return [[onError(e)]];
    }
  }
  let rows = 1;
  let cols = 1;
  let shapeOf = "1×1";
  for (const m of args) {
    const r = m.length;
    const c = m[0]?.length ?? 0;
    if (r === 0 || c === 0) throw new ModelError("emptyRange", {});
    if (r === 1 && c === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
      shapeOf = dims(m);
    } else if (r !== rows || c !== cols) {
      throw new ModelError("shapeMismatch", { a: shapeOf, b: dims(m) });
    }
  }
  const out: unknown[][] = new Array(rows);
  const cells: unknown[] = new Array(args.length);
  for (let i = 0; i < rows; i++) {
    const row = new Array(cols);
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < args.length; k++) {
        const m = args[k];
        cells[k] = m.length === 1 && m[0].length === 1 ? m[0][0] : m[i][j];
      }
      try {
        row[j] = fn(cells);
      } catch (e) {
        row[j] = onError(e);
      }
    }
    out[i] = row;
  }
  return out;
}
