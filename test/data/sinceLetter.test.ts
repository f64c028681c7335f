/**
 * "Sinds de brief" (dataset 1.3): every later figure traceable to a page that was read, no year
 * with a value and no source, stable ids, the comparison computed from the dataset and the
 * model, and the series a scenario can use reproducing the published figures.
 */
import fs from "fs";
import path from "path";
import { dataset, figureById, requireValue } from "../../src/data/dataset";
import { BASELINE, baselineInputs } from "../../src/data/baseline";
import { figureField } from "../../src/data/lookup";
import {
  counterpart,
  laterFigures,
  laterProductionTarget,
  newBuildProduction,
  realisedPreset,
  realisedProduction,
  shortageEstimates,
  targetPreset,
  trendPathRows,
} from "../../src/data/sinceLetter";
import { COMPARE_COLUMN, FIGURE_COLUMN, sheetTables } from "../../src/data/tables";
import { shortagePath, START_YEAR } from "../../src/model/shortage";
import { oldSheets } from "../support/changelog";
import { fromSource } from "../support/functionsUnderTest";
import { seedText } from "../support/seed";
import { overDatasetCopy } from "../support/datasetCopy";

const SEEDS = path.join(__dirname, "../../seeds/sinds-de-brief");
const fold = (s: string) => s.replace(/\s+/g, " ").trim();
const seed = (sourceId: string) => fs.readFileSync(path.join(SEEDS, `${sourceId}.txt`), "utf8");
const later = laterFigures();
const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id);

/** This module over a changed copy of the dataset's figures, loaded inside the test. */
const sinceLetterOver = (
  change: (figures: any[]) => any[]
): typeof import("../../src/data/sinceLetter") =>
  overDatasetCopy(
    (copy) => (copy.figures = change(copy.figures)),
    () => require("../../src/data/sinceLetter")
  );
/** The dataset's figures without the one with this id. */
const without = (id: string) => (figures: any[]) => figures.filter((f) => f.id !== id);

