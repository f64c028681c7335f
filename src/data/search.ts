/**
 * Finding a figure by what an analyst types: labels in Dutch and English, ids, provinces and
 * regions (official and common names), the domain's words in both languages, the letter's own
 * words, and amounts in Dutch or English notation ("187.000", "1,5 miljard", "225 million",
 * "2%"). An amount is matched by value: exact values first, then figures whose text names the
 * amount, then near values, each marked as what it is, so a near miss is never presented as
 * the figure asked for. MiniSearch does the word matching and ranking (fuzzy for typos,
 * prefixes while typing, boosted fields). Pure; the pane loads it lazily.
 */
import MiniSearch from "minisearch";
import { dataset } from "./dataset";
import { COMMITMENT_KIND_WORDS } from "../locale/sheets";
import { UNIT_WORDS } from "../locale/units";
import type { Figure, Unit } from "./schema";
import { normalise, synonymsIn } from "./vocabulary";
import { renderSource } from "./provenance";

export type EntryKind = "figure" | "province" | "area" | "commitment" | "passage";

export interface SearchEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly label: string;
  readonly labelEn: string;
  /** where it belongs, as the list shows it: group, province, region or who */
  readonly where: string;
  /** `where` in English, where it differs (a commitment's who) */
  readonly whereEn?: string;
  /** `where` and the words an analyst searches it by (the table's words, "tweede") */
  readonly place: string;
  /** the unit and the numbers, written every way an analyst might type them */
  readonly numbers: string;
  /** the letter's words (or the source's, the formula, the reasoning) */
  readonly text: string;
  /** the figure's values (value, low, high), for matching an amount */
  readonly values: readonly number[];
  readonly unit?: Unit;
  /** the amounts its words name ("Pad 845.000 tot 2030"), canonical */
  readonly mentions: readonly number[];
  /** what comes first among equals: the letter's own figure before a restatement (lower first) */
  readonly rank: number;
  /** the provinces and regions it is about (normalised), none for a national figure */
  readonly regions?: readonly string[];
  /** a date about something (an award, an opening), not a quantity */
  readonly isDate?: boolean;
  /** about a year after the letter's: a forecast or a target, not the state the letter found */
  readonly ahead?: boolean;
}

/** How a result answers the query. */
export type Match =
  /** the id, or a figure with exactly the amount asked for */
  | "exact"
  /** every word of the query */
  | "words"
  /** a figure whose words name the amount, though its value is another */
  | "mention"
  /** a value close to the amount asked for, not equal to it */
  | "near"
  /** some of the query's words, not all */
  | "partial";

export interface Hit {
  readonly entry: SearchEntry;
  readonly match: Match;
}

/** An amount in a query: its value (a percentage as a fraction) and how it was written. */
export interface Amount {
  readonly value: number;
  readonly percent: boolean;
  readonly written: string;
}

export interface Answer {
  readonly hits: readonly Hit[];
  /** the amount asked for, when the query holds one */
  readonly amount: Amount | null;
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

const SCALE: Readonly<Record<string, number>> = {
  miljard: 1e9,
  billion: 1e9,
  mld: 1e9,
  bn: 1e9,
  miljoen: 1e6,
  million: 1e6,
  mln: 1e6,
  mio: 1e6,
  duizend: 1e3,
  thousand: 1e3,
};

/**
 * A number as typed: "84.000" and "84,000" are thousands, "1,5" and "1.5" decimals; with both
 * separators the last one is the decimal mark ("1.234,5", "1,234.5").
 */
function readNumber(digits: string): number {
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  // Stryker disable next-line EqualityOperator: digits start with a digit (AMOUNT), so no mark is at 0
  if (lastDot >= 0 && lastComma >= 0) {
    // Stryker disable next-line EqualityOperator: with both marks present their last places differ
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    return Number(digits.split(thousands).join("").replace(decimal, "."));
  }
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(digits)) return Number(digits.replace(/[.,]/g, ""));
  return Number(digits.replace(",", "."));
}

const AMOUNT =
  /(€\s*)?(\d+(?:[.,]\d+)*)\s*(%|procent|percent|miljard|billion|mld|bn|miljoen|million|mln|mio|duizend|thousand)?(?![\p{L}\d])/giu;

/**
 * The amount in a query, if it holds one: a number with a thousands or decimal mark, a scale
 * word, a percent sign or a euro sign, or a whole number of 1,000 or more that is not a year.
 * Small bare numbers and years stay words ("tranche 2", "2035").
 */
