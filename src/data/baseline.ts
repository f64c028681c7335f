/**
 * The model's defaults, read from the reference dataset so that the functions' defaults and
 * the reference sheets are one source of truth: the stock-flow baseline and the 130% norm.
 */
import { requireValue } from "./dataset";
import { FLOW_YEARS, type ShortageInputs } from "../model/shortage";

function periodPath(periods: ReadonlyArray<readonly [number, number]>): Float64Array {
  const out = new Float64Array(FLOW_YEARS);
  let t = 0;
  for (const [years, value] of periods) for (let i = 0; i < years; i++) out[t++] = value;
  return out;
}

export const BASELINE = {
  startShortage: requireValue("param.tekort_2020"),
  startStock: requireValue("param.voorraad_2020"),
  withdrawals: requireValue("param.onttrekking"),
  demandGrowth: periodPath([
    [5, requireValue("param.vraaggroei_2020_2024")],
    [5, requireValue("param.vraaggroei_2025_2029")],
    [5, requireValue("param.vraaggroei_2030_2034")],
  ]),
  /** The trend path (an assumption): 65,000, 60,000, 65,000, 70,000, then 75,000. */
  trendPath: periodPath([
    [1, requireValue("param.trend_2020")],
    [1, requireValue("param.trend_2021")],
    [1, requireValue("param.trend_2022")],
    [1, requireValue("param.trend_2023")],
    [11, requireValue("param.trend_2024")],
  ]),
  /** 845,000 to 2030 (84,500 a year, Staat van de Woningmarkt 2020), then 64,000: the model's path, not the letter's. */
  letterPath: periodPath([
    [10, requireValue("param.pad_brief_tot_2030")],
    [5, requireValue("param.pad_brief_na_2030")],
  ]),
  targetShare: requireValue("tekort.doel_2035"),
} as const;

export function baselineInputs(production: ShortageInputs["production"]): ShortageInputs {
  return {
    production,
    withdrawals: BASELINE.withdrawals,
    demandGrowth: BASELINE.demandGrowth,
    startShortage: BASELINE.startShortage,
    startStock: BASELINE.startStock,
  };
}

/** 1.3: "Als uitgangspunt hanteer ik daarbij 130% plancapaciteit tot 2030" (plancapaciteit.norm). */
export const PLAN_CAPACITY_NORM: number = requireValue("plancapaciteit.norm");
