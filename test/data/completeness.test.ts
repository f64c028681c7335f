/**
 * "A reader of the letter should find no number about housing that the dataset lacks": every
 * number in the letter stands inside a passage that a figure, province or area row quotes, or
 * is explained by one of the rules below (footnotes, references, dates, section numbers,
 * restatements). Each rule must still match something, so none is dead weight.
 */
import { dataset } from "../../src/data/dataset";
import { normalise, seedText } from "../support/seed";

const MONTH =
  "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

const RULES: ReadonlyArray<{ why: string; re: RegExp }> = [
  { why: "web addresses in footnotes", re: /(?:https?:\/\/|www\.)\S+/g },
  {
    why: "parliamentary paper references",
    re: /Kamerstukken(?: II)?,? (?:\d{4}[/-]\d{4}, )?\d+(?: \d+)?(?: VII)?, nr\. ?\d+/g,
  },
  { why: "motion reference", re: /\(33570-20\)/g },
  { why: "party name", re: /\(50PLUS\)/g },
  { why: "organisation name", re: /Platform31/g },
  { why: "chemical formula", re: /CO2/g },
  {
    why: "footnote numbers opening footnote text",
    re: /(?<=^|\s)\d{1,2}(?= (?:Kamerstukken|https?:|www\.|De totstandkoming|In de woondeals|In het voorjaar van 2021))/g,
  },
  { why: "footnote markers glued to a word", re: /(?<=[A-Za-zé])\d{1,2}(?=[\s.,;:)]|$)/g },
  {
    why: "footnote markers after an abbreviation or a space",
    re: /(?<=jl\.)3\b|(?<=coronacrisis )11(?= heb)/g,
  },
  { why: "section numbering", re: /(?<=^|[\s,:])[1-5]\)(?= [A-Za-z])/g },
  { why: "table and annex numbers", re: /(?:Tabel|[Bb]ijlage) [12]\b/g },
  {
    why: "dates of letters, meetings and publications",
    re: new RegExp(`\\b\\d{1,2} ${MONTH}(?: \\d{4})?|\\b${MONTH} \\d{4}`, "g"),
  },
  { why: "quarter and season of a planned step", re: /(?:kwartaal|voorjaar) van \d{4}/g },
  {
    why: "a year as a time reference, not a quantity",
    re: /\b(?:tot|na|In|in|voor|prognose) \d{4}\b/g,
  },
  {
    why: "names of programmes",
    re: /Actieplan Wonen 2020-2025|Versnelling Woningbouw 2021 t\/m 2024/g,
  },
  { why: "the 130% norm restated (figure plancapaciteit.norm)", re: /\b130%/g },
  {
    why: "the 16 urban renewal areas restated (figure svg.aantal)",
    re: /\b16 stedelijke vernieuwingsgebieden/g,
  },
  {
    why: "the € 20 million for clustered housing restated (figure ouderen.geclusterd_budget)",
    re: /€ 20 miljoen beschikbaar voor het stimuleren van geclusterde woningen/g,
  },
  {
    why: "participants of an online dialogue (Bijlage 2), not a housing figure",
    re: /155 professionals/g,
  },
];

describe("completeness: the dataset covers every number in the letter", () => {
  const text = seedText();
  const quotes = [
    ...dataset.figures.flatMap((f) => (f.source.kind === "letter" ? [f.source.quote] : [])),
    ...dataset.provinces.map((p) => p.quote),
    ...dataset.areas.map((a) => a.quote),
  ].map(normalise);

  const spans: Array<[number, number]> = [];
  for (const q of quotes)
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) spans.push([i, i + q.length]);
  const ruleHits = RULES.map((rule) => {
    let hits = 0;
    for (const m of text.matchAll(rule.re)) {
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      hits++;
    }
    return { why: rule.why, hits };
  });

  it("leaves no number of the letter uncovered", () => {
    const uncovered: string[] = [];
    for (const m of text.matchAll(/\d[\d.,]*/g)) {
      const at = m.index ?? 0;
      if (!spans.some(([a, b]) => at >= a && at < b))
        uncovered.push(`${m[0]} … ${text.slice(Math.max(0, at - 60), at + 40)}`);
    }
    expect(uncovered).toEqual([]);
  });

  it("every exclusion rule still matches the letter", () => {
    expect(ruleHits.filter((r) => r.hits === 0)).toEqual([]);
  });
});
