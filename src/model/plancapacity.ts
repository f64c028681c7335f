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
  if (need === 0) return new ModelError("needZero", {});
  return finiteOrError(planCapacity / need, "ratio");
}

export function planCapacityRatio(planCapacity: number, need: number): number {
  return orThrow(planCapacityRatioOrError(planCapacity, need));
}

/**
 * norm × need − plan_capacity, or why not: the plan capacity still missing (negative =
 * surplus). The letter's norm (1.3) is data: src/data/baseline.ts passes it.
 */
export function planCapacityGapOrError(
  planCapacity: number,
  need: number,
  norm: number
): number | ModelError {
  const bad = negative(planCapacity, need);
  if (bad) return bad;
  if (norm < 0) return new ModelError("negative", { param: "norm" });
  return finiteOrError(norm * need - planCapacity, "gap");
}

export function planCapacityGap(planCapacity: number, need: number, norm: number): number {
  return orThrow(planCapacityGapOrError(planCapacity, need, norm));
}
