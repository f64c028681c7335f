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

/** The figure of a changed copy with this id. */
const figureIn = (copy: any, id: string): any =>
  copy.figures.find((f: { id: string }) => f.id === id);
/** A range figure: Zuid-Holland's ambition of 20,000 to 23,000 homes a year. */
const RANGE = "zh.ambitie_per_jaar";
/** A date figure: Zuid-Holland's programmes ready on 2021-07-01. */
const DATE = "zh.programmas_gereed";
/** A number figure: the letter's 75,000 homes a year, its period inferred. */
const NUMBER = "productie.gemiddeld_2016_2019";
/** A figure the add-in calculates itself from two published statistics. */
const calculated = (
  sourceIds: string[],
  method = "Tekort gedeeld door de woningvoorraad, per jaar"
) => ({
  kind: "calculation",
  sourceIds,
  method,
});

describe("the schema's rules for one figure", () => {
  it("refuses an id that is not lower-case words joined by dots, anywhere in the id", () => {
    expect(problems((c) => (c.figures[0].id = "Productie.gemiddeld"))).toMatch(
      /^figures\.0\.id: /m
    );
    expect(problems((c) => (c.figures[0].id = "productie.gemiddeld!"))).toMatch(
      /^figures\.0\.id: /m
    );
    expect(problems((c) => (c.figures[0].id = "productie.gemiddeld_2016-2019"))).toBe("");
  });

  it("refuses a text Excel would read as a formula, saying how to fix it", () => {
    expect(problems((c) => (c.figures[0].label.nl = "=SOM(A1)"))).toBe(
      "figures.0.label.nl: starts with =, +, - or @, which Excel reads as a formula: rephrase it"
    );
  });

  it("refuses a text of only spaces as empty, and keeps a text with spaces around it", () => {
    expect(problems((c) => (c.figures[0].label.nl = "   "))).toMatch(/^figures\.0\.label\.nl: /m);
    expect(problems((c) => (c.figures[0].label.nl = "  Productie  "))).toBe("");
  });

  it("needs both ends of a range, naming the rule", () => {
    for (const end of ["low", "high"])
      expect(problems((c) => delete figureIn(c, RANGE)[end])).toMatch(
        /^figures\.\d+: a range needs both low and high$/m
      );
  });

  it("refuses a range whose low exceeds its high, and keeps a range of one number", () => {
    expect(problems((c) => (figureIn(c, RANGE).low = 23001))).toMatch(
      /^figures\.\d+: low must not exceed high$/m
    );
    expect(problems((c) => (figureIn(c, RANGE).low = 23000))).toBe("");
  });

  it("refuses a figure that is two of a value, a range and a text", () => {
    const several = /^figures\.\d+: a figure is a value, a range or a text, not several$/m;
    expect(problems((c) => (figureIn(c, RANGE).value = 21000))).toMatch(several);
    expect(problems((c) => (figureIn(c, RANGE).text = "ruim"))).toMatch(several);
    expect(problems((c) => (figureIn(c, NUMBER).text = "ruim"))).toMatch(several);
  });

  it("needs a note saying why a value is unknown (null)", () => {
    expect(problems((c) => delete figureIn(c, "wbi.t1.budget").note)).toMatch(
      /^figures\.\d+: an unknown value \(null\) must say why in a note$/m
    );
  });

  it("needs a date figure's text to be exactly YYYY-MM or YYYY-MM-DD", () => {
    const message = /^figures\.\d+: a datum figure needs text YYYY-MM or YYYY-MM-DD$/m;
    for (const text of ["1 juli 2021", "x2021-07-01", "2021-07-01x", "2021-7-01"])
      expect(problems((c) => (figureIn(c, DATE).text = text))).toMatch(message);
    expect(problems((c) => delete figureIn(c, DATE).text)).toMatch(message);
    expect(problems((c) => (figureIn(c, DATE).text = "2021-07"))).toBe("");
  });

  it("needs a number figure to have a value (or null) or a range, naming the figure", () => {
    expect(problems((c) => delete figureIn(c, NUMBER).value)).toMatch(
      /^figures\.0: productie\.gemiddeld_2016_2019: a number figure needs value \(or null\), or low and high$/m
    );
  });

  it("needs the period of a figure whose period is inferred, naming the figure", () => {
    expect(problems((c) => delete figureIn(c, NUMBER).period)).toBe(
      "figures.0: productie.gemiddeld_2016_2019: an inferred period needs the period"
    );
  });

  it("compares a later figure with the letter without needing a year, the trend path only with one", () => {
    expect(
      problems((c) => {
        const f = figureIn(c, "sinds.tekort.2022");
        f.compare = "brief_productie";
        delete f.year;
      })
    ).toBe("");
  });

  it("names a Woningbouwimpuls amount without its VAT basis, and lets an unknown amount go without", () => {
    expect(problems((c) => delete figureIn(c, "wbi.t2.budget").vat)).toMatch(
      /^figures\.\d+: wbi\.t2\.budget: every Woningbouwimpuls amount records its VAT basis$/m
    );
    expect(problems((c) => delete figureIn(c, "wbi.t1.budget").vat)).toBe("");
  });

  it("takes the add-in's own calculation from two or more known sources with a stated method", () => {
    expect(problems((c) => (c.figures[0].source = calculated(["staat2020", "cbs82235"])))).toBe("");
    expect(
      problems((c) => (c.figures[0].source = calculated(["brief", "staat2020", "cbs82235"])))
    ).toBe("");
  });

  it("refuses a calculation from one source, with a short method or from an unknown source", () => {
    expect(problems((c) => (c.figures[0].source = calculated(["staat2020"])))).toMatch(
      /^figures\.0\.source\.sourceIds: /m
    );
    expect(
      problems(
        (c) => (c.figures[0].source = calculated(["staat2020", "cbs82235"], "Tekort / voorraad"))
      )
    ).toMatch(/^figures\.0\.source\.method: /m);
    expect(problems((c) => (c.figures[0].source = calculated(["staat2020", "nowhere"])))).toBe(
      "(dataset): productie.gemiddeld_2016_2019 cites unknown source nowhere"
    );
  });
});

