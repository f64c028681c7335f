/**
 * What ships is what is tested: dist/functions.js (built by `npm run build`) is loaded on its
 * own in a vm context whose only global is CustomFunctions, and must register exactly the ids
 * of functions.json, then behave as the source does.
 */
import fs from "fs";
import path from "path";
import { describeFunctionBehaviour } from "../support/functionsBehaviour";
import { DIST, fromBundle, loadBundle } from "../support/functionsUnderTest";
import { callAsExcel, type CallMetadata } from "../support/customFunctionsShim";

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

describe("the generated metadata's runtime flags", () => {
  const files = ["functions.json", "functions.nl.json"];
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as CallMetadata;

  it("has no allowCustomDataForDataTypeAny (with it, Office 2021 retail gives #VALUE! from every function: office-js #3504)", () => {
    for (const file of files)
      expect(read(file)).not.toHaveProperty("allowCustomDataForDataTypeAny");
  });

  it("sets allowErrorForDataTypeAny, alone (both flags together crash Office 2021 LTSC: office-js #4385)", () => {
    for (const file of files) {
      const m = read(file);
      expect(m.allowErrorForDataTypeAny).toBe(true);
      expect(m).not.toHaveProperty("allowCustomDataForDataTypeAny");
      // errors reach only `any` parameters: every parameter of every function is one
      for (const fn of m.functions)
        for (const p of fn.parameters ?? []) expect([fn.id, p.type]).toEqual([fn.id, "any"]);
    }
  });

  it("an error in an input cell reaches every function as Excel hands it over, and passes on", () => {
    const { shim } = loadBundle();
    const na = () => new shim.Error("#N/A");
    const cases: Array<[string, unknown[]]> = [
      ["PLANCAPACITY_RATIO", [[[na()]], [[5]]]],
      ["PLANCAPACITY_GAP", [[[1]], [[na()]]]],
      ["SHORTAGE_2035", [[[na()]]]],
      ["SHORTAGE_PATH", [[[75000]], [[na()]]]],
      ["PRODUCTION_NEEDED", [[[na()]]]],
      ["TRANCHE_REMAINING", [[[2]], [[1], [na()]]]],
      ["FIGURE", [na()]],
    ];
    for (const file of files) {
      const m = read(file);
      for (const [id, args] of cases) {
        let out: unknown;
        try {
          out = callAsExcel(m, id, shim.registered.get(id)!, args);
        } catch (e) {
          out = e;
        }
        expect([file, id, (out as { code?: string }).code]).toEqual([file, id, "#N/A"]);
      }
    }
    // without the flag Excel would not hand the error over: the same call is not #N/A
    const without = { ...read("functions.json"), allowErrorForDataTypeAny: false };
    expect(() => callAsExcel(without, "FIGURE", shim.registered.get("FIGURE")!, [na()])).toThrow(
      expect.objectContaining({ code: "#VALUE!" })
    );
  });
});