export function parseAmount(query: string): { amount: Amount | null; rest: string } {
  for (const m of query.matchAll(AMOUNT)) {
    const [written, euro, digits, unitWord] = m;
    const word = unitWord?.toLowerCase();
    const n = readNumber(digits);
    if (!Number.isFinite(n)) continue;
    const marked = /[.,]/.test(digits) || !!word || !!euro;
    const bare = Number.isInteger(n) && n >= 1000 && !(n >= 1900 && n <= 2100);
    if (!marked && !bare) continue;
    const percent = word === "%" || word === "procent" || word === "percent";
    const value = percent ? n / 100 : word ? n * SCALE[word] : n;
    const rest = `${query.slice(0, m.index)} ${query.slice((m.index ?? 0) + written.length)}`;
    return { amount: { value, percent, written: written.trim() }, rest };
  }
  return { amount: null, rest: query };
}

/** The amounts a text names (not its years or small counts), canonical; 130% as 1.3. */
function mentionedAmounts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const { amount } = parseAmount(m[0]);
    if (amount) out.push(amount.value);
  }
  return out;
}

function figureText(f: Figure): string {
  return renderSource(f, {
    letter: (s) => `${s.quote} ${s.section}`,
    external: (s) => s.quote ?? "",
    derived: (s) => s.formula,
    assumption: (s) => s.reasoning,
    calculation: (s) => s.method,
  });
}

/** What each table is about, in the words an analyst searches with (both languages). */
const TABLE_WORDS: Readonly<Record<Figure["table"], string>> = {
  kerncijfers: "landelijk national",
  provincies: "provincie province Bijlage 1 annex",
  tranches: "Woningbouwimpuls tranche",
  financiering: "financiering funding",
  parameters: "model parameter",
  sindsdebrief: "sinds de brief since the letter later",
};
/** What the later figures' groups are about, in both languages (the groups are Dutch). */
const GROUP_WORDS: Readonly<Record<string, string>> = {
  "Nieuwbouw (CBS)": "productie production gerealiseerd realised new build opgeleverd",
  "Toevoegingen aan de voorraad":
    "productie production gerealiseerd realised homes added toegevoegd transformatie",
  "Woningtekort (ramingen)": "housing shortage estimate raming Primos ABF",
  Plancapaciteit: "plan capacity",
  "Latere doelen": "doel target ambitie programma Woningbouw Woon- en Bouwagenda",
};
const ORDINALS: Readonly<Record<string, string>> = { "1": "eerste first", "2": "tweede second" };

/**
 * The group, the table's words and ordinals for "Tranche 2": where the figure belongs. A word
 * that is missing (undefined) joins as nothing, as `Array.prototype.join` writes it.
 */
function placeOf(f: Figure): string {
  const ordinal = /tranche (\d)/i.exec(f.group)?.[1];
  return [
    f.group,
    TABLE_WORDS[f.table],
    f.table === "sindsdebrief" ? GROUP_WORDS[f.group] : "",
    ordinal ? ORDINALS[ordinal] : "",
    f.period,
    f.period ? dataset.periodsEn[f.period] : "",
    f.year,
  ].join(" ");
}

/** The letter's own figure first, then an external one, then what is derived or assumed. */
const SOURCE_RANK: Readonly<Record<Figure["source"]["kind"], number>> = {
  letter: 0,
  external: 1,
  derived: 2,
  calculation: 3,
  assumption: 4,
};

/** The letter's year: a figure about a later year is a forecast or a target. */
const LETTER_YEAR = Number(dataset.document.date.slice(0, 4));

/** Every province's and region's name, normalised: what makes an entry regional. */
const PLACES: readonly string[] = [
  ...new Set(
    [
      ...dataset.provinces.map((p) => p.name),
      ...dataset.areas.map((a) => a.region),
      ...dataset.figures.filter((f) => f.table === "provincies").map((f) => f.group),
    ].map(normalise)
  ),
];

/** The places a text names (normalised names of PLACES). */
function placesIn(text: string): string[] {
  const padded = ` ${normalise(text)} `;
  return PLACES.filter((p) => padded.includes(` ${p} `));
}

