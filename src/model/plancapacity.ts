/**
 * The letter's 130% plan-capacity rule: plan capacity compared with the building need
 * (opgave) of the same area and period. Spec section 1.
 *
 * Each rule has a form that returns its ModelError instead of throwing it: a whole-column call
 * evaluates a million cells, and a throw per bad cell would cost far more than the cell.
 */
import { ModelError, finiteOrError, orThrow } from "./errors";

function negative(planCapacity: number, need: number): ModelError | null {
  if (planCapacity < 0) return new ModelError("negative", { param: "plan_capacity" });
  if (need < 0) return new ModelError("negative", { param: "need" });
  return null;
}

/** plan_capacity / need, or why not; need = 0 is a division by zero. */
export function planCapacityRatioOrError(planCapacity: number, need: number): number | ModelError {
  const bad = negative(planCapacity, need);
  if (bad) return bad;
  if (need === 0) return new ModelError("needZero", { param: "need" });
  return finiteOrError(planCapacity / need, "ratio");
}

export function planCapacityRatio(planCapacity: number, need: number): number {
  return orThrow(planCapacityRatioOrError(planCapacity, need));
}

/**
 * norm × need − plan_capacity, or why not: the plan capacity still missing (negative =
 * surplus). The letter's norm (1.3) is data: src/data/baseline.ts passes it.
 *
 * Computed as need × (norm − ratio) with the same ratio PLANCAPACITY_RATIO returns, so the two
 * functions never contradict each other: the gap is ≤ 0 exactly when the ratio is ≥ the norm
 * (7.7 against 7 is a ratio of 1.1 and a gap of 0 at norm 1.1, not 8.9e-16 "short"). The
 * difference of two doubles is 0 only when they are equal and otherwise has the right sign,
 * and a positive need keeps that sign. A need of 0 has no ratio: the gap is −plan_capacity.
 */
export function planCapacityGapOrError(
  planCapacity: number,
  need: number,
  norm: number
): number | ModelError {
  const bad = negative(planCapacity, need);
  if (bad) return bad;
  if (norm < 0) return new ModelError("negative", { param: "norm" });
  if (need === 0) return finiteOrError(-planCapacity, "gap");
  const short = norm - planCapacity / need;
  const gap = need * short;
  // need × short underflows to 0 only for subnormal products: keep the sign of the comparison
  if (gap === 0 && short !== 0) return short > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  return finiteOrError(gap, "gap");
}

export function planCapacityGap(planCapacity: number, need: number, norm: number): number {
  return orThrow(planCapacityGapOrError(planCapacity, need, norm));
}
