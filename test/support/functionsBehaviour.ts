/**
 * What every WONINGBOUW function must do, as one suite run against the source and against
 * the built bundle.
 */
import type { FunctionsUnderTest } from "./functionsUnderTest";
import { DATASET_VERSION } from "../../src/data/dataset";

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
    it("SHORTAGE_2035: 70,000 at 85,000 a year, 220,000 at 75,000, 180,000 on the path of 845,000 to 2030", () => {
      expect(value("SHORTAGE_2035", [[85000]])).toBeCloseTo(70000, 6);
      expect(value("SHORTAGE_2035", [[75000]], null, null, null, null)).toBeCloseTo(220000, 6);
      const letterPath = [...Array(10).fill(84500), 64000].map((v) => [v]);
      expect(value("SHORTAGE_2035", letterPath)).toBeCloseTo(180000, 6);
    });
    it("SHORTAGE_PATH: the trend path reaches 420,000 in 2025, the 845,000-to-2030 path 2.01% in 2035", () => {
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
    it("SHORTAGE_PATH with header FALSE spills the years' rows only, in every language", () => {
      const withHeader = value("SHORTAGE_PATH", [[75000]]) as unknown[][];
      for (const lang of ["nl-NL", "en-US"]) {
        const rows = f.withLanguage(
          lang,
          () => value("SHORTAGE_PATH", [[75000]], null, null, null, null, [[false]]) as unknown[][]
        );
        expect(rows).toEqual(withHeader.slice(1));
        expect(rows[0][0]).toBe(2020);
      }
      expect(value("SHORTAGE_PATH", [[75000]], null, null, null, null, [[0]])).toHaveLength(16);
      expect(value("SHORTAGE_PATH", [[75000]], null, null, null, null, [[true]])).toHaveLength(17);
      expect(value("SHORTAGE_PATH", [[75000]], null, null, null, null, [[""]])).toHaveLength(17);
      expect(call("SHORTAGE_PATH", [[75000]], null, null, null, null, [["nee"]])).toEqual({
        code: "#VALUE!",
        message: 'header must be TRUE or FALSE, not "nee".',
      });
      expect(
        f.withLanguage("nl-NL", () =>
          call("SHORTAGE_PATH", [[75000]], null, null, null, null, [["nee"]])
        )
      ).toEqual({ code: "#VALUE!", message: 'kopregel moet WAAR of ONWAAR zijn, niet "nee".' });
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
      // the 331,000 sentence is NOS's report of the Staat van de Woningmarkt, cited as NOS's
      expect(value("FIGURE", "param.tekort_2020", "source")).toMatch(
        /^NOS, .* \(2020-06\) https:\/\/nos.nl\//
      );
      expect(value("FIGURE", "dataset.version")).toBe(DATASET_VERSION);
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
        /production takes one number or one row or column of yearly values, not a 2×2 range/,
      ],
      ["SHORTAGE_2035", [[[70000]], null, null, [[0]]], "#VALUE!", /stock must be/],
      [
        "SHORTAGE_PATH",
        [[[70000]], [[1, 2]], [[5, 6]]],
        "#VALUE!",
        /start_shortage takes one value/,
      ],
      ["TRANCHE_REMAINING", [[[3]]], "#N/A", /Unknown tranche 3/],
      ["TRANCHE_REMAINING", [[[1]]], "#N/A", /does not give tranche 1's budget/],
      ["TRANCHE_REMAINING", [[[2]], [[-1]]], "#VALUE!", /awarded must not be negative/],
      ["TRANCHE_REMAINING", [[[2]], [["1.000.000"]]], "#VALUE!", /"1\.000\.000" is text/],
      ["TRANCHE_REMAINING", [[[2]], [["€ 5"]]], "#VALUE!", /awarded: "€ 5" is text/],
      ["FIGURE", ["zh.plancapacitet"], "#N/A", /Did you mean: zh\.plancapaciteit/],
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
      // the parameter by the name Dutch Excel shows (plancapaciteit, not plan_capacity)
      expect(r).toEqual({ code: "#VALUE!", message: "plancapaciteit mag niet negatief zijn." });
      const path = f.withLanguage("nl-NL", () => value("SHORTAGE_PATH", [[75000]]) as unknown[][]);
      expect(path[0]).toEqual(["jaar", "tekort", "voorraad", "aandeel"]);
      const fig = f.withLanguage("nl-BE", () => call("FIGURE", ["xx.onbekend"]));
      expect((fig as { message: string }).message).toMatch(
        /^Onbekend kengetal "xx.onbekend". Bedoelt u:/
      );
    });
  });

  describe("one answer per question", () => {
    /** What a cell shows: a value, or an error's code and message. */
    const shown = (v: unknown): unknown =>
      v instanceof f.ErrorClass ? { code: v.code, message: v.message ?? "" } : v;
    const outcome = (id: string, ...args: unknown[]): unknown => {
      const r = call(id, ...args);
      return "ok" in r ? r.ok : r;
    };
    const BLANKS: unknown[] = ["", null, [[""]], [[null]], [[""], [null]]];

    it("a blank required input gives a blank result in every function, whatever is given once", () => {
      // each required argument blank in turn, the others given once (a cell or a constant)
      const given: Array<[string, unknown[]]> = [
        ["PLANCAPACITY_RATIO", [[[187000]], [[204000]]]],
        ["PLANCAPACITY_GAP", [[[187000]], [[204000]], [[1.5]]]],
        ["SHORTAGE_2035", [[[75000]], [[6000]]]],
        ["SHORTAGE_PATH", [[[75000]], [[6000]]]],
        ["PRODUCTION_NEEDED", [[[0.02]], [[2030]]]],
        ["TRANCHE_REMAINING", [[[2]], [[1e6]], [[225e6]]]],
        ["FIGURE", ["zh.plancapaciteit", "unit"]],
      ];
      const required: Record<string, number> = {
        PLANCAPACITY_RATIO: 2,
        PLANCAPACITY_GAP: 2,
        SHORTAGE_2035: 1,
        SHORTAGE_PATH: 1,
        PRODUCTION_NEEDED: 1,
        TRANCHE_REMAINING: 1,
        FIGURE: 1,
      };
      for (const [id, args] of given)
        for (let k = 0; k < required[id]; k++)
          for (const blank of BLANKS) {
            const withBlank = args.map((a, i) => (i === k ? blank : a));
            const out = outcome(id, ...withBlank);
            const cells = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
            const cell = cells.every((c) => c === "") ? "" : out;
            expect([id, k, blank, cell]).toEqual([id, k, blank, ""]);
          }
      // PLANCAPACITY_GAP(blank; blank; 1,5) and (blank; blank) agree
      expect(outcome("PLANCAPACITY_GAP", [[""]], [[""]], [[1.5]])).toEqual(
        outcome("PLANCAPACITY_GAP", [[""]], [[""]])
      );
    });

    it("filled down and spilled give the same cells, blank rows included, for every row of inputs", () => {
      const rowValues: unknown[] = [187000, "", null, 0, -5, "veel", true, 1e308, 204000];
      const once = [[[100000]], [[1.3]]];
      for (const id of ["PLANCAPACITY_RATIO", "PLANCAPACITY_GAP"]) {
        for (const rowArg of [0, 1]) {
          const column = rowValues.map((v) => [v]);
          const args = (cell: unknown[][]) =>
            rowArg === 0
              ? [cell, ...once].slice(0, id === "PLANCAPACITY_RATIO" ? 2 : 3)
              : [once[0], cell, once[1]].slice(0, id === "PLANCAPACITY_RATIO" ? 2 : 3);
          const spilled = (value(id, ...args(column)) as unknown[][]).map((r) => shown(r[0]));
          const filled = rowValues.map((v) => {
            const out = outcome(id, ...args([[v]]));
            return Array.isArray(out) ? shown((out as unknown[][])[0][0]) : out;
          });
          expect([id, rowArg, spilled]).toEqual([id, rowArg, filled]);
        }
      }
    });

    it("PLANCAPACITY_GAP is ≤ 0 exactly when PLANCAPACITY_RATIO meets the norm, for any norm", () => {
      const cases: Array<[number, number, number]> = [
        [7.7, 7, 1.1],
        [130, 100, 1.3],
        [0.3, 0.1, 3],
        [1, 3, 1 / 3],
        [187000, 204000, 0.9166666666666666],
        [10, 7, 10 / 7],
      ];
      let seed = 7;
      const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      for (let i = 0; i < 2000; i++) {
        const need = Math.round(rand() * 1e6) / (1 + Math.floor(rand() * 100));
        const norm = Math.round(rand() * 300) / 100;
        cases.push([Math.round(need * norm * 1000) / 1000, need, norm]);
      }
      for (const [cap, need, norm] of cases) {
        if (need === 0) continue;
        const ratio = num(value("PLANCAPACITY_RATIO", [[cap]], [[need]]));
        const gap = num(value("PLANCAPACITY_GAP", [[cap]], [[need]], [[norm]]));
        expect([cap, need, norm, gap <= 0]).toEqual([cap, need, norm, ratio >= norm]);
      }
      expect(num(value("PLANCAPACITY_GAP", [[7.7]], [[7]], [[1.1]]))).toBe(0);
    });

    it("PRODUCTION_NEEDED is 0 where the needed production is 0 within the model's precision", () => {
      const G = [...Array(5).fill(78800), ...Array(5).fill(60600), ...Array(5).fill(45400)];
      for (const share of [0.011, 0.02, 0.03, 0.07, 0.29, 0.57])
        for (const year of [2021, 2022, 2025, 2030, 2034, 2035]) {
          const n = year - 2020;
          const sumG = G.slice(0, n).reduce((a, b) => a + b, 0);
          // the start shortage at which no building at all reaches the target
          const start = share * 7892000 - sumG - (1 + share) * 6000 * n;
          expect([
            share,
            year,
            value("PRODUCTION_NEEDED", [[share]], [[year]], null, [[start]]),
          ]).toEqual([share, year, 0]);
        }
    });

    it("messages write shares and amounts as a person would, in the session's language", () => {
      for (const share of [0.07, 0.29, 0.57]) {
        const en = call("PRODUCTION_NEEDED", [[share]], [[2021]]) as { message: string };
        expect(en.message).toContain(`A shortage of ${Math.round(share * 100)}% in 2021`);
        expect(en.message).toMatch(/production is −\d{1,3}(,\d{3})* a year/);
        const nl = f.withLanguage("nl-NL", () =>
          call("PRODUCTION_NEEDED", [[share]], [[2021]])
        ) as { message: string };
        expect(nl.message).toContain(`Een tekort van ${Math.round(share * 100)}% in 2021`);
        expect(nl.message).toMatch(/productie is −\d{1,3}(\.\d{3})* per jaar/);
      }
      const half = call("PRODUCTION_NEEDED", [[0.125]], [[2021]]) as { message: string };
      expect(half.message).toContain("12.5%");
      const nlHalf = f.withLanguage("nl-BE", () =>
        call("PRODUCTION_NEEDED", [[0.125]], [[2021]])
      ) as { message: string };
      expect(nlHalf.message).toContain("12,5%");
    });

    it("an amounts range is read as SUM reads it: a header, notes and TRUE/FALSE skipped, a number typed as text refused by name", () => {
      const column = [["Toegekend"], [100e6], [""], [true], ["zie notitie"], [25e6], [null]];
      expect(value("TRANCHE_REMAINING", [[2]], column)).toBe(100e6);
      const nl = f.withLanguage("nl-NL", () =>
        call("TRANCHE_REMAINING", [[2]], [["Toegekend"], ["1.000.000"]])
      ) as { code: string; message: string };
      expect(nl.code).toBe("#VALUE!");
      expect(nl.message).toMatch(/^toegekend: "1\.000\.000" is tekst, geen getal/);
    });
  });

  describe("every input a worksheet can send", () => {
    const ErrorLike = (code: string, message?: string) =>
      new f.ErrorClass(...([code, message] as never[]));

    it.each(["constructor", "__proto__", " Constructor ", "toString", "hasOwnProperty"])(
      "FIGURE(%j) is an unknown figure, never a JavaScript internal",
      (id) => {
        expect(call("FIGURE", id)).toMatchObject({ code: "#N/A" });
        expect(call("FIGURE", "zh.plancapaciteit", id)).toMatchObject({ code: "#VALUE!" });
        expect(call("FIGURE", "dataset.version", id)).toMatchObject({ code: "#VALUE!" });
      }
    );

    it("an unknown field is #VALUE! for figures and dataset facts alike; a missing one #N/A", () => {
      expect(call("FIGURE", "dataset.version", "colour")).toMatchObject({ code: "#VALUE!" });
      expect(call("FIGURE", "dataset.version", "unit")).toMatchObject({ code: "#N/A" });
    });

    it("PRODUCTION_NEEDED says a target is met without building instead of a negative production", () => {
      for (const args of [[[[0.2]]], [[[0.06]], [[2021]]]]) {
        const r = call("PRODUCTION_NEEDED", ...args);
        expect(r).toMatchObject({ code: "#N/A" });
        expect((r as { message: string }).message).toMatch(/without building anything/);
      }
    });

    it("SHORTAGE_2035 and SHORTAGE_PATH agree on extreme inputs", () => {
      const depleted = [[[0]], [[1000000]]];
      expect(call("SHORTAGE_2035", ...depleted)).toEqual(call("SHORTAGE_PATH", ...depleted));
      expect(call("SHORTAGE_2035", ...depleted)).toMatchObject({ code: "#VALUE!" });
      expect((call("SHORTAGE_2035", ...depleted) as { message: string }).message).toMatch(
        /falls to 0 or below in 2028/ // 7,892,000 − 8 × 1,000,000
      );
      const tiny = [[[75000]], null, null, [[5e-324]]];
      expect(call("SHORTAGE_2035", ...tiny)).toEqual(call("SHORTAGE_PATH", ...tiny));
    });

    it("a negative start shortage (a surplus) is allowed and computed", () => {
      expect(value("SHORTAGE_2035", [[85000]], null, [[-10000]])).toBeCloseTo(70000 - 341000, 6);
    });

    it("whole columns: blank rows give blank results, rows with inputs give results", () => {
      const n = 1048576;
      const plan: unknown[][] = Array.from({ length: n }, () => [null]);
      const need: unknown[][] = Array.from({ length: n }, () => [""]);
      plan[1] = [187000];
      need[1] = [204000];
      plan[5] = [100];
      const out = value("PLANCAPACITY_RATIO", plan, need) as unknown[][];
      expect(out).toHaveLength(n);
      expect(out[0][0]).toBe("");
      expect(out[1][0]).toBeCloseTo(0.916667, 6);
      expect(out[5][0]).toBe(""); // a row with a need still to fill in
      expect(out[n - 1][0]).toBe("");
      const withScalar = value("PLANCAPACITY_RATIO", plan.slice(0, 10), [[1000]]) as unknown[][];
      expect(withScalar[0][0]).toBe("");
      expect(withScalar[1][0]).toBe(187);
    });

    it("an error in an input cell passes on, as in Excel's own functions", () => {
      expect(call("PLANCAPACITY_RATIO", [[ErrorLike("#N/A")]], [[5]])).toMatchObject({
        code: "#N/A",
      });
      const spill = value(
        "PLANCAPACITY_RATIO",
        [[1], [ErrorLike("#DIV/0!")]],
        [[2], [2]]
      ) as unknown[][];
      expect(cellError(spill[1][0]).code).toBe("#DIV/0!");
      expect(call("SHORTAGE_2035", [[ErrorLike("#NUM!")]])).toMatchObject({ code: "#NUM!" });
      // every code a function may return passes on as itself (CustomFunctions.ErrorCode:
      // #NAME? and #REF! are "supported as custom function input errors but not as output")
      for (const code of ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"])
        expect(call("SHORTAGE_2035", [[ErrorLike(code)]])).toMatchObject({ code });
      expect(call("SHORTAGE_2035", [[ErrorLike("#NAME?")]])).toMatchObject({ code: "#VALUE!" });
      expect(call("FIGURE", ErrorLike("#N/A"))).toMatchObject({ code: "#N/A" });
      // #REF! cannot be a result: #VALUE!, saying which input holds it
      const ref = call("TRANCHE_REMAINING", [[2]], [[ErrorLike("#REF!")]]);
      expect(ref).toMatchObject({ code: "#VALUE!" });
      expect((ref as { message: string }).message).toMatch(
        /awarded: the cell holds the error #REF!/
      );
    });

    it("names the parameter that is wrong, never echoing a long text whole", () => {
      const long = "x".repeat(32000);
      const r = call("PLANCAPACITY_RATIO", [[long]], [[5]]) as { message: string };
      expect(r.message).toMatch(/^plan_capacity must be a number/);
      expect(r.message.length).toBeLessThan(120);
      const unknown = call("FIGURE", "y".repeat(32767)) as { message: string };
      expect(unknown.message.length).toBeLessThan(300);
      const depleted = call("SHORTAGE_2035", [[0]], [[1000000]]) as { message: string };
      expect(depleted.message).not.toMatch(/start_stock/);
    });

    it("a required input given as an all-blank range is a blank one (a blank result); a path of the wrong shape names its parameter", () => {
      expect(value("SHORTAGE_2035", [[""], [null], [""]])).toBe("");
      expect(value("SHORTAGE_2035", [[""]])).toBe("");
      const shape = call(
        "SHORTAGE_2035",
        [[80000]],
        [
          [1, 2],
          [3, 4],
        ]
      ) as { message: string };
      expect(shape.message).toMatch(/^withdrawals takes one number or one row or column/);
      expect(call("PLANCAPACITY_RATIO", [[1, 2], [3]], [[1]])).toMatchObject({ code: "#VALUE!" });
    });

    it("TRANCHE_REMAINING: an all-blank awarded range means no awards listed, one cell or many", () => {
      expect(value("TRANCHE_REMAINING", [[1]], [[""]], [[500]])).toBe(500);
      expect(value("TRANCHE_REMAINING", [[1]], [[""], [""], [null]], [[500]])).toBe(500);
      expect(value("TRANCHE_REMAINING", [[1]], null, [[500000000]])).toBe(210000000);
    });

    it("never returns -0", () => {
      expect(Object.is(num(value("PLANCAPACITY_GAP", [[130]], [[100]])), -0)).toBe(false);
      expect(Object.is(value("TRANCHE_REMAINING", [[2]], [[225000000]]), -0)).toBe(false);
      expect(Object.is(num(value("PLANCAPACITY_RATIO", [[-0]], [[5]])), -0)).toBe(false);
    });
  });
}