export function searchEntries(): SearchEntry[] {
  const figures = dataset.figures.map((f): SearchEntry => {
    const values = [f.value, f.low, f.high].filter((v): v is number => typeof v === "number");
    // the group's English name weighs as the text does: a figure's own label before its group's
    const text = `${figureText(f)} ${f.note ?? ""} ${dataset.groupNamesEn[f.group] ?? ""}`;
    return {
      id: f.id,
      kind: "figure",
      label: f.label.nl,
      labelEn: f.label.en,
      where: f.group,
      place: placeOf(f),
      // the unit as stored and in English words ("woningen_per_jaar", "homes per year")
      numbers: [
        f.unit,
        UNIT_WORDS.en[f.unit],
        ...values.flatMap((v) => [String(v), ...numberForms(v, f.unit)]),
      ].join(" "),
      text,
      values,
      unit: f.unit,
      mentions: mentionedAmounts(`${f.label.nl} ${f.group}`),
      rank: SOURCE_RANK[f.source.kind],
      regions: placesIn(`${f.group} ${f.label.nl}`),
      isDate: f.unit === "datum",
      // a later year, or published after the letter ("WB Sinds de brief"): not what the
      // letter found
      ahead: (f.year ?? 0) > LETTER_YEAR || f.table === "sindsdebrief",
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
    values: [],
    mentions: [],
    rank: 5,
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
    values: [],
    mentions: [],
    rank: 5,
  }));
  const commitments = dataset.commitments.map((c): SearchEntry => ({
    id: c.id,
    kind: "commitment",
    label: c.what,
    labelEn: c.en.what,
    where: c.who,
    whereEn: c.en.who,
    place: `${c.who} ${c.en.who}`,
    numbers: `${c.when} ${c.en.when} ${c.due ?? ""}`,
    text: `${c.quote} ${c.section} ${COMMITMENT_KIND_WORDS.nl[c.kind]} ${COMMITMENT_KIND_WORDS.en[c.kind]} ${c.note ?? ""}`,
    values: [],
    mentions: [],
    rank: 5,
    regions: placesIn(`${c.what} ${c.who}`),
  }));
  return [...figures, ...provinces, ...areas, ...commitments];
}

/**
 * The letter's passages, so every word of it is found: its paragraphs with the section each
 * stands in (a numbered line "1) Generiek …" or a short title line such as "Stikstof").
 */
export function passageEntries(letter: string): SearchEntry[] {
  const out: SearchEntry[] = [];
  let section = "";
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join(" ").replace(/\s+/g, " ").trim();
    lines = [];
    if (text.length < 40) return;
    const n = out.length + 1;
    const start = text.split(" ").slice(0, 8).join(" ");
    out.push({
      id: `brief.passage.${n}`,
      kind: "passage",
      label: `${start} …`,
      labelEn: `${start} …`,
      where: section,
      place: section,
      numbers: "",
      text,
      values: [],
      mentions: mentionedAmounts(text),
      rank: 9,
    });
  };
  for (const raw of letter.split(/\r?\n/)) {
    const line = raw.trim();
    const title =
      /^\d\) \S/.test(line) ||
      (line.length > 3 && line.length < 60 && /^[A-Z][^.:;,]*$/.test(line));
    if (!line) {
      if (lines.length && /[.:]$/.test(lines[lines.length - 1])) flush();
    } else if (title && !lines.length) {
      section = line;
    } else if (title && /[.:]$/.test(lines[lines.length - 1])) {
      flush();
      section = line;
    } else lines.push(line);
  }
  flush();
  return out;
}

export interface FigureIndex {
  /** Entries for a query, best first (see `find` for how each one matches). */
  search(query: string, limit?: number): SearchEntry[];
  /** The results for a query, best first, each with how it matches, and the amount asked for. */
  find(query: string, limit?: number): Answer;
  /** adds entries later (the letter's passages, fetched after the index is built) */
  add(entries: readonly SearchEntry[]): void;
  readonly size: number;
}

/** Question words and particles: "hoeveel plancapaciteit heeft Zuid-Holland?" */
const STOP_WORDS = new Set(
  (
    "wat hoeveel hoe welke wanneer waar wie is zijn was de het een van in voor op met en er die dat " +
    "heeft hebben naar bij om te tot per " +
    "what how many much which when where who is are was the a an of in for on with and does do " +
    "to by per"
  ).split(" ")
);

/** Index-side terms: normalised (accents dropped) so "Fryslân" and "fryslan" meet. */
function indexTerm(term: string): string | null {
  // most terms are plain already: normalising each one doubled the index's build time
  // (normalise lower-cases too, so the other terms need no toLowerCase first)
  if (/^[a-z0-9]+$/i.test(term)) return term.toLowerCase();
  return normalise(term) || null;
}

function queryTerm(term: string): string | null {
  const t = normalise(term);
  return (t.length > 1 || /\d/.test(t)) && !STOP_WORDS.has(t) ? t : null;
}

/** A query of only question words is searched for them ("voor", "wanneer": words of the letter). */
function onlyStopWords(q: string): boolean {
  return normalise(q)
    .split(" ")
    .every((w) => w.length <= 1 || STOP_WORDS.has(w));
}

