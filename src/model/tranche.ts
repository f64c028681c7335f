/**
 * Woningbouwimpuls tranches (spec section 3): remaining = budget − Σ awarded. A negative result
 * is an over-committed tranche, a number, not an error. Budget and awards must be on the same
 * VAT basis; the dataset records the basis of every amount (src/data/tranches.ts).
 */
import { ModelError, finiteResult } from "./errors";

export function trancheRemaining(budget: number, awarded: readonly number[]): number {
  if (budget < 0) throw new ModelError("negative", { param: "budget" });
  let sum = 0;
  for (const a of awarded) {
    if (a < 0) throw new ModelError("negative", { param: "awarded" });
    sum += a;
  }
  return finiteResult(budget - sum, "remaining");
}
