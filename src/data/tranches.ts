/**
 * The Woningbouwimpuls tranches as the letter records them: budget, awards and their VAT
 * basis, the defaults of TRANCHE_REMAINING.
 */
import { ModelError } from "../model/errors";
import { figureById } from "./dataset";

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
    throw new ModelError("unknownTranche", {
      tranche,
      known: [...TRANCHES.keys()].join(", "),
    });
  return rec;
}
