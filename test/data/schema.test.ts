import json from "../../src/data/dataset.json";
import { validateDataset, TABLE_IDS } from "../../src/data/schema";
import { DATASET_HASH, DATASET_VERSION, dataset } from "../../src/data/dataset";
import fs from "fs";
import os from "os";
import path from "path";
import { datasetHash } from "../../scripts/build-support";
import { datasetProblems } from "../../scripts/validate-dataset";

/** The reasons the schema gives for a changed copy of the dataset. */
function problems(change: (copy: any) => void): string {
  const copy = structuredClone(json);
  change(copy);
  const result = validateDataset(copy);
  return result.ok ? "" : result.problems.join("\n");
}

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

  it("rejects an amount written as text, saying where", () => {
    expect(problems((c) => (c.figures[0].value = "€ 290 mln"))).toMatch(/^figures\.0\.value: /m);
  });

  it("rejects a Woningbouwimpuls amount without its VAT basis, naming the figure", () => {
    const reason = problems((c) => {
      delete c.figures.find((f: { id: string }) => f.id === "wbi.t2.budget").vat;
    });
    expect(reason).toMatch(/wbi\.t2\.budget/);
    expect(reason).toMatch(/btw|VAT|vat/i);
  });

  it("compares only a later figure, and a trend-path comparison only in a year, naming the figure", () => {
    const onLetter = problems((c) => {
      c.figures.find((f: { id: string }) => f.id === "productie.2019").compare = "brief_productie";
    });
    expect(onLetter).toMatch(/productie\.2019: only a later figure is compared/);
    const noYear = problems((c) => {
      delete c.figures.find((f: { id: string }) => f.id === "sinds.tekort.2022").year;
    });
    expect(noYear).toMatch(/sinds\.tekort\.2022: a trend-path comparison needs a year/);
    const unknown = problems((c) => {
      c.figures.find((f: { id: string }) => f.id === "sinds.tekort.2022").compare = "gevoel";
    });
    expect(unknown).toMatch(/compare/);
  });

  it("rejects a letter figure without a quote and an unknown external source, saying which", () => {
    expect(
      problems((c) => (c.figures[0].source = { kind: "letter", section: "Aanpak woningtekort" }))
    ).toMatch(/^figures\.0\.source/m);
    expect(
      problems((c) => {
        c.figures.find((f: { id: string }) => f.id === "param.tekort_2020").source.sourceId =
          "nowhere";
      })
    ).toMatch(/param\.tekort_2020 cites unknown source nowhere/);
  });

  it("is validated at build time: the build's check reports a broken dataset file", () => {
    expect(datasetProblems()).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dataset-"));
    const bad = structuredClone(json) as { version: string };
    bad.version = "one";
    fs.writeFileSync(path.join(dir, "dataset.json"), JSON.stringify(bad));
    expect(datasetProblems(path.join(dir, "dataset.json")).join("\n")).toMatch(/^version: /m);
    fs.writeFileSync(path.join(dir, "broken.json"), "{");
    expect(datasetProblems(path.join(dir, "broken.json"))[0]).toMatch(/is not JSON/);
    fs.rmSync(dir, { recursive: true, force: true });
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

describe("Tabel 1: the letter's 14 areas", () => {
  it("has one row per area, as many as the letter says twice ('14 gebieden')", () => {
    const letter = fs.readFileSync(
      path.join(__dirname, "../../seeds/kamerbrief-woningbouw-2020.txt"),
      "utf8"
    );
    expect(letter).toContain("Er zijn 14 gebieden geïdentificeerd");
    expect(letter).toContain("binnen deze 14 gebieden");
    expect(dataset.areas).toHaveLength(14);
    expect(new Set(dataset.areas.map((a) => a.area)).size).toBe(14);
  });

  it("cites for every area its own line of Tabel 1, which names it", () => {
    for (const a of dataset.areas) {
      expect(a.quote).toContain(a.area);
      expect(a.quote.startsWith(a.region.split(" ")[0])).toBe(true);
    }
  });
});
