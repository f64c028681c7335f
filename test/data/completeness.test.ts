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
  const { uncovered, dead } = uncoveredMatches(/\d[\d.,]*/g, RULES);

  it("leaves no number of the letter uncovered", () => {
    expect(uncovered).toEqual([]);
  });

  it("every exclusion rule still matches the letter", () => {
    expect(dead).toEqual([]);
  });
});

/** Where a word or phrase stands in the letter, and whether a quote of the dataset covers it. */
function uncoveredMatches(re: RegExp, extra: ReadonlyArray<{ why: string; re: RegExp }>) {
  const text = seedText();
  const quotes = [
    ...dataset.figures.flatMap((f) => (f.source.kind === "letter" ? [f.source.quote] : [])),
    ...dataset.provinces.map((p) => p.quote),
    ...dataset.areas.map((a) => a.quote),
    ...dataset.commitments.map((c) => c.quote),
  ].map(normalise);
  const spans: Array<[number, number]> = [];
  for (const q of quotes)
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) spans.push([i, i + q.length]);
  // every exclusion rule's matches count as covered; a rule that matches nothing is dead weight
  const hits = extra.map((rule) => {
    let n = 0;
    for (const m of text.matchAll(rule.re)) {
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      n++;
    }
    return { why: rule.why, hits: n };
  });
  const uncovered: string[] = [];
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (!spans.some(([a, b]) => at >= a && at < b))
      uncovered.push(`${m[0]} … ${text.slice(Math.max(0, at - 50), at + 40)}`);
  }
  return { uncovered, dead: hits.filter((h) => h.hits === 0) };
}

const NUMBER_WORD =
  /\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|duizend|duizenden)\b/gi;
const NOT_A_QUANTITY: ReadonlyArray<{ why: string; re: RegExp }> = [
  {
    why: "the letter's own structure: two letters, five lines, two tracks",
    re: /twee brieven|vijf lijnen|twee sporen/g,
  },
  { why: "motions answered, not a housing quantity", re: /twee moties/g },
  { why: "the regions of a province named, not counted as a figure", re: /drie regio’s/g },
  {
    why: "a comparison period, not a quantity",
    re: /lager zal liggen dan de afgelopen twee jaar/g,
  },
  {
    why: "the ten-year horizon restated in Bijlage 1 (figure opgave.horizon_jaren)",
    re: /de nationale bouwopgave voor de komende tien jaar/g,
  },
];

const TIME_PHRASE = new RegExp(
  `\\b(?:dit|volgend) jaar\\b|\\b(?:voorjaar|najaar)\\b|kwartaal|\\bkomende (?:weken|maanden|periode|jaren|tien jaar|vijf jaar|twee jaar|2 jaar)\\b|\\b${MONTH} \\d{4}|\\beind ${MONTH}\\b`,
  "gi"
);
const NOT_A_DEADLINE: ReadonlyArray<{ why: string; re: RegExp }> = [
  {
    why: "past events and earlier letters",
    re: new RegExp(
      `afgelopen voorjaar|in mei dit jaar|dit voorjaar|in het voorjaar van 2020|\\b\\d{1,2} ${MONTH} \\d{4}|rapportage inventarisatie plancapaciteit april 2020|${MONTH} 2019|september 2020|november 2020 beschikbaar`,
      "g"
    ),
  },
  { why: "a programme that ends, not a promise", re: /De Bouwagenda loopt formeel dit jaar af/g },
  { why: "a past event", re: /eind september tijdens de week van de starter/g },
  {
    why: "the ten-year horizon restated in Bijlage 1 (figure opgave.horizon_jaren)",
    re: /de nationale bouwopgave voor de komende tien jaar/g,
  },
  {
    why: "expectations about production, not promises",
    re: /de productie de komende jaren lager|de productie van flexwoningen de komende jaren verder/g,
  },
];

describe("completeness: number words, dates and deadlines", () => {
  it("every quantity written in words stands in a quote of the dataset, or is no quantity", () => {
    const { uncovered, dead } = uncoveredMatches(NUMBER_WORD, NOT_A_QUANTITY);
    expect(uncovered).toEqual([]);
    expect(dead).toEqual([]);
  });

  it("every deadline and horizon stands in a quote (a commitment or a figure), or is a past date", () => {
    const { uncovered, dead } = uncoveredMatches(TIME_PHRASE, NOT_A_DEADLINE);
    expect(uncovered).toEqual([]);
    expect(dead).toEqual([]);
  });
});