/** Words that ask when: only then may a date about a figure come before the figure. */
const WHEN_WORDS = new Set(
  "wanneer when datum date dag day maand month toekenning toegekend award awarded opengesteld open opened".split(
    " "
  )
);

/** Words that ask for what happened after the letter rather than what it found. */
const LATER_WORDS = new Set(
  "sinds since later latere gerealiseerd gerealiseerde realised realized actual werkelijk daarna".split(
    " "
  )
);

/** Every name of a place an analyst may type: provinces, regions and the areas of Tabel 1. */
const PLACE_NAMES: readonly string[] = [
  ...new Set([...PLACES, ...dataset.areas.map((a) => normalise(a.area))]),
];

/**
 * At most one letter added, dropped or changed: a typed place name ("holand"). The loop stops
 * where the words first differ (namesPlace compares them for equality first; the bound on `a`
 * keeps equal words from running past their end); words whose lengths differ by more than one
 * fail every comparison below.
 */
function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  );
}

/** Whether a query names a province, region or area, in any of its names, typos included. */
export function namesPlace(query: string): boolean {
  const typed = `${normalise(query)} ${synonymsIn(query)}`.split(" ");
  return PLACE_NAMES.some((place) =>
    place
      .split(" ")
      .every((w) => typed.some((t) => t === w || (w.length >= 5 && oneEditApart(t, w))))
  );
}

/**
 * What an analyst most likely means, among results that all hold the query's words: how many
 * of these rules a result breaks (fewer first, then MiniSearch's score).
 * - A figure about a province or region only when the query names a place: without one, the
 *   country's figure is meant ("woningen per jaar bouwen" is national production).
 * - Without a year in the query (or a word asking what happened later), the state the letter
 *   found before a forecast, a target or a figure published after it: "housing shortage" is the
 *   shortage the letter starts from, not ABF's 2025 estimate or a later estimate.
 * - Without a word that asks when, the figure before a date about it: "tranche 2" is its
 *   budget, not the month it is awarded.
 */
export function rulesBroken(e: SearchEntry, asked: Asked): number {
  // what the query names exactly is what was asked for
  if (asked.text === normalise(e.label) || asked.text === normalise(e.labelEn)) return 0;
  let broken = 0;
  if (e.regions?.length && !asked.place) broken++;
  if (e.ahead && !asked.year && !asked.later) broken++;
  if (e.isDate && !asked.when) broken++;
  return broken;
}

/** What a query asks for, as the ranking rules read it: worked out once per query. */
export interface Asked {
  readonly text: string;
  readonly place: boolean;
  readonly year: boolean;
  readonly when: boolean;
  /** asks for what happened after the letter ("gerealiseerd", "since", "later") */
  readonly later: boolean;
}

export function asked(query: string): Asked {
  const text = normalise(query);
  return {
    text,
    place: namesPlace(query),
    year: /\b(19|20)\d\d\b/.test(text),
    when: text.split(" ").some((w) => WHEN_WORDS.has(w)),
    later: text.split(" ").some((w) => LATER_WORDS.has(w)),
  };
}

/** Near: the same kind of quantity, within a quarter of the amount asked for. */
function isNear(v: number, a: Amount, unit: Unit | undefined): boolean {
  if (a.percent !== (unit === "fractie")) return false;
  // a zero on either side gives 0, ±Infinity or NaN: never near
  const ratio = v / a.value;
  return ratio >= 0.8 && ratio <= 1.25;
}

function equal(v: number, q: number): boolean {
  return Math.abs(v - q) <= 1e-9 * Math.max(1, Math.abs(q));
}

/** An entry as indexed: with the other words for its name, place and text. */
type Indexed = SearchEntry & { names: string; vocab: string };

/** MiniSearch over the entries' fields, its boosts, fuzziness and prefixes; `byId` ranks them. */
function miniSearch(byId: ReadonlyMap<string, SearchEntry>): MiniSearch<Indexed> {
  return new MiniSearch<Indexed>({
    fields: ["id", "label", "labelEn", "place", "numbers", "text", "names", "vocab"],
    processTerm: indexTerm,
    searchOptions: {
      processTerm: queryTerm,
      boost: { id: 4, label: 3, labelEn: 2, place: 2, numbers: 2, names: 2, vocab: 0.7, text: 0.5 },
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      prefix: (term) => term.length > 2,
      // the letter's passages only after what holds a figure, a place or a commitment; among
      // figures the letter's own before a restatement, derivation or assumption
      boostDocument: (id) => {
        const e = byId.get(String(id));
        return !e ? 1 : e.kind === "passage" ? 0.25 : 1 - 0.05 * Math.min(e.rank, 5);
      },
    },
  });
}

