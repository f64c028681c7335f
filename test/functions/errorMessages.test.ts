/**
 * The Excel errors the WONINGBOUW functions give (src/functions/functions.ts): every wrong
 * argument is named in the message, each cell of a range keeps its own error, one mistake
 * repeated down a column is one shared error object, and what a function body raises is an
 * Excel error, never an exception.
 */
import { fromSource, type FunctionsUnderTest } from "../support/functionsUnderTest";

const f: FunctionsUnderTest = fromSource();

type Shown = { code: string; message: string };

/** The error a call gives (thrown, as a scalar call shows it), in English Excel. */
function errorOf(id: string, ...args: unknown[]): Shown {
  return f.withLanguage("en-US", () => {
    try {
      const r = (f.fns.get(id) as (...a: unknown[]) => unknown)(...args);
      throw new Error(`${id} returned ${JSON.stringify(r)}`);
    } catch (e) {
      if (!(e instanceof f.ErrorClass)) throw e;
      return { code: e.code, message: e.message ?? "" };
    }
  });
}

/** The cells a call spills, in English Excel. */
function spill(id: string, ...args: unknown[]): unknown[][] {
  return f.withLanguage(
    "en-US",
    () => (f.fns.get(id) as (...a: unknown[]) => unknown)(...args) as unknown[][]
  );
}