describe("the schema's rules for the whole dataset", () => {
  it("refuses a second use of any id, naming the kind and the id", () => {
    expect(problems((c) => (c.figures[1].id = c.figures[0].id))).toBe(
      "(dataset): duplicate figure id productie.gemiddeld_2016_2019"
    );
    expect(problems((c) => (c.sources[1].id = c.sources[0].id))).toBe(
      "(dataset): duplicate source id brief"
    );
    expect(problems((c) => (c.provinces[1].id = c.provinces[0].id))).toBe(
      "(dataset): duplicate province id groningen"
    );
    expect(problems((c) => (c.areas[1].id = c.areas[0].id))).toBe(
      "(dataset): duplicate area id mra.havenstad"
    );
    expect(problems((c) => (c.commitments[1].id = c.commitments[0].id))).toBe(
      "(dataset): duplicate commitment id toezegging.flankerende_brief"
    );
  });

  it("needs a source's date, a commitment's due month and the version in exactly their form", () => {
    for (const date of ["x2020-11-06", "2020-11-06x"])
      expect(problems((c) => (c.sources[0].date = date))).toMatch(/^sources\.0\.date: /m);
    expect(problems((c) => (c.sources[0].date = "2020"))).toBe("");
    for (const due of ["x2020-11", "2020-11x"])
      expect(problems((c) => (c.commitments[0].due = due))).toMatch(/^commitments\.0\.due: /m);
    for (const version of ["v1.3.0", "1.3.0-beta"])
      expect(problems((c) => (c.version = version))).toMatch(/^version: /m);
    expect(problems((c) => (c.version = "10.20.30"))).toBe("");
  });
});
