/**
 * Property-based: whatever Excel passes (numbers of any size, text, booleans, blanks, nulls,
 * ranges of any shape), every function returns a finite number, a string, a well-formed
 * array of those (or error cells), or throws CustomFunctions.Error — never anything else,
 * never NaN or an infinity. Run against the source and the built bundle.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import {
  DIST,
  fromBundle,
  fromSource,
  type FunctionsUnderTest,
} from "../support/functionsUnderTest";

const cell = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 3_000_000 }),
  fc.constantFrom(
    0,
    1,
    2,
    0.02,
    2030,
    2035,
    -1,
    1e308,
    -1e308,
    -0,
    5e-324,
    1900,
    2019,
    2035.5,
    2100
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    "zh.plancapaciteit",
    "value",
    "low",
    "quote",
    "1",
    "€ 290 mln",
    "187.000",
    "1,5 miljard",
    "187,000",
    "constructor",
    "__proto__",
    "x".repeat(33000)
  ),
  fc.boolean(),
  fc.constant(null),
  // error values from cells, as the runtime passes them
  fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!").map((code) => ({
    code,
  }))
);
const range = fc
  .tuple(fc.integer({ min: 1, max: 17 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
  );
const ragged = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), {
  minLength: 2,
  maxLength: 4,
});
const allBlank = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 2 }))
  .map(([r, c]) => Array.from({ length: r }, () => new Array(c).fill("")));
const arg = fc.oneof(
  cell,
  range,
  ragged,
  allBlank,
  fc.constant(undefined),
  fc.constant([[""]]),
  fc.constant([[]]),
  fc.constant([])
);

function wellFormed(v: unknown, ErrorClass: FunctionsUnderTest["ErrorClass"]): boolean {
  const scalarOk = (x: unknown) =>
    (typeof x === "number" && Number.isFinite(x) && !Object.is(x, -0)) ||
    typeof x === "string" ||
    x instanceof ErrorClass;
  if (!Array.isArray(v)) return scalarOk(v);
  if (v.length === 0) return false;
  const width = Array.isArray(v[0]) ? v[0].length : -1;
  return v.every(
    (row) => Array.isArray(row) && row.length === width && width > 0 && row.every(scalarOk)
  );
}

function check(get: () => FunctionsUnderTest) {
  let f: FunctionsUnderTest;
  beforeAll(() => {
    f = get();
  });
  const ids = [
    "PLANCAPACITY_RATIO",
    "PLANCAPACITY_GAP",
    "SHORTAGE_2035",
    "SHORTAGE_PATH",
    "PRODUCTION_NEEDED",
    "TRANCHE_REMAINING",
    "FIGURE",
  ];
  it.each(ids)("%s returns well-formed results or CustomFunctions.Error for any input", (id) => {
    const fn = f.fns.get(id);
    if (!fn) throw new Error(`${id} missing`);
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: 6 }), (args) => {
        let out: unknown;
        try {
          out = fn(...args);
        } catch (e) {
          // a message wherever Excel shows one (#VALUE!, #N/A); none elsewhere
          const shown = e instanceof f.ErrorClass && (e.code === "#VALUE!" || e.code === "#N/A");
          return (
            e instanceof f.ErrorClass &&
            typeof e.code === "string" &&
            (!shown || (typeof e.message === "string" && e.message.length > 0))
          );
        }
        return wellFormed(out, f.ErrorClass) && !(out instanceof Promise);
      }),
      { numRuns: 400 }
    );
  });
}

describe("property: any input gives a number, array or CustomFunctions.Error (source)", () =>
  check(fromSource));

/** The model's own properties, through the functions as a cell calls them. */
function modelProperties(get: () => FunctionsUnderTest) {
  let f: FunctionsUnderTest;
  beforeAll(() => {
    f = get();
  });
  const fn = (id: string) => f.fns.get(id) as (...a: unknown[]) => unknown;
  const attempt = (body: () => unknown): unknown => {
    try {
      return body();
    } catch (e) {
      return e;
    }
  };
  const production = fc.double({ min: 0, max: 400000, noNaN: true });
  const same = (a: unknown, b: unknown) =>
    typeof a === "number" && typeof b === "number"
      ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a))
      : (a as { code?: string })?.code === (b as { code?: string })?.code;

  it("more production never raises the 2035 shortage", () => {
    fc.assert(
      fc.property(production, fc.double({ min: 0, max: 100000, noNaN: true }), (p, d) => {
        const a = attempt(() => fn("SHORTAGE_2035")([[p]]));
        const b = attempt(() => fn("SHORTAGE_2035")([[p + d]]));
        return typeof a !== "number" || typeof b !== "number" || b <= a + 1e-6;
      }),
      { numRuns: 300 }
    );
  });

  it("SHORTAGE_2035 is the 2035 row of SHORTAGE_PATH, for any inputs", () => {
    const v = fc.oneof(production, fc.constantFrom(0, 1e6, 5e-324, 1e308, -50000));
    fc.assert(
      fc.property(v, v, v, v, (p, l, s0, v0) => {
        const args = [[[p]], [[l]], [[s0]], [[v0]]];
        const single = attempt(() => fn("SHORTAGE_2035")(...args));
        const path = attempt(() => fn("SHORTAGE_PATH")(...args));
        const row = Array.isArray(path) ? (path as unknown[][])[16][1] : path;
        return same(single, row);
      }),
      { numRuns: 300 }
    );
  });

  it("PRODUCTION_NEEDED, fed back, reaches the target share in the target year", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        fc.integer({ min: 2021, max: 2035 }),
        (share, year) => {
          const needed = attempt(() => fn("PRODUCTION_NEEDED")([[share]], [[year]]));
          if (typeof needed !== "number") return true;
          const path = fn("SHORTAGE_PATH")([[needed]]) as unknown[][];
          const reached = path[year - 2020 + 1][3] as number;
          return Math.abs(reached - share) < 1e-9;
        }
      ),
      { numRuns: 300 }
    );
  });

  it("elementwise functions return the broadcast shape of their inputs", () => {
    const shaped = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3 }))
      .chain(([r, c]) =>
        fc.tuple(
          fc.array(
            fc.array(fc.oneof(production, fc.constant("")), { minLength: c, maxLength: c }),
            {
              minLength: r,
              maxLength: r,
            }
          ),
          fc.constant([[1000]])
        )
      );
    fc.assert(
      fc.property(shaped, ([plan, need]) => {
        const rows = plan.length;
        const cols = plan[0].length;
        if (rows === 1 && cols === 1) return true; // a single cell: a value or a thrown error
        const out = fn("PLANCAPACITY_RATIO")(plan, need);
        return (
          Array.isArray(out) &&
          out.length === rows &&
          (out as unknown[][]).every((r) => Array.isArray(r) && r.length === cols)
        );
      }),
      { numRuns: 200 }
    );
  });
}

describe("model properties (source)", () => modelProperties(fromSource));

describe("property: any input gives a number, array or CustomFunctions.Error (dist/functions.js)", () => {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) throw new Error("run `npm run build` first");
  check(fromBundle);
});

describe("model properties (dist/functions.js)", () => modelProperties(fromBundle));
