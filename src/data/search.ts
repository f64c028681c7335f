/**
 * Finding a figure by what an analyst types: labels in Dutch and English, ids, provinces and
 * regions, units, the letter's words, and numbers in Dutch or English notation ("187.000",
 * "1,5 miljard", "225 million"). MiniSearch does the matching and ranking (fuzzy for typos,
 * prefixes while typing, boosted fields); this module only says what each entry is made of.
 * Pure; the pane loads it lazily.
 */
import MiniSearch from "minisearch";
import { dataset } from "./dataset";
import { COMMITMENT_KIND_LABEL } from "./tables";
import type { Figure } from "./schema";

export type EntryKind = "figure" | "province" | "area" | "commitment";

export interface SearchEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly label: string;
  readonly labelEn: string;
  /** where it belongs, as the list shows it: group, province, region or who */
  readonly where: string;
  /** `where` and the words an analyst searches it by (the table's words, "tweede") */
  readonly place: string;
  /** the unit and the numbers, written every way an analyst might type them */
  readonly numbers: string;
  /** the letter's words (or the source's, the formula, the reasoning) */
  readonly text: string;
}

/** Every way a number may be typed: 187000, 187.000, 187,000; 225 miljoen / million; 130%. */
export function numberForms(v: number, unit: string): string[] {
  const forms = [String(v)];
  const int = Math.round(v);
  if (Number.isInteger(v) && Math.abs(v) >= 1000)
    forms.push(String(int).replace(/\B(?=(\d{3})+(?!\d))/g, "."));
  if (unit === "euro" && Math.abs(v) >= 1e6) {
    const [scale, nl, en] =
      Math.abs(v) >= 1e9 ? [1e9, "miljard", "billion"] : [1e6, "miljoen", "million"];
    const n = String(v / scale);
    forms.push(`${n.replace(".", ",")} ${nl}`, `${n} ${en}`);
  }
  if (unit === "fractie")
    forms.push(`${Math.round(v * 1000) / 10}%`.replace(".", ","), `${Math.round(v * 1000) / 10}%`);
  return forms;
}

/** The canonical digits of the numbers in a query: "1,5 miljard" → "1500000000", "187.000" → "187000". */
export function canonicalNumbers(query: string): string {
  return query
    .replace(/(\d+(?:[.,]\d+)?)\s*(miljard|billion|mld)\b/gi, (_m, n: string) =>
      String(Math.round(Number(n.replace(",", ".")) * 1e9))
    )
    .replace(/(\d+(?:[.,]\d+)?)\s*(miljoen|million|mln)\b/gi, (_m, n: string) =>
      String(Math.round(Number(n.replace(",", ".")) * 1e6))
    )
    .replace(/\b\d{1,3}(?:\.\d{3})+\b/g, (m) => m.replace(/\./g, ""))
    .replace(/\b\d{1,3}(?:,\d{3})+\b/g, (m) => m.replace(/,/g, ""));
}

function figureText(f: Figure): string {
  const s = f.source;
  switch (s.kind) {
    case "letter":
      return `${s.quote} ${s.section}`;
    case "external":
      return s.quote ?? "";
    case "derived":
      return s.formula;
    case "assumption":
      return s.reasoning;
    case "calculation":
      return s.method;
  }
}

/** What each table is about, in the words an analyst searches with (both languages). */
const TABLE_WORDS: Readonly<Record<string, string>> = {
  kerncijfers: "landelijk national",
  provincies: "provincie province Bijlage 1 annex",
  tranches: "Woningbouwimpuls tranche",
  financiering: "financiering funding",
  parameters: "model parameter",
};
const ORDINALS: Readonly<Record<string, string>> = { "1": "eerste first", "2": "tweede second" };

/** The group, the table's words and ordinals for "Tranche 2": where the figure belongs. */
function placeOf(f: Figure): string {
  const ordinal = /tranche (\d)/i.exec(f.group)?.[1];
  return [f.group, TABLE_WORDS[f.table] ?? "", ordinal ? (ORDINALS[ordinal] ?? "") : ""].join(" ");
}

export function searchEntries(): SearchEntry[] {
  const figures = dataset.figures.map((f): SearchEntry => {
    const values = [f.value, f.low, f.high].filter((v): v is number => typeof v === "number");
    return {
      id: f.id,
      kind: "figure",
      label: f.label.nl,
      labelEn: f.label.en,
      where: f.group,
      place: placeOf(f),
      numbers: [f.unit, ...values.flatMap((v) => [String(v), ...numberForms(v, f.unit)])].join(" "),
      text: `${figureText(f)} ${f.note ?? ""}`,
    };
  });
  const provinces = dataset.provinces.map((p): SearchEntry => ({
    id: `provincie.${p.id}`,
    kind: "province",
    label: `${p.name}: overleg ${p.overleg}`,
    labelEn: `${p.name}: talks ${p.overleg === "gevoerd" ? "held" : "to follow"}`,
    where: p.name,
    place: p.name,
    numbers: "",
    text: `${p.quote} ${p.note ?? ""}`,
  }));
  const areas = dataset.areas.map((a): SearchEntry => ({
    id: a.id,
    kind: "area",
    label: `${a.area} (${a.region})`,
    labelEn: `${a.area} (${a.region})`,
    where: a.region,
    place: a.region,
    numbers: "",
    text: `${a.quote} ${a.note ?? ""}`,
  }));
  const commitments = dataset.commitments.map((c): SearchEntry => ({
    id: c.id,
    kind: "commitment",
    label: c.what,
    labelEn: c.what,
    where: c.who,
    place: c.who,
    numbers: `${c.when} ${c.due ?? ""}`,
    text: `${c.quote} ${c.section} ${COMMITMENT_KIND_LABEL.nl[c.kind]} ${COMMITMENT_KIND_LABEL.en[c.kind]} ${c.note ?? ""}`,
  }));
  return [...figures, ...provinces, ...areas, ...commitments];
}

export interface FigureIndex {
  /** Entries for a query, best first: an exact id first, then MiniSearch's ranking. */
  search(query: string, limit?: number): SearchEntry[];
  readonly size: number;
}

export function buildIndex(entries: readonly SearchEntry[] = searchEntries()): FigureIndex {
  const byId = new Map(entries.map((e) => [e.id.toLowerCase(), e]));
  const index = new MiniSearch<SearchEntry>({
    fields: ["id", "label", "labelEn", "place", "numbers", "text"],
    storeFields: [],
    searchOptions: {
      boost: { id: 4, label: 3, labelEn: 2, place: 2, numbers: 2, text: 0.5 },
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      prefix: (term) => term.length > 2,
    },
  });
  index.addAll(entries as SearchEntry[]);
  const byDocId = new Map(entries.map((e) => [e.id, e]));
  return {
    size: entries.length,
    search(query, limit = 20) {
      const q = canonicalNumbers(query.trim()).slice(0, 200);
      if (!q) return [];
      const exact = byId.get(q.toLowerCase());
      let hits = index.search(q, { combineWith: "AND" });
      if (!hits.length) hits = index.search(q, { combineWith: "OR" });
      const out = hits
        .map((h) => byDocId.get(String(h.id)))
        .filter((e): e is SearchEntry => !!e && e !== exact);
      return (exact ? [exact, ...out] : out).slice(0, limit);
    },
  };
}
