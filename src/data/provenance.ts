/**
 * Provenance in one place: where each figure comes from, by the kind of its source — the
 * letter (its quote and section), an external publication (publisher, title, date, URL and
 * the page's words), a formula over other figures, a calculation from several publications,
 * or an assumption with its reasoning. Every surface (sheet row, FIGURE(…, "source"), search,
 * card, pane, a row inserted with its label) renders a source through `renderSource`, the one
 * dispatch on the kind, and cites a publication through `citation`, the one format:
 * "publisher, title (date)" with its URL beside it. A lint rule keeps the dispatch here.
 */
import { dataset } from "./dataset";
import type { Dataset, Figure } from "./schema";

export type Source = Dataset["sources"][number];
type FigureSource = Figure["source"];
export type SourceKind = FigureSource["kind"];
type Of<K extends SourceKind> = Extract<FigureSource, { kind: K }>;

const byId = new WeakMap<Dataset, ReadonlyMap<string, Source>>();

/** The publication with this id in `data` (the add-in's dataset unless another is given). */
export function sourceById(id: string, data: Dataset = dataset): Source | undefined {
  let map = byId.get(data);
  if (!map) {
    map = new Map(data.sources.map((s) => [s.id, s]));
    byId.set(data, map);
  }
  return map.get(id);
}

/** A publication cited: "publisher, title (date)", and its URL when it has one. */
export interface Citation {
  readonly text: string;
  readonly url: string | null;
}

/**
 * The citation of a source id; an id the dataset does not hold is cited as itself (the
 * schema test makes that impossible for the shipped data). `date` writes the date (as
 * published, or in words in the pane).
 */
export function citation(
  id: string,
  data: Dataset = dataset,
  date: (iso: string) => string = (d) => d
): Citation {
  const s = sourceById(id, data);
  if (!s) return { text: id, url: null };
  return { text: `${s.publisher}, ${s.title} (${date(s.date)})`, url: s.url ?? null };
}

/** A citation as one line of text: "publisher, title (date) url". */
export function citationLine(c: Citation): string {
  return c.url ? `${c.text} ${c.url}` : c.text;
}

/** One renderer per kind of source: what a surface shows for each. */
export interface SourceRenderers<T> {
  letter(s: Of<"letter">): T;
  external(s: Of<"external">, publication: Citation): T;
  derived(s: Of<"derived">): T;
  calculation(s: Of<"calculation">, publications: readonly Citation[]): T;
  assumption(s: Of<"assumption">): T;
}

/** Renders a figure's source with the surface's renderer for its kind. */
export function renderSource<T>(
  f: Figure,
  r: SourceRenderers<T>,
  options: { data?: Dataset; date?: (iso: string) => string } = {}
): T {
  const s = f.source;
  const cite = (id: string) => citation(id, options.data, options.date);
  switch (s.kind) {
    case "letter":
      return r.letter(s);
    case "external":
      return r.external(s, cite(s.sourceId));
    case "derived":
      return r.derived(s);
    case "calculation":
      return r.calculation(s, s.sourceIds.map(cite));
    case "assumption":
      return r.assumption(s);
  }
}

/** The source's own words, when it has them: the letter's or the publication's quote. */
export function quoteOf(f: Figure): string | null {
  return renderSource<string | null>(f, {
    letter: (s) => s.quote,
    external: (s) => s.quote ?? null,
    derived: () => null,
    calculation: () => null,
    assumption: () => null,
  });
}
