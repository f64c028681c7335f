/**
 * The model's own guards, called directly: each refusal names the same key and parameter the
 * user's message is built from, and each boundary value the spec allows (a budget of 0, a
 * norm of 0, a share of 0, 2021 and 2035) is accepted. The functions validate cells before the
 * model sees them, so without these tests a guard could change unnoticed.
 */
import { ModelError, finiteOrError, finiteResult } from "../../src/model/errors";
import { trancheRemaining } from "../../src/model/tranche";
import { planCapacityGap, planCapacityRatio } from "../../src/model/plancapacity";
import {
  FLOW_YEARS,
  expandPath,
  productionNeeded,
  shortageIn,
  shortagePath,
  validateInputs,
  type ShortageInputs,
} from "../../src/model/shortage";

/** The ModelError `fn` throws, as key and parameters. */
function refusal(fn: () => unknown): { key: string; params: object } {
  try {
    fn();
  } catch (e) {
    if (e instanceof ModelError) return { key: e.key, params: e.params };
    throw e;
  }
  throw new Error("no ModelError thrown");
}

const inputs = (over: Partial<ShortageInputs> = {}): ShortageInputs => ({
  production: 75000,
  withdrawals: 6000,
  demandGrowth: 60000,
  startShortage: 331000,
  startStock: 7892000,
  ...over,
});
const path = (values: number[]) => Float64Array.from(values);
const withLast = (v: number) => path([...Array(FLOW_YEARS - 1).fill(1000), v]);

describe("a ModelError and the finite-result guard", () => {
  it("carries its kind, key and parameters, and says them in its message", () => {
    const e = new ModelError("negative", { param: "need" });
    expect([e.name, e.kind, e.key, e.params]).toEqual([
      "ModelError",
      "value",
      "negative",
      { param: "need" },
    ]);
    expect(e.message).toBe('value:negative {"param":"need"}');
  });

  it("never returns NaN, an infinity or -0", () => {
    expect(refusal(() => finiteResult(NaN, "x"))).toEqual({
      key: "notFinite",
      params: { what: "x" },
    });
    expect(finiteOrError(Infinity, "y")).toMatchObject({ key: "notFinite", params: { what: "y" } });
    expect(Object.is(finiteOrError(-0, "z"), 0)).toBe(true);
    expect(finiteResult(-2.5, "z")).toBe(-2.5);
  });
});

describe("tranche guards", () => {
  it("refuses a negative budget or award by name, accepts zero, and never returns an infinity", () => {
    expect(refusal(() => trancheRemaining(-1, []))).toEqual({
      key: "negative",
      params: { param: "budget" },
    });
    expect(refusal(() => trancheRemaining(10, [1, -1]))).toEqual({
      key: "negative",
      params: { param: "awarded" },
    });
    expect(trancheRemaining(0, [])).toBe(0);
    expect(trancheRemaining(10, [0, 0])).toBe(10);
    expect(refusal(() => trancheRemaining(Infinity, [1]))).toEqual({
      key: "notFinite",
      params: { what: "remaining" },
    });
  });
});

describe("plan-capacity guards", () => {
  it("names the negative input, refuses a need of 0 for the ratio, and an infinite ratio", () => {
    expect(refusal(() => planCapacityRatio(-1, 1))).toEqual({
      key: "negative",
      params: { param: "plan_capacity" },
    });
    expect(refusal(() => planCapacityRatio(1, -1))).toEqual({
      key: "negative",
      params: { param: "need" },
    });
    expect(refusal(() => planCapacityRatio(1, 0))).toEqual({
      key: "needZero",
      params: { param: "need" },
    });
    expect(refusal(() => planCapacityRatio(Number.MAX_VALUE, 1e-300))).toEqual({
      key: "notFinite",
      params: { what: "ratio" },
    });
    expect(planCapacityRatio(0, 5)).toBe(0);
  });

  it("accepts a norm of 0 and refuses a negative one; a need of 0 leaves −plan capacity", () => {
    expect(planCapacityGap(1, 1, 0)).toBe(-1);
    expect(refusal(() => planCapacityGap(1, 1, -0.1))).toEqual({
      key: "negative",
      params: { param: "norm" },
    });
    expect(refusal(() => planCapacityGap(-1, 1, 1.3))).toEqual({
      key: "negative",
      params: { param: "plan_capacity" },
    });
    expect(planCapacityGap(5, 0, 1.3)).toBe(-5);
    expect(Object.is(planCapacityGap(0, 0, 1.3), 0)).toBe(true);
    expect(refusal(() => planCapacityGap(-Number.MAX_VALUE, 0, 1))).toEqual({
      key: "negative",
      params: { param: "plan_capacity" },
    });
  });

  it("keeps the sign of a gap whose product underflows to zero", () => {
    expect(planCapacityGap(0, Number.MIN_VALUE, 0.1)).toBe(Number.MIN_VALUE);
    expect(planCapacityGap(Number.MIN_VALUE, Number.MIN_VALUE, 0.9)).toBe(-Number.MIN_VALUE);
    expect(planCapacityGap(Number.MIN_VALUE, Number.MIN_VALUE, 1)).toBe(0);
  });
});

