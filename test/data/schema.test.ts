import json from "../../src/data/dataset.json";
import { validateDataset, TABLE_IDS } from "../../src/data/schema";
import { DATASET_HASH, DATASET_VERSION, dataset } from "../../src/data/dataset";
import { datasetHash } from "../../scripts/build-support";

describe("the reference dataset's schema", () => {
  it("validates the dataset with no problems", () => {
    const result = validateDataset(json);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("has a table for each sheet an analyst wants, each non-empty", () => {
    for (const t of TABLE_IDS)
      expect(dataset.figures.filter((f) => f.table === t).length).toBeGreaterThan(3);
    expect(dataset.areas.length).toBeGreaterThanOrEqual(12);
    expect(dataset.provinces.filter((p) => p.overleg === "gevoerd")).toHaveLength(7);
  });

  it("rejects a duplicate id", () => {
    const copy = structuredClone(json) as { figures: unknown[] };
    copy.figures.push(copy.figures[0]);
    const result = validateDataset(copy);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join("\n")).toMatch(
        /duplicate figure id productie\.gemiddeld_2016_2019/
      );
  });

  it("rejects an amount written as text and a percentage that is not a fraction-typed number", () => {
    const copy = structuredClone(json) as { figures: Array<Record<string, unknown>> };
    copy.figures[0].value = "€ 290 mln";
    expect(validateDataset(copy).ok).toBe(false);
  });

  it("rejects a Woningbouwimpuls amount without its VAT basis", () => {
    const copy = structuredClone(json) as { figures: Array<Record<string, unknown>> };
    const t2 = copy.figures.find((f) => f.id === "wbi.t2.budget") as Record<string, unknown>;
    delete t2.vat;
    expect(validateDataset(copy).ok).toBe(false);
  });

  it("rejects a letter figure without a quote and an unknown external source", () => {
    const copy = structuredClone(json) as { figures: Array<{ source: Record<string, unknown> }> };
    copy.figures[0].source = { kind: "letter", section: "Aanpak woningtekort" };
    expect(validateDataset(copy).ok).toBe(false);
    const copy2 = structuredClone(json) as {
      figures: Array<{ id: string; source: Record<string, unknown> }>;
    };
    (
      copy2.figures.find((f) => f.id === "param.tekort_2020") as { source: Record<string, unknown> }
    ).source.sourceId = "nowhere";
    expect(validateDataset(copy2).ok).toBe(false);
  });

  it("stores amounts in base units: euros, homes and fractions", () => {
    for (const f of dataset.figures) {
      if (f.unit === "euro" && typeof f.value === "number")
        expect(f.value).toBeGreaterThanOrEqual(1e6);
      if (f.unit === "fractie")
        for (const v of [f.value, f.low, f.high])
          if (typeof v === "number") expect(v).toBeLessThan(2);
    }
  });

  it("has a semver version and the content hash the build computes", () => {
    expect(DATASET_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(DATASET_HASH).toMatch(/^[0-9a-f]{16}$/);
    expect(DATASET_HASH).toBe(datasetHash());
  });
});
