/**
 * "Sinds de brief": the figures published after the letter (table "sindsdebrief") beside what
 * the letter or the model said for the same thing, and the series a scenario can use (realised
 * production, the later target, the published shortage estimates as points). Pure: every
 * number comes from the dataset or from the model run on the dataset's baseline, never typed.
 */
import { dataset, figureById, requireValue } from "./dataset";
import { BASELINE, baselineInputs } from "./baseline";
import { shortagePath, START_YEAR, FLOW_YEARS, type PathRow } from "../model/shortage";
import type { Comparison, Figure, Unit } from "./schema";
import { inBoth } from "../locale/lang";
import { COMPARISON_WORDS } from "../locale/sheets";

export interface Counterpart {
  readonly kind: Comparison;
  /** whether the counterpart is the letter's own figure or the model's path */
  readonly from: "brief" | "model";
  /** what the counterpart is, in words (a letter figure's label, the trend path's year) */
  readonly what: { readonly nl: string; readonly en: string };
  /** the same, with where it is from ("In de brief: …", "Model, trendpad: …") */
  readonly label: { readonly nl: string; readonly en: string };
  readonly value: number;
  readonly unit: Unit;
  /** the later figure minus the counterpart; null where the later figure is unknown */
  readonly difference: number | null;
  /** the dataset figure the counterpart is, when it is one (not the model's path) */
  readonly figureId?: string;
}

let trend: readonly PathRow[] | undefined;
/** The model's trend path (shortage, stock, share on 1 January 2020 … 2035), run once. */
export function trendPathRows(): readonly PathRow[] {
  trend ??= shortagePath(baselineInputs(BASELINE.trendPath));
  return trend;
}

function fromFigure(kind: Comparison, id: string): Omit<Counterpart, "difference"> {
  const value = requireValue(id); // throws for a figure the dataset lacks: a build defect
  const f = figureById(id) as Figure;
  const what = { nl: f.label.nl, en: f.label.en };
  return {
    kind,
    from: "brief",
    what,
    label: { nl: COMPARISON_WORDS.nl.inLetter(what.nl), en: COMPARISON_WORDS.en.inLetter(what.en) },
    value,
    unit: f.unit,
    figureId: id,
  };
}

function counterpartOf(f: Figure): Omit<Counterpart, "difference"> | undefined {
  switch (f.compare) {
    case undefined:
      return undefined;
    case "brief_productie":
      return fromFigure(f.compare, "productie.gemiddeld_2016_2019");
    case "brief_behoefte":
      return fromFigure(f.compare, "behoefte.per_jaar_tot_2030");
    case "norm_130":
      return fromFigure(f.compare, "plancapaciteit.norm");
    case "trendpad_tekort":
    case "trendpad_aandeel": {
      const row = trendPathRows().find((r) => r.year === f.year);
      if (!row) return undefined; // no year, or one outside the path
      const share = f.compare === "trendpad_aandeel";
      const what = inBoth(COMPARISON_WORDS, (w) =>
        share ? w.trendShare(row.year) : w.trend(row.year)
      );
      return {
        kind: f.compare,
        from: "model",
        what,
        label: { nl: COMPARISON_WORDS.nl.model(what.nl), en: COMPARISON_WORDS.en.model(what.en) },
        value: share ? row.share : row.shortage,
        unit: share ? "fractie" : "woningen",
      };
    }
  }
}

/** What a later figure is set beside, with the difference; undefined for a figure compared with nothing. */
export function counterpart(f: Figure): Counterpart | undefined {
  const c = counterpartOf(f);
  if (!c) return undefined;
  return { ...c, difference: typeof f.value === "number" ? f.value - c.value : null };
}

/** The later figures, in dataset order. */
export function laterFigures(): readonly Figure[] {
  return dataset.figures.filter((f) => f.table === "sindsdebrief");
}

export interface YearValue {
  readonly year: number;
  readonly value: number;
  readonly id: string;
}

/** The figures of one yearly series (id prefix), known years only, by year. */
function series(prefix: string): YearValue[] {
  return laterFigures()
    .filter((f) => f.id.startsWith(prefix) && typeof f.value === "number" && f.year !== undefined)
    .map((f) => ({ year: f.year as number, value: f.value as number, id: f.id }))
    .sort((a, b) => a.year - b.year);
}

/** Homes added to the stock per year (new build and transformation, as the ministry counts them). */
export function realisedProduction(): YearValue[] {
  return series("sinds.toevoeging.");
}

/** New-build homes per year as CBS counts them (a method break in 2022: see the figures' notes). */
export function newBuildProduction(): YearValue[] {
  return series("sinds.nieuwbouw.");
}

export interface ShortagePoint {
  /** the year the estimate was published (the sheet's "Jaar") */
  readonly year: number;
  readonly shortage: number;
  /** the share of the stock the same publication states, or null where none was read */
  readonly share: number | null;
  readonly id: string;
}

/** The published shortage estimates as points, one per vintage, never merged. */
export function shortageEstimates(): ShortagePoint[] {
  const shares = new Map(series("sinds.tekort_aandeel.").map((s) => [s.year, s.value]));
  return series("sinds.tekort.").map((s) => ({
    year: s.year,
    shortage: s.value,
    share: shares.get(s.year) ?? null,
    id: s.id,
  }));
}

/** The later national production target (programma Woningbouw): homes a year and the first year. */
export function laterProductionTarget(): { value: number; fromYear: number; id: string } {
  const id = "sinds.doel.per_jaar";
  const f = figureById(id);
  if (typeof f?.value !== "number" || f.year === undefined)
    throw new Error(`dataset figure ${id} has no value or year`);
  return { value: f.value, fromYear: f.year, id };
}

/**
 * A production path 2020 … 2034 for the model: the realised production in the years that have
 * it, the trend path in the others; `from` a year on, a constant instead (the later target).
 * `realised` lists the years whose value is a published figure.
 */
function presetPath(from?: { year: number; value: number }): {
  values: number[];
  realised: number[];
} {
  const known = new Map(realisedProduction().map((r) => [r.year, r.value]));
  const values: number[] = [];
  const realised: number[] = [];
  for (let t = 0; t < FLOW_YEARS; t++) {
    const year = START_YEAR + t;
    const published = known.get(year);
    if (from && year >= from.year) values.push(from.value);
    else if (published !== undefined) {
      values.push(published);
      realised.push(year);
    } else values.push(BASELINE.trendPath[t]);
  }
  return { values, realised };
}

/** Realised production where published, the model's trend path for every other year. */
export function realisedPreset(): { values: number[]; realised: number[] } {
  return presetPath();
}

/** Realised production up to the later target's first year, then the target (100,000 a year). */
export function targetPreset(): { values: number[]; realised: number[] } {
  const t = laterProductionTarget();
  return presetPath({ year: t.fromYear, value: t.value });
}
