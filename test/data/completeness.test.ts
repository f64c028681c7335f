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

/** Every quote of the dataset: figures, provinces, areas and commitments. */
function allQuotes(): string[] {
  return [
    ...dataset.figures.flatMap((f) => (f.source.kind === "letter" ? [f.source.quote] : [])),
    ...dataset.provinces.map((p) => p.quote),
    ...dataset.areas.map((a) => a.quote),
    ...dataset.commitments.map((c) => c.quote),
  ];
}

/** Where a word or phrase stands in the letter, and whether one of `quoted` covers it. */
function uncoveredMatches(
  re: RegExp,
  extra: ReadonlyArray<{ why: string; re: RegExp }>,
  quoted: readonly string[] = allQuotes()
) {
  const text = seedText();
  const quotes = quoted.map(normalise);
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
      `afgelopen voorjaar|in mei dit jaar|dit voorjaar|in het voorjaar van 2020|\\b\\d{1,2} ${MONTH} \\d{4}|rapportage inventarisatie plancapaciteit april 2020|${MONTH} 2019|september 2020`,
      "g"
    ),
  },
  {
    why: "an ongoing regional monitor, yearly since August 2020 (before the letter): no promise with a deadline",
    re: /vanaf augustus 2020 jaarlijks beschikbaar komt/g,
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

/**
 * The words by which the letter promises, agrees, plans or sets a deadline. Every occurrence
 * must stand in a commitment's quote, or in a passage one of the rules below excludes.
 */
const PROMISE = new RegExp(
  [
    "\\bzal\\b",
    "\\bzullen\\b",
    "\\bwil\\b",
    "\\bwillen\\b",
    "\\bga ik\\b",
    "\\bgaan\\b",
    "\\bbinnenkort\\b",
    "op korte termijn",
    "\\bkomende\\b",
    "\\bdit jaar\\b",
    "\\bvolgend jaar\\b",
    "\\bnajaar\\b",
    "\\b2021\\b",
    "kwartaal",
    "ontvangt u",
    "\\binformeren\\b",
    "wordt u geïnformeerd",
    "afgesproken",
    "\\bafspraken\\b",
    "\\bplanning\\b",
    "\\breserveert\\b",
    "\\bstel ik\\b",
    "\\bstellen\\b",
    "\\bzet ik\\b",
    "\\bverwacht(?:en)?\\b",
    "\\bvindt\\b[^.]*\\bplaats\\b",
    "\\bwordt\\b[^.]*\\b(?:afgerond|gelanceerd|gemaakt|bepaald|gekeken|onderzocht)\\b",
    "\\bgereed\\b",
    "\\bbeschikbaar komt\\b",
    "\\bkomen\\b[^.]*\\bbeschikbaar\\b",
  ].join("|"),
  "gi"
);
const NOT_A_PROMISE: ReadonlyArray<{ why: string; re: RegExp }> = [
  {
    why: "agreements the letter refers back to, made before it (the woondeals, earlier agreements)",
    re: /met verschillende partijen afspraken over gemaakt|Met deze afspraken en de gezamenlijke aanpak|in verschillende woondeals concrete afspraken gemaakt|zijn concrete afspraken opgenomen over het toevoegen van flexwoningen/g,
  },
  { why: "a reference to Bijlage 1", re: /deze afspraken verwijs ik naar bijlage 1/g },
  {
    why: "Bijlage 1 restating agreements quoted from the main text (toezegging.provinciale_afspraken, toezegging.plancapaciteit_130)",
    re: /In alle provincies heb ik afspraken gemaakt over de woningbouwopgave tot 2030|In provincies waar dat nodig is heb ik aanvullend afspraken gemaakt over uitbreiding van de plancapaciteit/g,
  },
  {
    why: "the talks with the five other provinces, restated (toezegging.overleg_provincies)",
    re: /Het overleg met de andere vijf provincies vindt in de komende weken plaats|vindt komende weken bestuurlijk overleg plaats/g,
  },
  {
    why: "expectations and forecasts, not promises",
    re: /verwachten onder andere het EIB1 en ABF Research2 dat[^.]*|ABF Research verwacht dat|verwacht ik hierin weer een stijging|verwacht ik op termijn meer projecten|Ik verwacht dat de productie van flexwoningen de komende jaren verder zal toenemen|is de verwachting dat dit op korte termijn zal leiden|Op korte termijn kunnen daarmee bijna 12\.400|flexwonen een specifieke oplossing die op korte termijn al kan helpen/g,
  },
  {
    why: "the ten-year horizon of the provincial tasks (figure opgave.horizon_jaren)",
    re: /opgaven in de komende tien jaar|de nationale bouwopgave voor de komende tien jaar/g,
  },
  {
    why: "the cabinet's aim for the 14 areas; its promise for them is toezegging.gebieden_afspraken",
    re: /waar het kabinet meer regie op verstedelijking wil nemen/g,
  },
  {
    why: "the study of active land policy, whose promise is toezegging.grondbeleid_besluit",
    re: /daarom wordt onderzocht of het Rijk/g,
  },
  {
    why: "the letter's own structure and policies stated in the present tense",
    re: /zet ik ook gericht in op het aanjagen|Tenslotte zet ik in op extra woningbouw voor starters|woningbouw ga ik hieronder nader in|Hieronder ga ik in op de wijze/g,
  },
  {
    why: "an earlier promise about the corporations, answered by toezegging.corporaties_150000",
    re: /een groter deel van hun geplande woningbouw gaan realiseren/g,
  },
  { why: "a purpose, not a step", re: /zoveel mogelijk tegen te gaan/g },
  {
    why: "the split of the € 1 miljard reservation (toezegging.stikstof_reservering; figures stikstof.*)",
    re: /in de periode 2021-2023/g,
  },
  { why: "a programme that ends, not a promise", re: /De Bouwagenda loopt formeel dit jaar af/g },
  {
    why: "innovation within the nitrogen measures, part of toezegging.stikstof_bouwsector",
    re: /Binnen de maatregelen gericht op stikstofreductie zal er eveneens aandacht zijn voor innovatie/g,
  },
  {
    why: "a summary of the section's funding (toezegging.kwetsbaar_stimulans_2021, toezegging.ouderen_2021)",
    re: /en stel ik daar het komende jaar additionele middelen voor beschikbaar/g,
  },
  { why: "a payment already made", re: /heb ik in mei dit jaar al/g },
  {
    why: "the € 20 miljoen for clustered housing restated (toezegging.ouderen_2021)",
    re: /We stellen een stimuleringsregeling in van € 20 miljoen/g,
  },
  { why: "a parliamentary paper reference", re: /Kamerstukken II, 2020\/2021/g },
  {
    why: "what the task will demand of all parties, not a promise",
    re: /een grote inzet van alle partijen zal vragen, creativiteit om knelpunten op te lossen en ook zal het extra investeringen vragen/g,
  },
  {
    why: "a provincial programme named with its period",
    re: /Versnelling Woningbouw 2021 t\/m 2024/g,
  },
  {
    why: "talks and explorations under way, without a step or date (their results: toezegging.verkenning_resultaten)",
    re: /vindt er intensief overleg plaats|Tegelijkertijd vindt een verkenning plaats/g,
  },
  {
    why: "a need after 2030, not a promise",
    re: /Voor de langere termijn \(na 2030\) zullen nog nieuwe woningbouwplannen nodig zijn/g,
  },
  {
    why: "an ongoing regional monitor, yearly since August 2020 (before the letter): no promise with a deadline",
    re: /vanaf augustus 2020 jaarlijks beschikbaar komt/g,
  },
];

describe("completeness: the commitments cover every promise, agreement and deadline of the letter", () => {
  const { uncovered, dead } = uncoveredMatches(
    PROMISE,
    NOT_A_PROMISE,
    dataset.commitments.map((c) => c.quote)
  );

  it("leaves no sentence that promises, agrees, plans or sets a deadline without a commitment", () => {
    expect(uncovered).toEqual([]);
  });

  it("every exclusion rule still matches the letter", () => {
    expect(dead).toEqual([]);
  });

  it("a rule that points to a commitment names one the dataset has", () => {
    const ids = new Set(dataset.commitments.map((c) => c.id));
    const named = NOT_A_PROMISE.flatMap((r) => r.why.match(/toezegging\.[a-z0-9_]+/g) ?? []);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});
