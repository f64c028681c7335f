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
  fc.constantFrom(0, 1, 2, 0.02, 2030, 2035, -1, 1e308, -0),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "zh.plancapaciteit", "value", "low", "quote", "1", "€ 290 mln"),
  fc.boolean(),
  fc.constant(null)
);
const range = fc
  .tuple(fc.integer({ min: 1, max: 17 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
  );
const arg = fc.oneof(
  cell,
  range,
  fc.constant(undefined),
  fc.constant([[""]]),
  fc.constant([[]]),
  fc.constant([])
);

function wellFormed(v: unknown, ErrorClass: FunctionsUnderTest["ErrorClass"]): boolean {
  const scalarOk = (x: unknown) =>
    (typeof x === "number" && Number.isFinite(x)) ||
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

describe("property: any input gives a number, array or CustomFunctions.Error (dist/functions.js)", () => {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) throw new Error("run `npm run build` first");
  check(fromBundle);
});