describe("shortage-model guards", () => {
  it("expands 1 … 15 values, refusing none and more than 15 by parameter", () => {
    expect(refusal(() => expandPath([], "production"))).toEqual({
      key: "pathEmpty",
      params: { param: "production" },
    });
    expect(refusal(() => expandPath(Array(FLOW_YEARS + 1).fill(1), "withdrawals"))).toEqual({
      key: "pathTooLong",
      params: { param: "withdrawals", max: FLOW_YEARS },
    });
    expect(expandPath([7], "p")).toBe(7);
    expect(Array.from(expandPath([1, 2], "p") as Float64Array)).toEqual([
      1,
      ...Array(FLOW_YEARS - 1).fill(2),
    ]);
    const full = Array.from({ length: FLOW_YEARS }, (_, i) => i);
    expect(Array.from(expandPath(full, "p") as Float64Array)).toEqual(full);
  });

  it("refuses a negative value anywhere in each path, by name, and accepts zeros", () => {
    for (const [field, param] of [
      ["production", "production"],
      ["withdrawals", "withdrawals"],
      ["demandGrowth", "demand_growth"],
    ] as const) {
      expect(refusal(() => validateInputs(inputs({ [field]: -1 })))).toEqual({
        key: "negative",
        params: { param },
      });
      expect(refusal(() => validateInputs(inputs({ [field]: withLast(-1) })))).toEqual({
        key: "negative",
        params: { param },
      });
      expect(() => validateInputs(inputs({ [field]: 0 }))).not.toThrow();
      expect(() => validateInputs(inputs({ [field]: withLast(0) }))).not.toThrow();
    }
    expect(refusal(() => validateInputs(inputs({ startStock: 0 })))).toEqual({
      key: "stockNotPositive",
      params: { param: "start_stock" },
    });
    expect(refusal(() => shortageIn(inputs({ startStock: NaN })))).toEqual({
      key: "stockNotPositive",
      params: { param: "start_stock" },
    });
  });

  it("says which result would not be a number: shortage, stock, share, production, gap", () => {
    const notFinite = (what: string) => ({ key: "notFinite", params: { what } });
    expect(refusal(() => shortageIn(inputs({ startShortage: Infinity })))).toEqual(
      notFinite("shortage")
    );
    expect(refusal(() => shortageIn(inputs({ startStock: Infinity })))).toEqual(notFinite("stock"));
    expect(
      refusal(() => shortageIn(inputs({ startShortage: Number.MAX_VALUE, startStock: 1e-300 })))
    ).toEqual(notFinite("share"));
    expect(
      refusal(() => productionNeeded(0.02, 2035, inputs({ startShortage: Infinity })))
    ).toEqual(notFinite("production"));
    expect(refusal(() => planCapacityGap(Infinity, 0, 1.3))).toEqual(notFinite("gap"));
    expect(refusal(() => planCapacityGap(0, 1e300, 1e300))).toEqual(notFinite("gap"));
  });

  it("names the year a stock runs out, and reads every year of a path", () => {
    // 1,000 homes and 600 withdrawn net a year: the stock is gone after two years
    const x = inputs({ startStock: 1000, production: 0, withdrawals: 600, startShortage: 0 });
    expect(refusal(() => shortageIn(x))).toEqual({ key: "stockDepleted", params: { year: 2022 } });
    const rows = shortagePath(
      inputs({ production: path(Array.from({ length: FLOW_YEARS }, (_, t) => t * 1000)) })
    );
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, t) => 2020 + t));
    expect(rows[2].stock - rows[1].stock).toBe(1000 - 6000);
  });

  it("production needed: share in [0, 1), target year 2021 … 2035, the same input guards", () => {
    const x = inputs();
    expect(refusal(() => productionNeeded(-0.01, 2035, x))).toEqual({
      key: "shareRange",
      params: {},
    });
    expect(refusal(() => productionNeeded(1, 2035, x))).toEqual({ key: "shareRange", params: {} });
    expect(productionNeeded(0, 2035, x)).toBeGreaterThan(0);
    expect(productionNeeded(0.999, 2035, { ...x, startShortage: 1e7 })).toBeGreaterThan(0);
    for (const year of [2020, 2036, 2030.5])
      expect(refusal(() => productionNeeded(0.02, year, x))).toEqual({
        key: "yearRange",
        params: { min: 2021, max: 2035 },
      });
    expect(productionNeeded(0.02, 2021, x)).toBeGreaterThan(0);
    expect(
      refusal(() => productionNeeded(0.02, 2035, inputs({ withdrawals: withLast(-1) })))
    ).toEqual({ key: "negative", params: { param: "withdrawals" } });
    expect(refusal(() => productionNeeded(0.02, 2035, inputs({ demandGrowth: -1 })))).toEqual({
      key: "negative",
      params: { param: "demand_growth" },
    });
    expect(refusal(() => productionNeeded(0.02, 2035, inputs({ startStock: 0 })))).toEqual({
      key: "stockNotPositive",
      params: { param: "start_stock" },
    });
  });

  it("production needed is exactly what the equation gives, sums over the target's years only", () => {
    // n = 5: N = (S + Σg − s·V) / (1 + s), P = (N + ΣL) / n
    const x = inputs({
      demandGrowth: withLast(999999),
      withdrawals: 6000,
      startShortage: 331000,
      startStock: 7892000,
    });
    const n = 5;
    const expected = ((331000 + n * 1000 - 0.02 * 7892000) / 1.02 + n * 6000) / n;
    expect(productionNeeded(0.02, 2025, x)).toBeCloseTo(expected, 6);
  });

  it("production needed of exactly zero is 0, a target met without building is refused with the figures", () => {
    // S + n·g + n·L = 0 in exact arithmetic; in doubles the sums leave a rounding residue
    const zero = inputs({
      startShortage: -4.5,
      demandGrowth: 0.1,
      withdrawals: 0.2,
      startStock: 1,
    });
    expect(productionNeeded(0, 2035, zero)).toBe(0);
    const met = inputs({ startShortage: 0, demandGrowth: 0, withdrawals: 0, startStock: 1000 });
    expect(refusal(() => productionNeeded(0.02, 2035, met))).toEqual({
      key: "targetMet",
      params: { share: 0.02, year: 2035, production: -1 },
    });
  });
});
