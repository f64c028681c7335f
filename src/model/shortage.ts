/**
 * The stock-flow model of the housing shortage to 2035 (spec section 2).
 *
 *   net(t) = P(t) − L(t);  V(t+1) = V(t) + net(t);  S(t+1) = S(t) + g(t) − net(t);  share(t) = S(t) / V(t)
 *
 * Stocks are counted on 1 January 2020 … 2035, flows happen in the calendar years 2020 … 2034.
 */
import { ModelError, finiteResult } from "./errors";

export const START_YEAR = 2020;
export const END_YEAR = 2035;
/** Flow years 2020 … 2034. */
export const FLOW_YEARS = END_YEAR - START_YEAR;
/** Relative precision of a computed result: far above double rounding, far below a home. */
export const PRECISION = 1e-12;

/** A yearly path: a constant, or exactly FLOW_YEARS values for 2020 … 2034. */
export type Path = number | Float64Array;

export interface ShortageInputs {
  readonly production: Path;
  readonly withdrawals: Path;
  readonly demandGrowth: Path;
  readonly startShortage: number;
  readonly startStock: number;
}

export interface PathRow {
  readonly year: number;
  readonly shortage: number;
  readonly stock: number;
  readonly share: number;
}

const at = (p: Path, t: number): number => (typeof p === "number" ? p : p[t]);

/**
 * Expands 1 … 15 yearly values (2020, 2021, …) to a full path; the last value repeats up to
 * 2034. Validation of the cells (blanks, text) happens where the cells are read.
 */
export function expandPath(values: readonly number[], param: string): Path {
  if (values.length === 0) throw new ModelError("pathEmpty", { param });
  if (values.length > FLOW_YEARS) throw new ModelError("pathTooLong", { param, max: FLOW_YEARS });
  if (values.length === 1) return values[0];
  const out = new Float64Array(FLOW_YEARS);
  for (let t = 0; t < FLOW_YEARS; t++) out[t] = values[Math.min(t, values.length - 1)];
  return out;
}

function checkPath(p: Path, param: string, allowNegative: boolean): void {
  if (allowNegative) return;
  if (typeof p === "number") {
    if (p < 0) throw new ModelError("negative", { param });
    return;
  }
  for (let t = 0; t < p.length; t++) if (p[t] < 0) throw new ModelError("negative", { param });
}

export function validateInputs(x: ShortageInputs): void {
  checkPath(x.production, "production", false);
  checkPath(x.withdrawals, "withdrawals", false);
  checkPath(x.demandGrowth, "demand_growth", false);
  if (!(x.startStock > 0)) throw new ModelError("stockNotPositive", { param: "start_stock" });
}

/**
 * The one stock-flow computation behind SHORTAGE_2035 and SHORTAGE_PATH, so both agree for
 * every input: every year's shortage, stock and share is checked (a stock that production and
 * withdrawals drive to zero, a share too large to be a number), and `row` sees each year.
 */
function simulate(x: ShortageInputs, lastYear: number, row?: (r: PathRow) => void): number {
  validateInputs(x);
  let s = x.startShortage;
  let v = x.startStock;
  for (let t = 0; ; t++) {
    const year = START_YEAR + t;
    if (!(v > 0)) throw new ModelError("stockDepleted", { year });
    const shortage = finiteResult(s, "shortage");
    const stock = finiteResult(v, "stock");
    const share = finiteResult(s / v, "share");
    row?.({ year, shortage, stock, share });
    if (year === lastYear) return shortage;
    const net = at(x.production, t) - at(x.withdrawals, t);
    v += net;
    s += at(x.demandGrowth, t) - net;
  }
}

/** The shortage on 1 January of `year` (2020 … 2035). Allocation-free. */
export function shortageIn(x: ShortageInputs, year: number = END_YEAR): number {
  return simulate(x, year);
}

/** Shortage, stock and share on 1 January of every year 2020 … 2035 (16 rows). */
export function shortagePath(x: ShortageInputs): PathRow[] {
  const rows: PathRow[] = [];
  simulate(x, END_YEAR, (r) => rows.push(r));
  return rows;
}

/**
 * The constant yearly production from 2020 that brings the shortage to `targetShare` of the
 * stock on 1 January of `targetYear`:
 *   N = (S(2020) + Σg − s*·V(2020)) / (1 + s*),   P = (N + ΣL) / n,   n = T − 2020.
 */
export function productionNeeded(
  targetShare: number,
  targetYear: number,
  x: Omit<ShortageInputs, "production">
): number {
  if (!(targetShare >= 0 && targetShare < 1)) throw new ModelError("shareRange", {});
  if (!Number.isInteger(targetYear) || targetYear < START_YEAR + 1 || targetYear > END_YEAR) {
    throw new ModelError("yearRange", { min: START_YEAR + 1, max: END_YEAR });
  }
  // The checks of validateInputs, without building a production path (an allocation per call).
  checkPath(x.withdrawals, "withdrawals", false);
  checkPath(x.demandGrowth, "demand_growth", false);
  if (!(x.startStock > 0)) throw new ModelError("stockNotPositive", { param: "start_stock" });
  const n = targetYear - START_YEAR;
  let sumG = 0;
  let sumL = 0;
  for (let t = 0; t < n; t++) {
    sumG += at(x.demandGrowth, t);
    sumL += at(x.withdrawals, t);
  }
  const net = (x.startShortage + sumG - targetShare * x.startStock) / (1 + targetShare);
  let production = finiteResult((net + sumL) / n, "production");
  // Zero within the model's precision is zero: the sums above carry rounding of about 1e-16
  // of their largest term, so a production that is exactly 0 in exact arithmetic can come out
  // as −1e-11 and must not read as "met without building".
  const scale =
    (Math.abs(x.startShortage) + Math.abs(sumG) + targetShare * x.startStock + Math.abs(sumL)) / n;
  if (Math.abs(production) <= scale * PRECISION) production = 0;
  // Below zero, no building programme is needed: the target is met even if nothing is built.
  if (production < 0)
    throw new ModelError("targetMet", {
      share: targetShare,
      year: targetYear,
      production: Math.round(production),
    });
  return production;
}