describe("the later figures' provenance", () => {
  it("are there: production, shortage estimates, plan capacity and later targets", () => {
    const groups = new Set(later.map((f) => f.group));
    expect([...groups]).toEqual([
      "Nieuwbouw (CBS)",
      "Toevoegingen aan de voorraad",
      "Woningtekort (ramingen)",
      "Plancapaciteit",
      "Latere doelen",
    ]);
  });

  it("every value carries publisher, publication, date, a public URL and a quote", () => {
    for (const f of later) {
      expect([f.id, f.source.kind]).toEqual([f.id, "external"]);
      if (f.source.kind !== "external") continue;
      const src = sourceOf(f.source.sourceId);
      expect([f.id, !!src?.publisher, !!src?.title]).toEqual([f.id, true, true]);
      expect(src?.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(src?.url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
      if (typeof f.value === "number") expect([f.id, f.source.quote]).not.toEqual([f.id, null]);
    }
  });

  it("every quote is in the excerpt of the page that was read, kept in seeds/ with its URL", () => {
    for (const f of later) {
      if (f.source.kind !== "external" || !f.source.quote) continue;
      const text = seed(f.source.sourceId);
      expect(text.split("\n")[0]).toBe(`URL: ${sourceOf(f.source.sourceId)?.url}`);
      expect([f.id, fold(text).includes(fold(f.source.quote))]).toEqual([f.id, true]);
    }
  });

  it("words a note or a source note quotes ('…') are in a page that was read, or the letter", () => {
    const pages = [
      ...fs.readdirSync(SEEDS).map((f) => fold(fs.readFileSync(path.join(SEEDS, f), "utf8"))),
      seedText(),
    ].join(" ");
    const notes = [
      ...later.map((f) => f.note ?? ""),
      ...dataset.sources
        .filter((s) => fs.existsSync(path.join(SEEDS, `${s.id}.txt`)))
        .map((s) => s.note ?? ""),
    ];
    let n = 0;
    for (const note of notes)
      for (const [, quoted] of note.matchAll(/(?:^|[\s(:])'([^']{8,}?)'(?=[\s.,;:)]|$)/g)) {
        expect([quoted, pages.includes(fold(quoted))]).toEqual([quoted, true]);
        n++;
      }
    expect(n).toBeGreaterThanOrEqual(5);
  });

  it("the number in each quote is the figure's value, as the page writes it", () => {
    const written = (v: number, unit: string): string[] => {
      if (unit === "fractie") {
        const pct = Math.round(v * 1000) / 10;
        return [`${String(pct).replace(".", ",")} procent`, `${String(pct).replace(".", ",")}%`];
      }
      const dotted = v.toLocaleString("nl-NL");
      return [dotted, `${dotted.replace(/\.000$/, "")} duizend`];
    };
    for (const f of later) {
      if (typeof f.value !== "number" || f.source.kind !== "external" || !f.source.quote) continue;
      const q = f.source.quote;
      expect([f.id, written(f.value, f.unit).some((w) => q.includes(w))]).toEqual([f.id, true]);
    }
  });

  it("a year with no page that gives its figure is empty and says so; none is filled in", () => {
    const empty = later.filter((f) => f.value === null).map((f) => f.id);
    expect(empty).toEqual(["sinds.nieuwbouw.2024", "sinds.toevoeging.2021", "sinds.tekort.2025"]);
    for (const id of empty) {
      const f = figureById(id);
      expect(f?.note).toMatch(/^Onbekend: geen gelezen pagina/);
      expect(f?.source).toMatchObject({ kind: "external", quote: null });
    }
  });

  it("a news outlet is cited as that outlet, and says whose figure it reports", () => {
    const ministry = /^Rijksoverheid|^Volkshuisvesting Nederland/;
    for (const f of later) {
      if (f.source.kind !== "external") continue;
      const src = sourceOf(f.source.sourceId);
      if (!src || ministry.test(src.publisher) || src.id === "abfplancap2020") continue;
      expect([f.id, src.note]).toEqual([f.id, expect.stringMatching(/bericht|Bron|datum/i)]);
    }
  });

  it("the CBS method break of 2022 is a note on the figures it affects", () => {
    expect(figureById("sinds.nieuwbouw.2022")?.note).toMatch(/Methodebreuk.*73,5 duizend/);
    expect(figureById("sinds.nieuwbouw.2023")?.note).toMatch(/methodebreuk van 2022/);
  });
});

describe("the later figures' ids", () => {
  it("are stable: these ids, in this order, are what workbooks' FIGURE formulas name", () => {
    expect(later.map((f) => f.id)).toEqual([
      "sinds.nieuwbouw.2020",
      "sinds.nieuwbouw.2021",
      "sinds.nieuwbouw.2022",
      "sinds.nieuwbouw.2023",
      "sinds.nieuwbouw.2024",
      "sinds.toevoeging.2020",
      "sinds.toevoeging.2021",
      "sinds.toevoeging.2022",
      "sinds.toevoeging.2023",
      "sinds.toevoeging.2024",
      "sinds.tekort.2021",
      "sinds.tekort_aandeel.2021",
      "sinds.tekort.2022",
      "sinds.tekort_aandeel.2022",
      "sinds.tekort.2023",
      "sinds.tekort_aandeel.2023",
      "sinds.tekort.2024",
      "sinds.tekort_aandeel.2024",
      "sinds.tekort.2025",
      "sinds.plancapaciteit.2020",
      "sinds.plancapaciteit_dekking.2020",
      "sinds.plancapaciteit.2024",
      "sinds.plancapaciteit.2025",
      "sinds.plancapaciteit_dekking.2025",
      "sinds.doel.woningen_2030",
      "sinds.doel.per_jaar",
      "sinds.doel.betaalbaar_aandeel",
      "sinds.doel.sociale_huur",
      "sinds.doel.middensegment",
      "sinds.doel.opgave_2023",
    ]);
  });

  it("every id of dataset 1.2.0 still names the same value", () => {
    const before = oldSheets("1.2.0").filter((t) =>
      t.columns.some((c) => c.header === FIGURE_COLUMN.value)
    );
    let n = 0;
    for (const t of before) {
      const id = t.columns.findIndex((c) => c.header === FIGURE_COLUMN.id);
      const value = t.columns.findIndex((c) => c.header === FIGURE_COLUMN.value);
      for (const row of t.rows) {
        const f = figureById(String(row[id]));
        expect([row[id], !!f]).toEqual([row[id], true]);
        if (value >= 0) expect([row[id], f?.value ?? ""]).toEqual([row[id], row[value]]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it("WONINGBOUW.FIGURE reaches them: a value, its quote, and an unknown one as #N/A with a message", () => {
    expect(figureField("sinds.toevoeging.2022", "value")).toBe(90000);
    expect(figureField("sinds.tekort.2024", "year")).toBe(2024);
    expect(figureField("sinds.tekort.2024", "quote")).toMatch(/400\.500/);
    expect(figureField("sinds.tekort.2024", "source")).toMatch(/hartvannederland\.nl/);
    const fns = fromSource();
    const figure = fns.fns.get("FIGURE");
    expect(figure?.("sinds.doel.per_jaar")).toBe(100000);
    let unknown: unknown;
    try {
      unknown = figure?.("sinds.nieuwbouw.2024");
    } catch (e) {
      unknown = e;
    }
    expect(unknown).toBeInstanceOf(fns.ErrorClass);
    expect(unknown).toMatchObject({ code: "#N/A", message: expect.stringMatching(/no value/) });
  });
});

describe("the letter against what happened", () => {
  const rows = trendPathRows();

  it("the later figures are the table 'sindsdebrief', in dataset order", () => {
    expect(laterFigures().map((f) => f.id)).toEqual(
      dataset.figures.filter((f) => f.table === "sindsdebrief").map((f) => f.id)
    );
  });

  it("sets a later figure beside the letter's figure under that figure's label and unit", () => {
    const norm = figureById("plancapaciteit.norm")!;
    expect(counterpart(figureById("sinds.plancapaciteit_dekking.2025")!)).toMatchObject({
      kind: "norm_130",
      what: norm.label,
      unit: "fractie",
      figureId: "plancapaciteit.norm",
    });
  });

  it("sets a trend-path figure of a year outside the model's path beside nothing", () => {
    const f = figureById("sinds.tekort.2024")!;
    expect(counterpart({ ...f, year: 2040 })).toBeUndefined();
    expect(counterpart({ ...f, year: undefined })).toBeUndefined();
  });

  it("sets homes added beside the letter's 75,000 a year, the difference computed", () => {
    const c = counterpart(figureById("sinds.toevoeging.2022")!);
    expect(c).toMatchObject({ from: "brief", figureId: "productie.gemiddeld_2016_2019" });
    expect(c?.value).toBe(requireValue("productie.gemiddeld_2016_2019"));
    expect(c?.difference).toBe(90000 - requireValue("productie.gemiddeld_2016_2019"));
  });

  it("sets each shortage estimate beside the model's trend path in its year", () => {
    const path = shortagePath(baselineInputs(BASELINE.trendPath));
    expect(rows).toEqual(path);
    for (const p of shortageEstimates()) {
      const row = path.find((r) => r.year === p.year)!;
      expect(counterpart(figureById(p.id)!)).toMatchObject({
        from: "model",
        value: row.shortage,
        difference: p.shortage - row.shortage,
      });
    }
    const share = counterpart(figureById("sinds.tekort_aandeel.2024")!);
    const row2024 = path.find((r) => r.year === 2024)!;
    expect(share?.value).toBe(row2024.share);
    expect(share?.difference).toBeCloseTo(0.049 - row2024.share, 12);
  });

  it("sets inventoried plan capacity beside the 130% rule and the later 100,000 beside the letter's 85,000", () => {
    const norm = requireValue("plancapaciteit.norm");
    expect(counterpart(figureById("sinds.plancapaciteit_dekking.2025")!)?.difference).toBeCloseTo(
      1.26 - norm,
      12
    );
    expect(counterpart(figureById("sinds.doel.per_jaar")!)).toMatchObject({
      value: requireValue("behoefte.per_jaar_tot_2030"),
      difference: 100000 - requireValue("behoefte.per_jaar_tot_2030"),
    });
  });

  it("an unknown later figure has its counterpart but no difference", () => {
    expect(counterpart(figureById("sinds.tekort.2025")!)).toMatchObject({ difference: null });
  });

  it("the sheet's comparison columns are the computed ones, row by row, never typed", () => {
    const t = sheetTables().find((x) => x.id === "sindsdebrief")!;
    const col = (h: string) => t.columns.findIndex((c) => c.header === h);
    const [id, what, value, diff] = [
      col(FIGURE_COLUMN.id),
      col(COMPARE_COLUMN.what),
      col(COMPARE_COLUMN.value),
      col(COMPARE_COLUMN.difference),
    ];
    expect(t.sheetName).toBe("WB Sinds de brief");
    expect(t.rows).toHaveLength(later.length);
    for (const row of t.rows) {
      const c = counterpart(figureById(String(row[id]))!);
      expect([row[id], row[what], row[value], row[diff]]).toEqual([
        row[id],
        c?.label.nl ?? "",
        c?.value ?? "",
        c?.difference ?? "",
      ]);
    }
    // and the dataset itself holds no comparison value: only the name of what to compare with
    for (const f of later) expect(Object.keys(f)).not.toContain("difference");
  });
});

describe("series for the scenario", () => {
  it("realised production is the published homes added, by year, known years only", () => {
    expect(realisedProduction()).toEqual([
      { year: 2020, value: 80200, id: "sinds.toevoeging.2020" },
      { year: 2022, value: 90000, id: "sinds.toevoeging.2022" },
      { year: 2023, value: 88200, id: "sinds.toevoeging.2023" },
      { year: 2024, value: 82000, id: "sinds.toevoeging.2024" },
    ]);
    expect(newBuildProduction().map((r) => r.year)).toEqual([2020, 2021, 2022, 2023]);
  });

  it("the realised preset reproduces the published figures and keeps the model's path elsewhere", () => {
    const { values, realised } = realisedPreset();
    expect(values).toHaveLength(15);
    expect(realised).toEqual([2020, 2022, 2023, 2024]);
    for (const r of realisedProduction()) expect(values[r.year - START_YEAR]).toBe(r.value);
    expect(values[2021 - START_YEAR]).toBe(BASELINE.trendPath[2021 - START_YEAR]);
    expect(values[2030 - START_YEAR]).toBe(BASELINE.trendPath[2030 - START_YEAR]);
  });

  it("the target preset is the realised production, then 100,000 a year from the target's first year", () => {
    const t = laterProductionTarget();
    expect(t).toEqual({ value: 100000, fromYear: 2024, id: "sinds.doel.per_jaar" });
    const { values, realised } = targetPreset();
    expect(realised).toEqual([2020, 2022, 2023]);
    expect(values.slice(0, 4)).toEqual([80200, BASELINE.trendPath[1], 90000, 88200]);
    expect(values.slice(4).every((v) => v === 100000)).toBe(true);
  });

  it("a series is in year order and has known years only, whatever the dataset's order", () => {
    const shuffled = sinceLetterOver((figures) =>
      [...figures]
        .reverse()
        .map((f) => (f.id === "sinds.toevoeging.2023" ? { ...f, year: undefined } : f))
    );
    expect(shuffled.realisedProduction().map((r) => r.id)).toEqual([
      "sinds.toevoeging.2020",
      "sinds.toevoeging.2022",
      "sinds.toevoeging.2024",
    ]);
  });

  it("the later target is a dataset defect without its figure, its value or its year", () => {
    const defect = /^dataset figure sinds\.doel\.per_jaar has no value or year$/;
    const target = (change: (figures: any[]) => any[]) => () =>
      sinceLetterOver(change).laterProductionTarget();
    expect(target(without("sinds.doel.per_jaar"))).toThrow(defect);
    for (const field of ["value", "year"])
      expect(
        target((figures) =>
          figures.map((f) => (f.id === "sinds.doel.per_jaar" ? { ...f, [field]: undefined } : f))
        )
      ).toThrow(defect);
  });

  it("the shortage estimates are points, one per vintage, never merged", () => {
    expect(shortageEstimates()).toEqual([
      { year: 2021, shortage: 279000, share: 0.035, id: "sinds.tekort.2021" },
      { year: 2022, shortage: 315000, share: 0.039, id: "sinds.tekort.2022" },
      { year: 2023, shortage: 390000, share: 0.048, id: "sinds.tekort.2023" },
      { year: 2024, shortage: 400500, share: 0.049, id: "sinds.tekort.2024" },
    ]);
  });
});
