/**
 * What every WONINGBOUW function must do, as one suite run against the source and against
 * the built bundle.
 */
import type { FunctionsUnderTest } from "./functionsUnderTest";

type Outcome = { ok: unknown } | { code: string; message: string };

export function describeFunctionBehaviour(get: () => FunctionsUnderTest): void {
  let f: FunctionsUnderTest;
  beforeAll(() => {
    f = get();
  });
  const call = (id: string, ...args: unknown[]): Outcome => {
    const fn = f.fns.get(id);
    if (!fn) throw new Error(`${id} not registered`);
    try {
      return { ok: fn(...args) };
    } catch (e) {
      if (!(e instanceof f.ErrorClass))
        throw new Error(`${id} threw something other than CustomFunctions.Error: ${String(e)}`);
      return { code: e.code, message: e.message ?? "" };
    }
  };
  const value = (id: string, ...args: unknown[]): unknown => {
    const r = call(id, ...args);
    if (!("ok" in r)) throw new Error(`${id} failed: ${r.code} ${r.message}`);
    return r.ok;
  };
  const cellError = (v: unknown): { code: string; message: string } => {
    if (!(v instanceof f.ErrorClass)) throw new Error(`expected an error cell, got ${String(v)}`);
    return { code: v.code, message: v.message ?? "" };
  };
  const num = (v: unknown): number => {
    const x = Array.isArray(v) ? (v as unknown[][])[0][0] : v;
    if (typeof x !== "number") throw new Error(`expected a number, got ${String(x)}`);
    return x;
  };

  describe("worked examples and calibration checks of the model spec", () => {
    it("PLANCAPACITY_RATIO: Zuid-Holland 91.7% and 79.6%", () => {
      expect(num(value("PLANCAPACITY_RATIO", [[187000]], [[204000]]))).toBeCloseTo(0.916667, 6);
      expect(num(value("PLANCAPACITY_RATIO", [[187000]], [[235000]]))).toBeCloseTo(0.795745, 6);
    });
    it("PLANCAPACITY_GAP: 78,200 and 118,500 homes, default norm 1.3", () => {
      expect(num(value("PLANCAPACITY_GAP", [[187000]], [[204000]], null))).toBeCloseTo(78200, 6);
      expect(num(value("PLANCAPACITY_GAP", [[187000]], [[235000]]))).toBeCloseTo(118500, 6);
      expect(num(value("PLANCAPACITY_GAP", [[100]], [[100]], [[1]]))).toBe(0);
    });
    it("SHORTAGE_2035: 70,000 at 85,000 a year, 220,000 at 75,000, 180,000 on the letter's path", () => {
      expect(value("SHORTAGE_2035", [[85000]])).toBeCloseTo(70000, 6);
      expect(value("SHORTAGE_2035", [[75000]], null, null, null, null)).toBeCloseTo(220000, 6);
      const letterPath = [...Array(10).fill(84500), 64000].map((v) => [v]);
      expect(value("SHORTAGE_2035", letterPath)).toBeCloseTo(180000, 6);
    });
    it("SHORTAGE_PATH: the trend path reaches 420,000 in 2025, the letter's path 2.01% in 2035", () => {
      const trend = [[65000, 60000, 65000, 70000, 75000]];
      const rows = value("SHORTAGE_PATH", trend) as unknown[][];
      expect(rows).toHaveLength(17);
      expect(rows[0]).toEqual(["year", "shortage", "stock", "share"]);
      const y2025 = rows.find((r) => r[0] === 2025) as number[];
      expect(Math.abs(y2025[1] - 420000) / 420000).toBeLessThanOrEqual(0.005);
      const letter = value(
        "SHORTAGE_PATH",
        [...Array(10).fill(84500), 64000, "", ""].map((v) => [v])
      ) as unknown[][];
      expect(Math.abs((letter[16][3] as number) - 0.0201)).toBeLessThanOrEqual(0.0005);
      const at2030 = letter.find((r) => r[0] === 2030) as number[];
      expect(Math.abs(at2030[3] - 0.028)).toBeLessThanOrEqual(0.0005);
    });
    it("PRODUCTION_NEEDED: 77,710 for 2% in 2035 and 91,310 for 2% in 2030 (±1)", () => {
      expect(
        Math.abs((value("PRODUCTION_NEEDED", [[0.02]]) as number) - 77710)
      ).toBeLessThanOrEqual(1);
      expect(
        Math.abs((value("PRODUCTION_NEEDED", [[0.02]], [[2030]]) as number) - 91310)
      ).toBeLessThanOrEqual(1);
    });
    it("TRANCHE_REMAINING: tranche 2 from the letter, with awards, and over-committed", () => {
      expect(value("TRANCHE_REMAINING", [[2]])).toBe(225000000);
      expect(value("TRANCHE_REMAINING", [[2]], [[100e6], [""], [25e6]])).toBe(100e6);
      expect(value("TRANCHE_REMAINING", [[2]], [[200e6, 50e6]])).toBe(-25e6);
      expect(value("TRANCHE_REMAINING", [[1]], null, [[400e6]])).toBe(110e6);
    });
    it("FIGURE: values, ranges, units and quotes by id", () => {
      expect(value("FIGURE", "zh.plancapaciteit")).toBe(187000);
      expect(value("FIGURE", "zh.behoefte_2030", "low")).toBe(204000);
      expect(value("FIGURE", [["zh.behoefte_2030"]], [["high"]])).toBe(235000);
      expect(value("FIGURE", "wbi.t2.budget", "unit")).toBe("euro");
      expect(value("FIGURE", "wbi.t2.budget", "quote")).toMatch(/225 miljoen inclusief BTW/);
      expect(value("FIGURE", "param.tekort_2020", "source")).toMatch(/Staat van de Woningmarkt/);
      expect(value("FIGURE", "dataset.version")).toBe("1.0.0");
      expect(value("FIGURE", "dataset.hash")).toMatch(/^[0-9a-f]{16}$/);
    });
  });

  describe("ranges work like native Excel functions", () => {
    it("spills one result per cell and broadcasts a single value", () => {
      const plans = [[187000], [100000], [50000]];
      const needs = [[204000], [100000], [25000]];
      expect((value("PLANCAPACITY_RATIO", plans, needs) as number[][]).map((r) => r[0])).toEqual([
        187000 / 204000,
        1,
        2,
      ]);
      expect(value("PLANCAPACITY_RATIO", plans, [[100000]])).toEqual([[1.87], [1], [0.5]]);
      expect(value("PLANCAPACITY_GAP", [[0, 0]], [[100, 200]], [[1.3]])).toEqual([[130, 260]]);
    });
    it("ranges of different shapes are #VALUE!", () => {
      expect(call("PLANCAPACITY_RATIO", [[1], [2], [3]], [[1], [2]])).toMatchObject({
        code: "#VALUE!",
      });
      expect(call("PLANCAPACITY_RATIO", [[1, 2, 3]], [[1], [2], [3]])).toMatchObject({
        code: "#VALUE!",
      });
    });
    it("a bad cell is an error in that cell only", () => {
      const out = value("PLANCAPACITY_RATIO", [[1], [2], [3]], [[1], [0], ["x"]]) as unknown[][];
      expect(out[0][0]).toBe(1);
      expect(cellError(out[1][0]).code).toBe("#DIV/0!");
      expect(cellError(out[2][0]).code).toBe("#VALUE!");
    });
  });

  describe("bad input gets an Excel error with a message", () => {
    // Every mistake a user can fix by changing an input is #VALUE! or #N/A: the only codes whose
    // message Excel shows (the shim drops it on the others, as the runtime does).
    const cases: Array<[string, unknown[], string, RegExp]> = [
      ["PLANCAPACITY_RATIO", [[[-1]], [[5]]], "#VALUE!", /plan_capacity must not be negative/],
      ["PLANCAPACITY_GAP", [[[1]], [[1]], [[-2]]], "#VALUE!", /norm must not be negative/],
      ["PRODUCTION_NEEDED", [[[1]]], "#VALUE!", /target share/],
      ["PRODUCTION_NEEDED", [[[-0.1]]], "#VALUE!", /target share/],
      ["PRODUCTION_NEEDED", [[[0.02]], [[2020]]], "#VALUE!", /2021 to 2035/],
      ["PRODUCTION_NEEDED", [[[0.02]], [[2036]]], "#VALUE!", /2021 to 2035/],
      ["SHORTAGE_2035", [[[-5]]], "#VALUE!", /production must not be negative/],
      ["SHORTAGE_2035", [[["veel"]]], "#VALUE!", /production must be a number/],
      ["SHORTAGE_2035", [[[true]]], "#VALUE!", /production must be a number/],
      ["SHORTAGE_2035", [[[1], [""], [2]]], "#VALUE!", /blank cell inside/],
      ["SHORTAGE_2035", [Array.from({ length: 16 }, () => [1])], "#VALUE!", /at most 15/],
      [
        "SHORTAGE_2035",
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        "#VALUE!",
        /different shapes/,
      ],
      ["SHORTAGE_2035", [[[""]]], "#N/A", /production/],
      ["SHORTAGE_2035", [null], "#N/A", /production/],
      ["SHORTAGE_2035", [[[70000]], null, null, [[0]]], "#VALUE!", /stock must be/],
      [
        "SHORTAGE_PATH",
        [[[70000]], [[1, 2]], [[5, 6]]],
        "#VALUE!",
        /start_shortage takes one value/,
      ],
      ["PLANCAPACITY_RATIO", [[[1]], [[""]]], "#N/A", /No value for need/],
      ["TRANCHE_REMAINING", [[[3]]], "#N/A", /Unknown tranche 3/],
      ["TRANCHE_REMAINING", [[[1]]], "#N/A", /does not give tranche 1's budget/],
      ["TRANCHE_REMAINING", [[[2]], [[-1]]], "#VALUE!", /awarded must not be negative/],
      ["TRANCHE_REMAINING", [[[2]], [["veel"]]], "#VALUE!", /awarded must be a number/],
      ["FIGURE", ["zh.plancapacitet"], "#N/A", /Did you mean: zh\.plancapaciteit/],
      ["FIGURE", [""], "#N/A", /No value for id/],
      ["FIGURE", ["zh.behoefte_2030"], "#N/A", /is a range/],
      ["FIGURE", ["zh.plancapaciteit", "colour"], "#VALUE!", /Unknown field/],
    ];
    it.each(cases)("%s(%j) is %s with a message", (id, args, code, message) => {
      const r = call(id, ...args);
      expect(r).toMatchObject({ code });
      expect((r as { message: string }).message).toMatch(message);
    });

    // Not a wrong input but arithmetic: Excel's own codes, which carry no message in Excel.
    const bare: Array<[string, unknown[], string]> = [
      ["PLANCAPACITY_RATIO", [[[1]], [[0]]], "#DIV/0!"],
      ["SHORTAGE_2035", [[[0]], null, null, null, [[1e308]]], "#NUM!"],
    ];
    it.each(bare)("%s(%j) is %s, without a message as in Excel", (id, args, code) => {
      expect(call(id, ...args)).toEqual({ code, message: "" });
    });

    it("speaks Dutch when Office's display language is Dutch", () => {
      const r = f.withLanguage("nl-NL", () => call("PLANCAPACITY_RATIO", [[-1]], [[5]]));
      expect(r).toEqual({ code: "#VALUE!", message: "plan_capacity mag niet negatief zijn." });
      const path = f.withLanguage("nl-NL", () => value("SHORTAGE_PATH", [[75000]]) as unknown[][]);
      expect(path[0]).toEqual(["jaar", "tekort", "voorraad", "aandeel"]);
      const fig = f.withLanguage("nl-BE", () => call("FIGURE", ["xx.onbekend"]));
      expect((fig as { message: string }).message).toMatch(
        /^Onbekend kengetal "xx.onbekend". Bedoelt u:/
      );
    });
  });
}
