/**
 * Woningbouwimpuls tranches (spec section 3): remaining = budget − Σ awarded. A negative result
 * is an over-committed tranche, a number, not an error. Budget and awards must be on the same
 * VAT basis; the dataset records the basis of every amount.
 */
import { figureById } from "../data/dataset";
import { ModelError, finiteResult } from "./errors";

export interface TrancheRecord {
  readonly tranche: number;
  /** null where the letter does not give the budget. */
  readonly budget: number | null;
  readonly budgetVat: string | null;
  /** Awards recorded in the dataset, on the budget's VAT basis where the budget is known. */
  readonly awarded: readonly number[];
  readonly awardedVat: string | null;
}

function amount(id: string): number | null {
  const v = figureById(id)?.value;
  return typeof v === "number" ? v : null;
}

const t1Awarded = amount("wbi.t1.toegekend_excl_btw");

export const TRANCHES: ReadonlyMap<number, TrancheRecord> = new Map([
  [
    1,
    {
      tranche: 1,
      budget: amount("wbi.t1.budget"),
      budgetVat: null,
      awarded: t1Awarded === null ? [] : [t1Awarded],
      awardedVat: "excl",
    },
  ],
  [
    2,
    {
      tranche: 2,
      budget: amount("wbi.t2.budget"),
      budgetVat: "incl",
      awarded: [],
      awardedVat: null,
    },
  ],
]);

export function trancheRecord(tranche: number): TrancheRecord {
  const rec = Number.isInteger(tranche) ? TRANCHES.get(tranche) : undefined;
  if (!rec)
    throw new ModelError("na", "unknownTranche", {
      tranche,
      known: [...TRANCHES.keys()].join(", "),
    });
  return rec;
}

export function trancheRemaining(budget: number, awarded: readonly number[]): number {
  if (budget < 0) throw new ModelError("num", "negative", { param: "budget" });
  let sum = 0;
  for (const a of awarded) {
    if (a < 0) throw new ModelError("num", "negative", { param: "awarded" });
    sum += a;
  }
  return finiteResult(budget - sum, "remaining");
}
