/**
 * WONINGBOUW custom functions: thin wrappers that coerce Excel's arguments, call the model in
 * src/model and map its errors to CustomFunctions.Error in the user's language.
 *
 * The JSDoc below is the contract: custom-functions-metadata-plugin generates functions.json
 * from it (ids, parameter names and order, optional flags, dimensionality), and a committed
 * snapshot (test/functions/contract.snapshot.json) guards it. Ids and parameter order never
 * change once shipped: workbooks shared across departments depend on them.
 */

import "./runtimeGuard";
import { ModelError } from "../model/errors";
import { planCapacityGapOrError, planCapacityRatioOrError } from "../model/plancapacity";
import { productionNeeded, shortageIn, shortagePath, END_YEAR } from "../model/shortage";
import { BASELINE, PLAN_CAPACITY_NORM } from "../data/baseline";
import { trancheRemaining } from "../model/tranche";
import { trancheRecord } from "../data/tranches";
import { figureField } from "../data/lookup";
import {
  PassedError,
  amounts,
  asMatrix,
  elementwise,
  isBlank,
  omitted,
  optionalFlag,
  optionalNumber,
  pathArg,
  scalar,
  toNumber,
} from "./coerce";
import { displayLanguage } from "./language";
import { message } from "./messages";
import { inLanguage } from "../locale/lang";
import { PATH_HEADER } from "../locale/functionMessages";

const CODES = {
  value: "#VALUE!",
  num: "#NUM!",
  na: "#N/A",
  div0: "#DIV/0!",
} as const;

/** Error codes a custom function may return; #NAME? and #REF! are input-only. */
const OUTPUT_CODES = new Set<string>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

function newError(code: string, text: string | undefined): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, text);
}

/**
 * The Excel error for each cell of one call: the same mistake in a million cells is one error
 * object, built once (message and all) and shared, so a whole column of bad input costs little
 * more than a column of good input. The display language is read once per call.
 */
function cellErrors(): (e: unknown) => CustomFunctions.Error {
  const lang = displayLanguage();
  const seen = new Map<string, CustomFunctions.Error>();
  return (e) => {
    // What a cell's message is made of (an absent part reads "undefined"; four parts for a
    // ModelError, three for a passed error, so the two never share a key). A template, not
    // JSON.stringify: this runs once per error cell of a million-row column.
    let key: string;
    if (e instanceof ModelError) {
      const p = e.params;
      key = `${e.key}\u0000${p.param}\u0000${p.got}\u0000${p.what}`;
    } else if (e instanceof PassedError) key = `${e.code}\u0000${e.param}\u0000${e.message}`;
    else return excelError(e, lang);
    let out = seen.get(key);
    if (!out) {
      out = excelError(e, lang);
      if (seen.size < 1000) seen.set(key, out);
    }
    return out;
  };
}

/** The Excel error for anything a function body raised. */
function excelError(e: unknown, lang = displayLanguage()): CustomFunctions.Error {
  if (e instanceof ModelError) return newError(CODES[e.kind], message(lang, e.key, e.params));
  if (e instanceof PassedError) {
    // An error in an input cell passes on, as in Excel's own functions (with its message if it
    // had one); #NAME? and #REF! cannot be a function's result, so they become #VALUE!.
    if (OUTPUT_CODES.has(e.code))
      return newError(
        e.code,
        e.message ?? message(lang, "inputError", { param: e.param, code: e.code })
      );
    return newError(CODES.value, message(lang, "inputError", { param: e.param, code: e.code }));
  }
  const detail = e instanceof Error ? e.message : String(e);
  return newError(CODES.value, message(lang, "internal", { detail }));
}

/**
 * A cell-by-cell result. When it is a single cell holding an error, the error is thrown, so a
 * scalar call shows it exactly as a scalar function would.
 */
function cells(result: unknown[][]): any[][] {
  if (
    result.length === 1 &&
    result[0].length === 1 &&
    result[0][0] instanceof CustomFunctions.Error
  ) {
    throw result[0][0];
  }
  return result;
}

function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw e instanceof CustomFunctions.Error ? e : excelError(e);
  }
}

function shortageInputs(
  production: any,
  withdrawals: any,
  start_shortage: any,
  start_stock: any,
  demand_growth: any
) {
  return {
    production: pathArg(production, "production", Number.NaN),
    withdrawals: pathArg(withdrawals, "withdrawals", BASELINE.withdrawals),
    startShortage: optionalNumber(start_shortage, "start_shortage", BASELINE.startShortage),
    startStock: optionalNumber(start_stock, "start_stock", BASELINE.startStock),
    demandGrowth: pathArg(demand_growth, "demand_growth", BASELINE.demandGrowth),
  };
}