/**
 * The entries that hold `amount`: exactly, as a mention in their text, or near it (the five
 * closest); the exact and mentioned ones by `score` (the query's other words), then rank.
 */
function amountHits(
  all: readonly SearchEntry[],
  amount: Amount,
  score: ReadonlyMap<SearchEntry, number>
): Hit[] {
  const byScore = (a: SearchEntry, b: SearchEntry) =>
    (score.get(b) ?? 0) - (score.get(a) ?? 0) || a.rank - b.rank;
  const exact: SearchEntry[] = [];
  const mention: SearchEntry[] = [];
  const near: Array<{ e: SearchEntry; off: number }> = [];
  for (const e of all) {
    const same = e.values.some(
      (v) => equal(v, amount.value) && (!amount.percent || e.unit === "fractie")
    );
    if (same) exact.push(e);
    else if (e.mentions.some((v) => equal(v, amount.value))) mention.push(e);
    else {
      const close = e.values.filter((v) => isNear(v, amount, e.unit));
      if (close.length)
        near.push({
          e,
          off: Math.min(...close.map((v) => Math.abs(Math.log(v / amount.value)))),
        });
    }
  }
  return [
    ...exact.sort(byScore).map((e) => ({ entry: e, match: "exact" as const })),
    ...mention.sort(byScore).map((e) => ({ entry: e, match: "mention" as const })),
    ...near
      .sort((a, b) => a.off - b.off || a.e.rank - b.e.rank)
      .slice(0, 5)
      .map(({ e }) => ({ entry: e, match: "near" as const })),
  ];
}

export function buildIndex(entries: readonly SearchEntry[] = searchEntries()): FigureIndex {
  const all: SearchEntry[] = [];
  const byId = new Map<string, SearchEntry>();
  /** the entries by their id in lower case: an id typed in any case is that entry */
  const byLowerId = new Map<string, SearchEntry>();
  const index = miniSearch(byId);
  const add = (more: readonly SearchEntry[]) => {
    const fresh = more.filter((e) => !byId.has(e.id));
    for (const e of fresh) {
      all.push(e);
      byId.set(e.id, e);
      byLowerId.set(e.id.toLowerCase(), e);
    }
    index.addAll(
      fresh.map((e) => ({
        ...e,
        // the other words for what its name and place say, and for what its text says
        names: synonymsIn(`${e.label} ${e.labelEn} ${e.place}`),
        vocab: synonymsIn(e.text),
      }))
    );
  };
  add(entries);

  const words = (q: string, combineWith: "AND" | "OR") =>
    // Stryker disable next-line MethodExpression: every id MiniSearch returns was put in byId by the same add(); the filter only narrows the type
    index
      .search(q, onlyStopWords(q) ? { combineWith, processTerm: indexTerm } : { combineWith })
      .map((h) => ({ entry: byId.get(String(h.id)), score: h.score }))
      .filter((h): h is { entry: SearchEntry; score: number } => !!h.entry);

  const find = (query: string, limit = 20): Answer => {
    const q = query.trim().slice(0, 200);
    const exactId = byLowerId.get(q.toLowerCase());
    if (exactId) {
      const rest = words(q, "AND").filter((h) => h.entry !== exactId);
      return {
        hits: [
          { entry: exactId, match: "exact" as const },
          ...rest.map((h) => ({ entry: h.entry, match: "words" as const })),
        ].slice(0, limit),
        amount: null,
      };
    }
    const { amount, rest } = parseAmount(q);
    if (!amount) {
      const facts = asked(q);
      const and = words(q, "AND")
        .map((h) => ({ ...h, broken: rulesBroken(h.entry, facts) }))
        // MiniSearch returns its hits "sorted by descending score" (its search() doc), and sort is stable
        .sort((a, b) => a.broken - b.broken);
      const hits: Hit[] = and.length
        ? and.map((h) => ({ entry: h.entry, match: "words" }))
        : words(q, "OR").map((h) => ({ entry: h.entry, match: "partial" }));
      return { hits: hits.slice(0, limit), amount: null };
    }
    // An amount: matched by value; the other words order what matches and filter nothing.
    const score = new Map<SearchEntry, number>();
    for (const h of words(rest, "OR")) score.set(h.entry, h.score);
    const hits = amountHits(all, amount, score);
    return { hits: hits.slice(0, limit), amount };
  };

  return {
    get size() {
      return all.length;
    },
    add,
    find,
    search: (query, limit = 20) => find(query, limit).hits.map((h) => h.entry),
  };
}