function shown(cell: unknown): Shown {
  if (!(cell instanceof f.ErrorClass)) throw new Error(`not an error cell: ${String(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

const RAGGED = [[1], [1, 2]];
const TEXT = [["veel"]];
const ROW = [[0.1, 0.2]];

describe("every wrong argument is named in its message", () => {
  const cases: Array<[string, unknown[], string]> = [
    ["PLANCAPACITY_RATIO", [RAGGED, [[1]]], "plan_capacity: the rows"],
    ["PLANCAPACITY_RATIO", [[[1]], RAGGED], "need: the rows"],
    ["PLANCAPACITY_RATIO", [TEXT, [[1]]], "plan_capacity must be a number"],
    ["PLANCAPACITY_RATIO", [[[1]], TEXT], "need must be a number"],
    ["PLANCAPACITY_GAP", [RAGGED, [[1]]], "plan_capacity: the rows"],
    ["PLANCAPACITY_GAP", [[[1]], RAGGED], "need: the rows"],
    ["PLANCAPACITY_GAP", [[[1]], [[1]], RAGGED], "norm: the rows"],
    ["PLANCAPACITY_GAP", [TEXT, [[1]]], "plan_capacity must be a number"],
    ["PLANCAPACITY_GAP", [[[1]], TEXT], "need must be a number"],
    ["PLANCAPACITY_GAP", [[[1]], [[1]], TEXT], "norm must be a number"],
    ["SHORTAGE_2035", [TEXT], "production must be a number"],
    ["SHORTAGE_2035", [RAGGED], "production: the rows"],
    ["SHORTAGE_PATH", [RAGGED], "production: the rows"],
    ["SHORTAGE_2035", [[[75000]], RAGGED], "withdrawals: the rows"],
    ["PRODUCTION_NEEDED", [RAGGED], "target_share: the rows"],
    ["TRANCHE_REMAINING", [RAGGED], "tranche: the rows"],
    ["FIGURE", [RAGGED], "id: the rows"],
    ["SHORTAGE_2035", [[[75000]], TEXT], "withdrawals must be a number"],
    ["SHORTAGE_2035", [[[75000]], null, TEXT], "start_shortage must be a number"],
    ["SHORTAGE_2035", [[[75000]], null, ROW], "start_shortage takes one value"],
    ["SHORTAGE_2035", [[[75000]], null, null, TEXT], "start_stock must be a number"],
    ["SHORTAGE_2035", [[[75000]], null, null, ROW], "start_stock takes one value"],
    ["SHORTAGE_2035", [[[75000]], null, null, null, TEXT], "demand_growth must be a number"],
    ["PRODUCTION_NEEDED", [ROW], "target_share takes one value"],
    ["PRODUCTION_NEEDED", [TEXT], "target_share must be a number"],
    ["PRODUCTION_NEEDED", [[[0.02]], TEXT], "target_year must be a number"],
    ["PRODUCTION_NEEDED", [[[0.02]], null, TEXT], "withdrawals must be a number"],
    ["PRODUCTION_NEEDED", [[[0.02]], null, null, TEXT], "start_shortage must be a number"],
    ["PRODUCTION_NEEDED", [[[0.02]], null, null, null, TEXT], "start_stock must be a number"],
    ["PRODUCTION_NEEDED", [[[0.02]], null, null, null, null, TEXT], "demand_growth must be a"],
    ["TRANCHE_REMAINING", [ROW], "tranche takes one value"],
    ["TRANCHE_REMAINING", [TEXT], "tranche must be a number"],
    ["TRANCHE_REMAINING", [[[2]], null, ROW], "budget takes one value"],
    ["TRANCHE_REMAINING", [[[2]], null, TEXT], "budget must be a number"],
    ["FIGURE", [[["zh.plancapaciteit", "x"]]], "id takes one value"],
    ["FIGURE", ["zh.plancapaciteit", [["value", "unit"]]], "field takes one value"],
  ];
  it.each(cases)("%s(%j): %s", (id, args, start) => {
    const e = errorOf(id, ...args);
    expect(e.code).toBe("#VALUE!");
    expect(e.message.startsWith(start)).toBe(true);
  });
});

describe("each cell of a range keeps its own error", () => {
  it("a mistake in one row is an error in that row only; the others are results", () => {
    const column = spill("PLANCAPACITY_RATIO", [["veel"], [1]], [[2], [2]]);
    expect(shown(column[0][0]).code).toBe("#VALUE!");
    expect(column[1][0]).toBe(0.5);
    const row = spill("PLANCAPACITY_RATIO", [["veel", 1]], [[2, 2]]);
    expect(shown(row[0][0]).code).toBe("#VALUE!");
    expect(row[0][1]).toBe(0.5);
  });

  it("different mistakes in one call give different messages: by parameter and by text", () => {
    const byParam = spill("PLANCAPACITY_RATIO", [["x"], [1]], [[1], ["x"]]);
    expect(shown(byParam[0][0]).message).toMatch(/^plan_capacity must be a number, not "x"/);
    expect(shown(byParam[1][0]).message).toMatch(/^need must be a number, not "x"/);
    const byText = spill("PLANCAPACITY_RATIO", [["x"], ["y"]], [[1], [1]]);
    expect(shown(byText[0][0]).message).toMatch(/not "x"/);
    expect(shown(byText[1][0]).message).toMatch(/not "y"/);
  });

  it("error values from cells pass on each with its own code and message", () => {
    const codes = spill("PLANCAPACITY_RATIO", [[{ code: "#N/A" }], [{ code: "#NULL!" }]], [[1]]);
    expect(codes.map((r) => shown(r[0]).code)).toEqual(["#N/A", "#NULL!"]);
    const messages = spill(
      "PLANCAPACITY_RATIO",
      [[{ code: "#N/A", message: "no data yet" }], [{ code: "#N/A", message: "not published" }]],
      [[1]]
    );
    expect(messages.map((r) => shown(r[0]).message)).toEqual(["no data yet", "not published"]);
  });

  it("an error value keeps its own message; without one the message names the input and code", () => {
    expect(
      errorOf("PLANCAPACITY_RATIO", [[{ code: "#VALUE!", message: "from the cell" }]], [[1]])
    ).toEqual({ code: "#VALUE!", message: "from the cell" });
    expect(errorOf("PLANCAPACITY_RATIO", [[1]], [[{ code: "#N/A" }]])).toEqual({
      code: "#N/A",
      message: "need: the cell holds the error #N/A.",
    });
  });
});

describe("one mistake down a column is one error object", () => {
  it("the same mistake in many cells shares one error", () => {
    const column = spill("PLANCAPACITY_RATIO", [["veel"], ["veel"], ["veel"]], [[1]]);
    expect(column[1][0]).toBe(column[0][0]);
    expect(column[2][0]).toBe(column[0][0]);
  });

  it("at most 1,000 different errors are kept for sharing; later ones are built each time", () => {
    const texts = Array.from({ length: 1001 }, (_, i) => [`t${i}`]);
    const column = spill("PLANCAPACITY_RATIO", [...texts, ["t0"], ["t1000"]], [[1]]);
    expect(column[1001][0]).toBe(column[0][0]);
    expect(column[1002][0]).not.toBe(column[1000][0]);
    expect(shown(column[1002][0])).toEqual(shown(column[1000][0]));
  });
});

describe("what a function body raises is an Excel error", () => {
  it("an exception from an argument is #VALUE! saying what went wrong", () => {
    const hostile = {
      toString(): string {
        throw new Error("no text for this value");
      },
    };
    expect(errorOf("FIGURE", hostile)).toEqual({
      code: "#VALUE!",
      message: "Internal error: no text for this value",
    });
  });
});

describe("TRANCHE_REMAINING's awards", () => {
  it("left out (null or not passed at all) means the awards the letter records", () => {
    const fn = f.fns.get("TRANCHE_REMAINING") as (...a: unknown[]) => unknown;
    const run = (...args: unknown[]) => f.withLanguage("en-US", () => fn(...args));
    expect(run([[1]], undefined, [[400e6]])).toBe(110e6);
    expect(run([[1]], null, [[400e6]])).toBe(110e6);
  });
});