/**
 * A required input that is blank — one blank cell, or a range of blank cells — gives a blank
 * result in every function, as a cell of PLANCAPACITY_RATIO does (coerce.ts, `elementwise`):
 * a formula filled down a table shows nothing in the rows still empty, whatever was given
 * once for all rows. Scalar results: "", so the result type is any, not number.
 */
const BLANK = "";

/**
 * Plan capacity as a share of the building need of the same area and period (1.3 = the letter's 130%).
 * @customfunction PLANCAPACITY_RATIO
 * @helpurl https://localhost:3000/help/functions.html#plancapacity_ratio
 * @param plan_capacity Plan capacity in homes: a cell or a range.
 * @param need Building need (opgave) in homes: a cell or a range of the same shape.
 * @returns plan_capacity / need, one result per cell.
 */
export function planCapacityRatioFn(plan_capacity: any[][], need: any[][]): any[][] {
  return guard(() =>
    cells(
      elementwise(
        [asMatrix(plan_capacity, "plan_capacity"), asMatrix(need, "need")],
        // the numeric check has made both cells numbers
        (c) => planCapacityRatioOrError(c[0] as number, c[1] as number),
        cellErrors(),
        ["plan_capacity", "need"]
      )
    )
  );
}

/**
 * Plan capacity still missing to reach the norm (130% unless given); negative means a surplus.
 * @customfunction PLANCAPACITY_GAP
 * @helpurl https://localhost:3000/help/functions.html#plancapacity_gap
 * @param plan_capacity Plan capacity in homes: a cell or a range.
 * @param need Building need (opgave) in homes: a cell or a range of the same shape.
 * @param [norm] Required plan capacity as a multiple of need; default 1.3 (the letter's 130%).
 * @returns norm × need − plan_capacity in homes, one result per cell.
 */
export function planCapacityGapFn(plan_capacity: any[][], need: any[][], norm?: any[][]): any[][] {
  return guard(() =>
    cells(
      elementwise(
        [
          asMatrix(plan_capacity, "plan_capacity"),
          asMatrix(need, "need"),
          omitted(norm, "norm") ? [[PLAN_CAPACITY_NORM]] : asMatrix(norm, "norm"),
        ],
        (c) =>
          planCapacityGapOrError(
            c[0] as number,
            c[1] as number,
            isBlank(c[2]) ? PLAN_CAPACITY_NORM : toNumber(c[2], "norm")
          ),
        cellErrors(),
        ["plan_capacity", "need"] // a blank norm cell takes the default: checked in the body
      )
    )
  );
}

/**
 * The housing shortage on 1 January 2035 from a production path (stock-flow model; negative = surplus).
 * @customfunction SHORTAGE_2035
 * @helpurl https://localhost:3000/help/functions.html#shortage_2035
 * @param production Homes built per year from 2020: one number, or 1 to 15 yearly values (the last repeats).
 * @param [withdrawals] Net withdrawals per year (production count minus net stock growth); default 6,000.
 * @param [start_shortage] Shortage on 1-1-2020; default 331,000.
 * @param [start_stock] Housing stock on 1-1-2020; default 7,892,000.
 * @param [demand_growth] Growth of housing demand per year; default 78,800 (2020–24), 60,600 (2025–29), 45,400 (2030–34).
 * @returns The shortage in homes on 1-1-2035.
 */
export function shortage2035Fn(
  production: any[][],
  withdrawals?: any[][],
  start_shortage?: any[][],
  start_stock?: any[][],
  demand_growth?: any[][]
): number | string {
  return guard(() => {
    if (omitted(production, "production")) return BLANK;
    return shortageIn(
      shortageInputs(production, withdrawals, start_shortage, start_stock, demand_growth),
      END_YEAR
    );
  });
}

/**
 * The shortage path 2020–2035 as a table: year, shortage, stock and shortage as a share of the stock.
 * @customfunction SHORTAGE_PATH
 * @helpurl https://localhost:3000/help/functions.html#shortage_path
 * @param production Homes built per year from 2020: one number, or 1 to 15 yearly values (the last repeats).
 * @param [withdrawals] Net withdrawals per year (production count minus net stock growth); default 6,000.
 * @param [start_shortage] Shortage on 1-1-2020; default 331,000.
 * @param [start_stock] Housing stock on 1-1-2020; default 7,892,000.
 * @param [demand_growth] Growth of housing demand per year; default 78,800 (2020–24), 60,600 (2025–29), 45,400 (2030–34).
 * @param [header] TRUE or left out: a first row names the columns, in the display language. FALSE: only the years' rows, under headers of your own.
 * @returns A header row (unless header is FALSE) and one row per year 2020 to 2035.
 */
