/**
 * The custom functions' words, Dutch and English, chosen by the user's Office display language:
 * the error messages (one per refusal, naming the parameter and what it got), the spilled
 * path's column headers, numbers written in the language's notation, and the Dutch names of
 * the parameters. Only these: functions.js imports this module and no pane words.
 */
import { inLanguage, type Lang, type Vocabulary } from "./lang";
import dutch from "./functions.nl.json";

/** A message's parameters (src/model/errors.ts MessageParams): names and values to show. */
export type MessageParams = Readonly<Record<string, string | number>>;
type Template = (p: MessageParams) => string;

/** The Dutch parameter names Excel shows in Dutch Excel (plan_capacity → plancapaciteit). */
const DUTCH_PARAMS: ReadonlyMap<string, string> = new Map(
  Object.values(dutch).flatMap((fn) =>
    Object.entries(fn.parameters as Record<string, { name: string }>).map(
      ([en, t]) => [en, t.name] as const
    )
  )
);

/** A parameter by the name the session's Excel shows: Dutch in Dutch Excel. */
export function paramName(lang: Lang, param: string): string {
  return inLanguage(lang, { nl: DUTCH_PARAMS.get(param) ?? param, en: param });
}

/**
 * A number as a person writes it in the session's language: rounded to `decimals` (so the
 * double 7.000000000000001 reads 7), digits grouped, Dutch "1.234,5" or English "1,234.5",
 * a minus sign for negatives. Excel's own number format is not available to a message.
 */
