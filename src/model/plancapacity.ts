/**
 * The letter's 130% plan-capacity rule: plan capacity compared with the building need
 * (opgave) of the same area and period. Spec section 1.
 */
import { ModelError, finiteResult } from "./errors";

function nonNegative(x: number, param: string): void {
  if (x < 0) throw new ModelError("negative", { param });
}

/** plan_capacity / need; need = 0 is a division by zero. */
export function planCapacityRatio(planCapacity: number, need: number): number {
  nonNegative(planCapacity, "plan_capacity");
  nonNegative(need, "need");
  if (need === 0) throw new ModelError("needZero", {});
  return finiteResult(planCapacity / need, "ratio");
}

/**
 * norm × need − plan_capacity: the plan capacity still missing (negative = surplus). The
 * letter's norm (1.3) is data: src/data/baseline.ts passes it.
 */
export function planCapacityGap(planCapacity: number, need: number, norm: number): number {
  nonNegative(planCapacity, "plan_capacity");
  nonNegative(need, "need");
  nonNegative(norm, "norm");
  return finiteResult(norm * need - planCapacity, "gap");
}
