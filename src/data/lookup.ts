/**
 * FIGURE's lookups: a figure's field by id, and the closest known ids for a mistyped one.
 */
import { DATASET_HASH, DATASET_ID, DATASET_VERSION, dataset, figureById } from "./dataset";
import { ModelError } from "../model/errors";
import type { Figure } from "./schema";
import { citationLine, quoteOf, renderSource } from "./provenance";

export const FIGURE_FIELDS = ["value", "low", "high", "unit", "year", "source", "quote"] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** Suggestions compare at most this many characters: an id is short, a pasted page is not. */
const SUGGEST_CHARS = 64;

/** The `n` known ids closest to `query` (substring matches first, then edit distance). */
export function closestIds(query: string, n = 3): string[] {
  const q = query.trim().toLowerCase().slice(0, SUGGEST_CHARS);
  return dataset.figures
    .map((f) => ({ id: f.id, d: f.id.includes(q) && q.length > 2 ? 0 : editDistance(q, f.id) }))
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, n)
    .map((x) => x.id);
}

export function findFigure(id: string): Figure {
  const f = figureById(id.trim().toLowerCase());
  if (!f) throw new ModelError("unknownFigure", { id, suggestions: closestIds(id).join(", ") });
  return f;
}

function sourceText(f: Figure): string {
  return renderSource(f, {
    letter: (s) => `Kamerbrief woningbouw (${dataset.document.date}), ${s.section}`,
    external: (_, where) => citationLine(where),
    derived: (s) => `= ${s.formula}`,
    assumption: (s) => s.reasoning,
    calculation: (s, publications) => `${s.method} (${publications.map(citationLine).join("; ")})`,
  });
}

/**
 * Facts about the dataset itself, so a shared workbook can show which reference data its
 * formulas used: FIGURE("dataset.version"), FIGURE("dataset.hash"), FIGURE("dataset.id").
 */
const DATASET_FACTS: ReadonlyMap<string, string> = new Map([
  ["dataset.version", DATASET_VERSION],
  ["dataset.hash", DATASET_HASH],
  ["dataset.id", DATASET_ID],
]);

const isField = (name: string): name is FigureField =>
  (FIGURE_FIELDS as readonly string[]).includes(name);

/**
 * One field of a figure, as FIGURE returns it to a cell. User text is only ever a key of a
 * Map or compared with known names, never a property of an object ("constructor" and
 * "__proto__" are unknown ids, not JavaScript internals).
 */
export function figureField(id: string, field: string): number | string {
  const name = field.trim().toLowerCase();
  if (!isField(name))
    throw new ModelError("unknownField", { field, fields: FIGURE_FIELDS.join(", ") });
  const fact = DATASET_FACTS.get(id.trim().toLowerCase());
  if (fact !== undefined) {
    if (name === "value") return fact;
    throw new ModelError("fieldEmpty", { id: id.trim().toLowerCase(), field: name });
  }
  const f = findFigure(id);
  const fail = (): never => {
    throw new ModelError("fieldEmpty", { id: f.id, field: name });
  };
  switch (name) {
    case "value":
      if (typeof f.value === "number") return f.value;
      if (f.text !== undefined) return f.text;
      if (f.low !== undefined) throw new ModelError("figureNoValue", { id: f.id });
      return fail();
    case "low":
      return f.low ?? (typeof f.value === "number" ? f.value : fail());
    case "high":
      return f.high ?? (typeof f.value === "number" ? f.value : fail());
    case "unit":
      return f.unit;
    case "year":
      return f.year ?? fail();
    case "source":
      return sourceText(f);
    case "quote":
      return quoteOf(f) ?? fail();
  }
}