export function writtenNumber(lang: Lang, n: string | number | undefined, decimals = 0): string {
  const x = Number(n);
  if (!Number.isFinite(x)) return String(n);
  const fixed = Math.abs(x).toFixed(decimals);
  const rounded = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  const [int, frac] = rounded.split(".");
  const [group, point] = inLanguage(lang, { nl: [".", ","], en: [",", "."] });
  const sign = Number(rounded) === 0 || x >= 0 ? "" : "\u2212";
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${frac ? `${point}${frac}` : ""}`;
}
/** A share (0.07) as a percentage (7%), to two decimals at most. */
const percent = (lang: Lang, share: string | number | undefined) =>
  `${writtenNumber(lang, Number(share) * 100, 2)}%`;

const nl = {
  blank: (p) => `Geen waarde voor ${p.param}: de cel is leeg.`,
  notNumber: (p) => `${p.param} moet een getal zijn, niet "${p.got}".`,
  notFlag: (p) => `${p.param} moet WAAR of ONWAAR zijn, niet "${p.got}".`,
  notScalar: (p) => `${p.param} verwacht één waarde, geen bereik van ${p.rows}×${p.cols}.`,
  negative: (p) => `${p.param} mag niet negatief zijn.`,
  needZero: (p) => `De ${p.param} is 0: delen door nul.`,
  numberAsText: (p) =>
    `${p.param}: "${p.got}" is tekst, geen getal. Typ het als getal (zonder punten of €) of zet de cel om naar een getal.`,
  stockNotPositive: (p) => `${p.param}: de woningvoorraad moet groter dan 0 zijn.`,
  stockDepleted: (p) =>
    `De woningvoorraad zakt in ${p.year} tot 0 of lager: de onttrekkingen zijn groter dan de productie plus de voorraad. Controleer productie en onttrekkingen.`,
  targetMet: (p) =>
    `Een tekort van ${percent("nl", p.share)} in ${p.year} wordt al gehaald zonder nieuwbouw (de berekende productie is ${writtenNumber("nl", p.production)} per jaar). Kies een lager doel of een later jaar.`,
  pathShape: (p) =>
    `${p.param} verwacht één getal of één rij of kolom met jaarwaarden, geen bereik van ${p.got}.`,
  ragged: (p) => `${p.param}: de rijen van het bereik zijn niet even lang.`,
  inputError: (p) => `${p.param}: de cel bevat de fout ${p.code}.`,
  shareRange: () =>
    "Het doelaandeel moet tussen 0 en 1 liggen (0 mag, 1 niet), bijvoorbeeld 0,02 voor 2%.",
  yearRange: (p) => `Het doeljaar moet een heel jaar van ${p.min} tot en met ${p.max} zijn.`,
  pathTooLong: (p) => `${p.param}: hoogstens ${p.max} jaarwaarden (2020–2034).`,
  pathGap: (p) =>
    `${p.param}: lege cel binnen de jaarwaarden (positie ${p.index}); alleen lege cellen aan het eind worden genegeerd.`,
  pathEmpty: (p) => `${p.param}: het bereik bevat geen waarden.`,
  shapeMismatch: (p) => `Bereiken van verschillende vorm: ${p.a} en ${p.b}.`,
  emptyRange: () => "Een bereik zonder cellen.",
  notFinite: (p) => `De uitkomst (${p.what}) is te groot of ongeldig.`,
  unknownTranche: (p) => `Onbekende tranche ${p.tranche}; bekend zijn: ${p.known}.`,
  budgetUnknown: (p) =>
    `Het budget van tranche ${p.tranche} staat niet in de brief; geef het op als budget.`,
  unknownFigure: (p) => `Onbekend kengetal "${p.id}". Bedoelt u: ${p.suggestions}?`,
  unknownField: (p) => `Onbekend veld "${p.field}"; kies uit ${p.fields}.`,
  figureNoValue: (p) => `${p.id} is een bandbreedte: vraag "low" of "high".`,
  fieldEmpty: (p) => `${p.id} heeft geen ${p.field}.`,
  internal: (p) => `Interne fout: ${p.detail}`,
} satisfies Record<string, Template>;

/** One template per refusal; src/functions/messages.ts holds the keys to src/model's MessageKey. */
export type FunctionMessages = Record<keyof typeof nl, Template>;

const en: FunctionMessages = {
  blank: (p) => `No value for ${p.param}: the cell is blank.`,
  notNumber: (p) => `${p.param} must be a number, not "${p.got}".`,
  notFlag: (p) => `${p.param} must be TRUE or FALSE, not "${p.got}".`,
  notScalar: (p) => `${p.param} takes one value, not a ${p.rows}×${p.cols} range.`,
  negative: (p) => `${p.param} must not be negative.`,
  needZero: (p) => `The ${p.param} is 0: division by zero.`,
  numberAsText: (p) =>
    `${p.param}: "${p.got}" is text, not a number. Type it as a number (without separators or €) or convert the cell to a number.`,
  stockNotPositive: (p) => `${p.param}: the housing stock must be above 0.`,
  stockDepleted: (p) =>
    `The housing stock falls to 0 or below in ${p.year}: withdrawals exceed production plus the stock. Check production and withdrawals.`,
  targetMet: (p) =>
    `A shortage of ${percent("en", p.share)} in ${p.year} is reached without building anything (the computed production is ${writtenNumber("en", p.production)} a year). Choose a lower target or a later year.`,
  pathShape: (p) =>
    `${p.param} takes one number or one row or column of yearly values, not a ${p.got} range.`,
  ragged: (p) => `${p.param}: the rows of the range differ in length.`,
  inputError: (p) => `${p.param}: the cell holds the error ${p.code}.`,
  shareRange: () => "The target share must be at least 0 and below 1, e.g. 0.02 for 2%.",
  yearRange: (p) => `The target year must be a whole year from ${p.min} to ${p.max}.`,
  pathTooLong: (p) => `${p.param}: at most ${p.max} yearly values (2020–2034).`,
  pathGap: (p) =>
    `${p.param}: blank cell inside the yearly values (position ${p.index}); only trailing blanks are ignored.`,
  pathEmpty: (p) => `${p.param}: the range holds no values.`,
  shapeMismatch: (p) => `Ranges of different shapes: ${p.a} and ${p.b}.`,
  emptyRange: () => "A range without cells.",
  notFinite: (p) => `The result (${p.what}) is too large or invalid.`,
  unknownTranche: (p) => `Unknown tranche ${p.tranche}; known: ${p.known}.`,
  budgetUnknown: (p) =>
    `The letter does not give tranche ${p.tranche}'s budget; pass it as budget.`,
  unknownFigure: (p) => `Unknown figure "${p.id}". Did you mean: ${p.suggestions}?`,
  unknownField: (p) => `Unknown field "${p.field}"; choose from ${p.fields}.`,
  figureNoValue: (p) => `${p.id} is a range: ask for "low" or "high".`,
  fieldEmpty: (p) => `${p.id} has no ${p.field}.`,
  internal: (p) => `Internal error: ${p.detail}`,
};

/** The functions' messages in both languages. */
export const FUNCTION_MESSAGES: Vocabulary<FunctionMessages> = { nl, en };

/** SHORTAGE_PATH's header row (header=TRUE), in the session's language. */
export const PATH_HEADER: Vocabulary<readonly string[]> = {
  nl: ["jaar", "tekort", "voorraad", "aandeel"],
  en: ["year", "shortage", "stock", "share"],
};
