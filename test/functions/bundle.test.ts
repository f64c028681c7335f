/**
 * What ships is what is tested: dist/functions.js (built by `npm run build`) is loaded on its
 * own in a vm context whose only global is CustomFunctions, and must register exactly the ids
 * of functions.json, then behave as the source does.
 */
import fs from "fs";
import path from "path";
import { describeFunctionBehaviour } from "../support/functionsBehaviour";
import { DIST, fromBundle, loadBundle } from "../support/functionsUnderTest";

const built = fs.existsSync(path.join(DIST, "functions.js"));
if (!built)
  throw new Error("dist/functions.js is missing: run `npm run build` first (npm test does)");

describe("dist/functions.js", () => {
  it("registers exactly the ids listed in functions.json, with only CustomFunctions as a global", () => {
    const { shim } = loadBundle();
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    expect([...shim.registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(shim.registered.size).toBe(7);
  });

  it("functions.nl.json has the same ids, parameters and dimensions as functions.json", () => {
    const en = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
    const nl = JSON.parse(fs.readFileSync(path.join(DIST, "functions.nl.json"), "utf8"));
    const shape = (m: {
      functions: Array<{
        id: string;
        parameters: Array<{ dimensionality: string; optional?: boolean; type: string }>;
        result: unknown;
      }>;
    }) =>
      m.functions.map((f) => [
        f.id,
        f.parameters.map((p) => [p.type, p.dimensionality, !!p.optional]),
        f.result,
      ]);
    expect(shape(nl)).toEqual(shape(en));
    expect(nl.functions.map((f: { name: string }) => f.name)).toEqual([
      "PLANCAPACITEIT_RATIO",
      "PLANCAPACITEIT_TEKORT",
      "WONINGTEKORT_2035",
      "WONINGTEKORT_PAD",
      "BENODIGDE_PRODUCTIE",
      "TRANCHE_RESTANT",
      "KENGETAL",
    ]);
  });

  describeFunctionBehaviour(fromBundle);
});

describe("the generated metadata declares only what the functions use", () => {
  it("has no allowCustomDataForDataTypeAny (with it, Office 2021 retail gives #VALUE! from every function: office-js #3504)", () => {
    for (const file of ["functions.json", "functions.nl.json"]) {
      const m = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as object;
      expect(m).not.toHaveProperty("allowCustomDataForDataTypeAny");
    }
  });
});