export function shortagePathFn(
  production: any[][],
  withdrawals?: any[][],
  start_shortage?: any[][],
  start_stock?: any[][],
  demand_growth?: any[][],
  header?: any[][]
): any[][] {
  return guard(() => {
    if (omitted(production, "production")) return [[BLANK]];
    const withHeader = optionalFlag(header, "header", true);
    const rows = shortagePath(
      shortageInputs(production, withdrawals, start_shortage, start_stock, demand_growth)
    );
    const out: any[][] = [];
    if (withHeader) out.push([...inLanguage(displayLanguage(), PATH_HEADER)]);
    for (const r of rows) out.push([r.year, r.shortage, r.stock, r.share]);
    return out;
  });
}

/**
 * The constant yearly production from 2020 that brings the shortage down to a target share of the stock.
 * @customfunction PRODUCTION_NEEDED
 * @helpurl https://localhost:3000/help/functions.html#production_needed
 * @param target_share Target shortage as a share of the stock, e.g. 0.02 for the letter's 2%.
 * @param [target_year] Year (1 January) in which the target is reached, 2021 to 2035; default 2035.
 * @param [withdrawals] Net withdrawals per year (production count minus net stock growth); default 6,000.
 * @param [start_shortage] Shortage on 1-1-2020; default 331,000.
 * @param [start_stock] Housing stock on 1-1-2020; default 7,892,000.
 * @param [demand_growth] Growth of housing demand per year; default 78,800 (2020–24), 60,600 (2025–29), 45,400 (2030–34).
 * @returns Homes to build per year.
 */
export function productionNeededFn(
  target_share: any[][],
  target_year?: any[][],
  withdrawals?: any[][],
  start_shortage?: any[][],
  start_stock?: any[][],
  demand_growth?: any[][]
): number | string {
  return guard(() => {
    if (omitted(target_share, "target_share")) return BLANK;
    const share = toNumber(scalar(target_share, "target_share"), "target_share");
    const year = optionalNumber(target_year, "target_year", END_YEAR);
    return productionNeeded(share, year, {
      withdrawals: pathArg(withdrawals, "withdrawals", BASELINE.withdrawals),
      startShortage: optionalNumber(start_shortage, "start_shortage", BASELINE.startShortage),
      startStock: optionalNumber(start_stock, "start_stock", BASELINE.startStock),
      demandGrowth: pathArg(demand_growth, "demand_growth", BASELINE.demandGrowth),
    });
  });
}

/**
 * What is left of a Woningbouwimpuls tranche: budget minus the awards (negative = over-committed).
 * @customfunction TRANCHE_REMAINING
 * @helpurl https://localhost:3000/help/functions.html#tranche_remaining
 * @param tranche Tranche number (1 or 2).
 * @param [awarded] Amounts awarded in euros, a range; blanks, text and TRUE/FALSE are skipped as SUM does. Default: the awards recorded in the letter.
 * @param [budget] Budget in euros on the same VAT basis as the awards. Default: the letter's budget (tranche 2: 225 million incl. VAT).
 * @returns Remaining budget in euros.
 */
export function trancheRemainingFn(
  tranche: any[][],
  awarded?: any[][],
  budget?: any[][]
): number | string {
  return guard(() => {
    if (omitted(tranche, "tranche")) return BLANK;
    const rec = trancheRecord(toNumber(scalar(tranche, "tranche"), "tranche"));
    const b = scalar(budget, "budget");
    let total: number;
    if (isBlank(b)) {
      if (rec.budget === null) throw new ModelError("budgetUnknown", { tranche: rec.tranche });
      total = rec.budget;
    } else {
      total = toNumber(b, "budget");
    }
    // Left out: the awards the letter records. Given (a cell or range, even all blank): the
    // awards listed there, blank cells skipped, so an all-blank range means "none listed".
    const awards =
      awarded === null || awarded === undefined ? rec.awarded : amounts(awarded, "awarded");
    return trancheRemaining(total, awards);
  });
}

/**
 * A figure from the reference dataset (the 2020 housing letter and the model's sources) by its id.
 * @customfunction FIGURE
 * @helpurl https://localhost:3000/help/functions.html#figure
 * @param id Figure id, e.g. "zh.plancapaciteit" or "wbi.t2.budget".
 * @param [field] value (default), low, high, unit, year, source or quote.
 * @returns The requested field of the figure.
 */
export function figureFn(id: any, field?: any): any {
  return guard(() => {
    if (omitted(id, "id")) return BLANK;
    const key = scalar(id, "id");
    const f = scalar(field, "field");
    return figureField(String(key), isBlank(f) ? "value" : String(f));
  });
}
