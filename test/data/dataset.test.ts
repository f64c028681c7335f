/**
 * The dataset module (src/data/dataset.ts): the lookups the model depends on, and the content
 * hash that the build defines.
 */
import { dataset, figureById, requireValue } from "../../src/data/dataset";

describe("requireValue: a figure the model depends on", () => {
  it("gives a figure's number", () => {
    expect(requireValue("param.tekort_2020")).toBe(331000);
  });

  it("refuses, naming the id, a figure the dataset does not hold", () => {
    expect(() => requireValue("geen.kengetal")).toThrow(
      new Error("dataset figure geen.kengetal has no numeric value")
    );
  });

  it("refuses a figure without a number (a range, or an unknown value)", () => {
    expect(figureById("zh.ambitie_per_jaar")?.value ?? null).toBeNull();
    expect(() => requireValue("zh.ambitie_per_jaar")).toThrow(
      "dataset figure zh.ambitie_per_jaar has no numeric value"
    );
  });
});

describe("DATASET_HASH", () => {
  it("is 'unknown' when the build did not define the dataset's hash", () => {
    const g = globalThis as { __DATASET_HASH__?: string };
    const defined = g.__DATASET_HASH__;
    delete g.__DATASET_HASH__;
    try {
      jest.isolateModules(() => {
        const d = require("../../src/data/dataset") as typeof import("../../src/data/dataset");
        expect(d.DATASET_HASH).toBe("unknown");
        expect(d.DATASET_VERSION).toBe(dataset.version);
      });
    } finally {
      g.__DATASET_HASH__ = defined;
    }
  });
});
