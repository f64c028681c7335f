/**
 * How Excel's arguments become the model's inputs (src/functions/coerce.ts): which values
 * count as numbers, blanks, flags and error values, how a range is read, and how a call over
 * ranges gives one result per cell.
 */
import { ModelError } from "../../src/model/errors";
import {
  PassedError,
  amounts,
  asMatrix,
  elementwise,
  numberProblem,
  omitted,
  optionalFlag,
  passErrors,
  pathArg,
  scalar,
} from "../../src/functions/coerce";

/** What `body` threw (fails when it returned). */
function thrown(body: () => unknown): unknown {
  try {
    body();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

function modelError(e: unknown): { key: string; params: Record<string, unknown> } {
  if (!(e instanceof ModelError)) throw new Error(`expected a ModelError, got ${String(e)}`);
  return { key: e.key, params: { ...e.params } };
}

describe("error values from cells", () => {
  it("an error object with a # code passes on with its code, parameter and message", () => {
    const e = thrown(() => passErrors({ code: "#N/A", message: "no data" }, "need"));
    expect(e).toBeInstanceOf(PassedError);
    expect(e).toEqual(new PassedError("#N/A", "need", "no data"));
  });

  it("the data-type form of an error ({ type: 'Error', basicValue: '#DIV/0!' }) passes on", () => {
    const e = thrown(() => passErrors({ type: "Error", basicValue: "#DIV/0!" }, "need"));
    expect(e).toEqual(new PassedError("#DIV/0!", "need", undefined));
    expect(numberProblem({ type: "Error", basicValue: "#REF!" }, "need")).toEqual(
      new PassedError("#REF!", "need", undefined)
    );
  });

  it("an object that only looks like an error is not one: its code or value must start with #", () => {
    for (const v of [
      { code: "N/A" },
      { type: "Error", basicValue: "N/A" },
      { type: "String", basicValue: "#N/A" },
      { type: "Error", basicValue: 7 },
    ]) {
      expect(() => passErrors(v, "need")).not.toThrow();
      expect(modelError(numberProblem(v, "need")).key).toBe("notNumber");
    }
  });
});

describe("numberProblem: why a value is not a usable number", () => {
  it("a finite number has none", () => {
    expect(numberProblem(0, "need")).toBeNull();
    expect(numberProblem(-2.5, "need")).toBeNull();
  });

  it("NaN and the infinities are no number, named as they are", () => {
    expect(modelError(numberProblem(Number.NaN, "need"))).toEqual({
      key: "notNumber",
      params: { param: "need", got: "NaN" },
    });
    expect(modelError(numberProblem(-Infinity, "need")).params.got).toBe("-Infinity");
  });

  it("a blank (null, undefined, empty text) is 'no value' for its parameter", () => {
    for (const v of [null, undefined, ""])
      expect(modelError(numberProblem(v, "need"))).toEqual({
        key: "blank",
        params: { param: "need" },
      });
  });

  it("text is echoed back whole up to 40 characters, longer text cut to 37 and an ellipsis", () => {
    const forty = "x".repeat(40);
    expect(modelError(numberProblem(forty, "need")).params.got).toBe(forty);
    const long = "abcdefghij".repeat(5);
    expect(modelError(numberProblem(long, "need")).params.got).toBe(`${long.slice(0, 37)}…`);
  });
});

describe("asMatrix: any argument as rows of cells", () => {
  it("a scalar is one cell, a flat list one row, an empty list one empty row", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
    expect(asMatrix([])).toEqual([[]]);
  });

  it("a list mixing rows and cells is one row, not rows", () => {
    expect(asMatrix([[1], 2])).toEqual([[[1], 2]]);
  });

  it("rows of different lengths are refused, named by the parameter ('range' unless given)", () => {
    expect(modelError(thrown(() => asMatrix([[1], [1, 2]])))).toEqual({
      key: "ragged",
      params: { param: "range" },
    });
    expect(modelError(thrown(() => asMatrix([[1, 2], [3]], "need"))).params).toEqual({
      param: "need",
    });
  });
});

describe("scalar: one value", () => {
  it("a cell or a 1×1 range gives its value; an error value in it passes on", () => {
    expect(scalar(7, "year")).toBe(7);
    expect(scalar([[7]], "year")).toBe(7);
    expect(thrown(() => scalar([[{ code: "#N/A" }]], "year"))).toEqual(
      new PassedError("#N/A", "year", undefined)
    );
  });

  it("a larger range is refused with its size", () => {
    expect(modelError(thrown(() => scalar([[1, 2]], "year")))).toEqual({
      key: "notScalar",
      params: { param: "year", rows: 1, cols: 2 },
    });
    expect(modelError(thrown(() => scalar([[1], [2], [3]], "year"))).params).toMatchObject({
      rows: 3,
      cols: 1,
    });
  });
});

describe("optionalFlag: TRUE or FALSE", () => {
  it("a number counts as Excel counts it: 0 is FALSE, any other TRUE", () => {
    expect(optionalFlag(0, "header", true)).toBe(false);
    expect(optionalFlag(1, "header", false)).toBe(true);
    expect(optionalFlag([[-3]], "header", false)).toBe(true);
  });

  it("text and NaN are refused, not taken for TRUE", () => {
    for (const v of ["yes", Number.NaN])
      expect(modelError(thrown(() => optionalFlag(v, "header", true))).key).toBe("notFlag");
  });
});

describe("omitted: left out or only blank cells", () => {
  it("a blank, or a range of blanks, is omitted; a value or a range with one is not", () => {
    expect(omitted(undefined, "id")).toBe(true);
    expect(omitted([["", null]], "id")).toBe(true);
    expect(omitted(0, "id")).toBe(false);
    expect(omitted("x", "id")).toBe(false);
    expect(omitted([["", 1]], "id")).toBe(false);
  });
});

describe("pathArg: yearly values", () => {
  it("a row and a column give the same path; trailing blanks are ignored", () => {
    const fallback = 0;
    expect(pathArg([[1, 2, "", null]], "production", fallback)).toEqual(
      pathArg([[1], [2], [""], [null]], "production", fallback)
    );
  });

  it("a blank inside the values is refused at its position (counted from 1)", () => {
    expect(modelError(thrown(() => pathArg([[1, "", 3]], "production", 0)))).toEqual({
      key: "pathGap",
      params: { param: "production", index: 2 },
    });
  });

  it("a block of several rows and columns is refused with its size", () => {
    expect(
      modelError(
        thrown(() =>
          pathArg(
            [
              [1, 2],
              [3, 4],
            ],
            "production",
            0
          )
        )
      )
    ).toEqual({
      key: "pathShape",
      params: { param: "production", got: "2×2" },
    });
  });
});

describe("amounts: the numbers of a range, as SUM reads it", () => {
  it("skips blanks, TRUE/FALSE and text such as a header or a note with a number in it", () => {
    expect(
      amounts(
        [["Toekenning 2021"], [5], [true], [null], ["12 woningen"], ["Q1"], ["x5"], [7]],
        "awarded"
      )
    ).toEqual([5, 7]);
  });

  it("refuses a number typed as text, in each way people write one", () => {
    for (const text of ["1.000.000", "€5.000", "€ 5,5", "1 000 000", "-200", "- 200", " -5", "12%"])
      expect(modelError(thrown(() => amounts([[text]], "awarded")))).toEqual({
        key: "numberAsText",
        params: { param: "awarded", got: text },
      });
  });

  it("passes an error value on", () => {
    expect(thrown(() => amounts([[1], [{ code: "#REF!" }]], "awarded"))).toEqual(
      new PassedError("#REF!", "awarded", undefined)
    );
  });
});

describe("elementwise: one result per cell", () => {
  const ratio = (c: readonly unknown[]) => (c[0] as number) / (c[1] as number);
  const onError = (e: unknown) => ({ error: e instanceof ModelError ? e.key : String(e) });

  it("a 1×n range gives n results, a 1×1 argument broadcasting", () => {
    expect(elementwise([[[2, 4]], [[2]]], ratio, onError, ["a", "b"])).toEqual([[1, 2]]);
    expect(elementwise([[[6]], [[2, 3]]], ratio, onError, ["a", "b"])).toEqual([[3, 2]]);
  });

  it("a cell that is text or NaN is an error in its place; the function never sees it", () => {
    const seen: unknown[] = [];
    const fn = (c: readonly unknown[]) => {
      seen.push(c[0]);
      return 1;
    };
    expect(elementwise([[["x"]], [[1]]], fn, onError, ["a", "b"])).toEqual([
      [{ error: "notNumber" }],
    ]);
    expect(elementwise([[[Number.NaN]], [[1]]], fn, onError, ["a", "b"])).toEqual([
      [{ error: "notNumber" }],
    ]);
    expect(elementwise([[[1, "x"]], [[1]]], fn, onError, ["a", "b"])).toEqual([
      [1, { error: "notNumber" }],
    ]);
    expect(seen).toEqual([1]);
  });

  it("what the function throws becomes the cell's error, in a single cell and in a range", () => {
    const fn = () => {
      throw new ModelError("negative", { param: "a" });
    };
    expect(elementwise([[[1]]], fn, onError, ["a"])).toEqual([[{ error: "negative" }]]);
    expect(elementwise([[[1], [2]]], fn, onError, ["a"])).toEqual([
      [{ error: "negative" }],
      [{ error: "negative" }],
    ]);
  });

  it("a blank required cell (null, undefined or empty) gives a blank result in its place", () => {
    const out = elementwise([[[1, null, 2, undefined, ""]], [[1]]], ratio, onError, ["a", "b"]);
    expect(out).toEqual([[1, "", 2, "", ""]]);
    expect(elementwise([[["", 4]], [[2]]], ratio, onError, ["a", "b"])).toEqual([["", 2]]);
  });

  it("a blank optional cell reaches the function, which gives it its default", () => {
    const withDefault = (c: readonly unknown[]) => (c[0] as number) * (c[1] === "" ? 10 : 1);
    expect(elementwise([[[1, 2]], [[""]]], withDefault, onError, ["a"])).toEqual([[10, 20]]);
    expect(elementwise([[[3]], [[""]]], withDefault, onError, ["a"])).toEqual([[30]]);
  });

  it("rows that are blank stay blank when another row has results", () => {
    const out = elementwise(
      [
        [
          ["", 4],
          ["", ""],
          [6, ""],
        ],
        [[2]],
      ],
      ratio,
      onError,
      ["a", "b"]
    );
    expect(out).toEqual([
      ["", 2],
      ["", ""],
      [3, ""],
    ]);
  });

  it("ranges of different shapes are refused, naming both shapes", () => {
    for (const [a, b, shapes] of [
      [[[1, 2, 3]], [[1, 2]], { a: "1×3", b: "1×2" }],
      [
        [[1], [2]],
        [
          [1, 2],
          [3, 4],
        ],
        { a: "2×1", b: "2×2" },
      ],
      [
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
        { a: "1×2", b: "2×2" },
      ],
    ] as const)
      expect(
        modelError(thrown(() => elementwise([a as never, b as never], ratio, onError, ["a", "b"])))
      ).toEqual({ key: "shapeMismatch", params: shapes });
  });

  it("a range without cells is refused", () => {
    for (const empty of [[], [[]]])
      expect(
        modelError(thrown(() => elementwise([[[1, 2]], empty], ratio, onError, ["a", "b"]))).key
      ).toBe("emptyRange");
  });
});
