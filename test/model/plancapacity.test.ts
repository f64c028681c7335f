import {
  planCapacityGap,
  planCapacityGapOrError,
  planCapacityRatio,
  planCapacityRatioOrError,
} from "../../src/model/plancapacity";
import { ModelError } from "../../src/model/errors";

/** The letter's 130% (src/data/baseline.ts reads it from the dataset; test/data/baseline.test.ts). */
const NORM = 1.3;

describe("plan capacity (the letter's 130% rule)", () => {
  it.each([
    [187000, 204000, 0.916667],
    [187000, 235000, 0.795745],
  ])("ratio(%d, %d) = %d, the spec's Zuid-Holland examples", (plan, need, expected) => {
    expect(planCapacityRatio(plan, need)).toBeCloseTo(expected, 6);
  });

  it.each([
    [187000, 204000, 78200],
    [187000, 235000, 118500],
  ])("gap(%d, %d) = %d homes", (plan, need, expected) => {
    expect(planCapacityGap(plan, need, NORM)).toBeCloseTo(expected, 6);
  });

  it("130% of the need range is 265,200 … 305,500 (the letter rounds to 260.000 - 300.000)", () => {
    expect(planCapacityGap(0, 204000, NORM)).toBeCloseTo(265200, 6);
    expect(planCapacityGap(0, 235000, NORM)).toBeCloseTo(305500, 6);
  });

  it("a surplus is a negative gap, and a custom norm is honoured", () => {
    expect(planCapacityGap(300000, 200000, NORM)).toBeCloseTo(-40000, 6);
    expect(planCapacityGap(100000, 100000, 1)).toBe(0);
  });

  it("need = 0 is a division by zero; negative inputs are invalid", () => {
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ModelError).kind;
      }
      return "no error";
    };
    expect(kind(() => planCapacityRatio(1, 0))).toBe("div0");
    expect(kind(() => planCapacityRatio(-1, 5))).toBe("value");
    expect(kind(() => planCapacityGap(1, -5, NORM))).toBe("value");
    expect(kind(() => planCapacityGap(1, 5, -1))).toBe("value");
  });
});

describe("the non-throwing forms (one call per cell of a whole column)", () => {
  it("return the same result, or the ModelError the throwing form would throw", () => {
    expect(planCapacityRatioOrError(187000, 204000)).toBeCloseTo(0.916667, 6);
    expect(planCapacityRatioOrError(1, 0)).toMatchObject({ kind: "div0", key: "needZero" });
    expect(planCapacityRatioOrError(-1, 5)).toMatchObject({
      key: "negative",
      params: { param: "plan_capacity" },
    });
    expect(planCapacityGapOrError(1, 5, -1)).toMatchObject({
      key: "negative",
      params: { param: "norm" },
    });
    expect(planCapacityGapOrError(130, 100, 1.3)).toBe(0);
    expect(Object.is(planCapacityGapOrError(130, 100, 1.3), -0)).toBe(false);
  });
});
