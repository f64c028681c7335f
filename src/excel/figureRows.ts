/**
 * Figures as rows an analyst can paste into a report: label, value, unit, period and source,
 * in the pane's language. One figure "met label" is one such row; several figures are a table
 * with a header row (as the FRED add-in writes several series with their titles and units).
 * The value keeps its number and the format its unit implies (the reference sheets' en-US
 * codes); text goes in with the text format, so no label or quote can become a formula. Pure:
 * insertFigureRows.ts writes what this plans.
 */
import { dataset, figureById } from "../data/dataset";
import { TEXT_FORMAT } from "../data/cellText";
import { readableFormula } from "../locale/formulaText";
import type { Figure } from "../data/schema";
import { citationLine, renderSource } from "../data/provenance";
import { UNIT_FORMAT, periodLabel } from "../data/tables";
import { inLanguage, type Lang } from "../locale/lang";
import { NUMBER_LOCALE } from "../locale/notation";
import { ROW_WORDS as WORDS } from "../locale/rows";
import { standaloneLabel } from "./figureCard";
import { formatFor } from "./textCells";

export type Cell = string | number;

/** Cells to write, with the number format of each (same shape). */
export interface RowsPlan {
  readonly values: Cell[][];
  readonly formats: string[][];
  /** the plan starts with a header row */
  readonly header: boolean;
  /** ids of the figures written, in order */
  readonly ids: readonly string[];
}

/** Where a figure comes from, in one line a reader can follow. */
export function sourceLine(f: Figure, lang: Lang): string {
  const w = WORDS[lang];
  return renderSource(f, {
    letter: (s) => {
      const d = dataset.document;
      return w.letter(d.kamerstuk ?? "", d.date, s.section);
    },
    external: (_, where) => citationLine(where),
    derived: (s) => `${w.derived}: ${readableFormula(s.formula, lang)}`,
    calculation: (s) => `${w.calculation}: ${s.method}`,
    assumption: (s) => `${w.assumption}: ${s.reasoning}`,
  });
}

/** The value cell: the number, a range "low – high" as text, or the figure's text. */
function valueCell(f: Figure, lang: Lang): Cell {
  if (typeof f.value === "number") return f.value;
  if (f.low !== undefined && f.high !== undefined) {
    const locale = inLanguage(lang, NUMBER_LOCALE);
    const n = (v: number) =>
      f.unit === "fractie"
        ? `${(v * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`
        : v.toLocaleString(locale, { maximumFractionDigits: 3 });
    return `${n(f.low)} – ${n(f.high)}`;
  }
  return f.text ?? WORDS[lang].unknown;
}

function row(f: Figure, lang: Lang): { values: Cell[]; formats: string[] } {
  const w = WORDS[lang];
  const period = f.period
    ? `${periodLabel(f.period, lang)}${f.periodInferred ? ` ${w.inferred}` : ""}`
    : f.year !== undefined
      ? String(f.year)
      : "";
  const value = valueCell(f, lang);
  const values: Cell[] = [
    standaloneLabel(f, lang),
    value,
    w.unit[f.unit],
    period,
    sourceLine(f, lang),
  ];
  return {
    values,
    formats: values.map((v, i) =>
      i === 1
        ? typeof value === "number"
          ? UNIT_FORMAT[f.unit]
          : TEXT_FORMAT
        : formatFor(v, "General")
    ),
  };
}

/**
 * The rows for `ids` (unknown ids are skipped): one figure without a header ("met label"), or
 * with `header` a header row first. Null when no id names a figure.
 */
export function figureRows(ids: readonly string[], lang: Lang, header: boolean): RowsPlan | null {
  const figures = ids.map(figureById).filter((f): f is Figure => !!f);
  if (!figures.length) return null;
  const body = figures.map((f) => row(f, lang));
  const head = WORDS[lang].header;
  return {
    values: [...(header ? [[...head]] : []), ...body.map((r) => r.values)],
    formats: [...(header ? [head.map(() => TEXT_FORMAT)] : []), ...body.map((r) => r.formats)],
    header,
    ids: figures.map((f) => f.id),
  };
}
