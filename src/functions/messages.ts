/**
 * Error messages in Dutch and English, chosen by the user's Office display language.
 */
import type { MessageKey, MessageParams } from "../model/errors";
import type { Lang } from "../locale/lang";

type Template = (p: MessageParams) => string;
type Catalogue = Record<MessageKey, Template>;

const nl: Catalogue = {
  blank: (p) => `Geen waarde voor ${p.param}: de cel is leeg.`,
  notNumber: (p) => `${p.param} moet een getal zijn, niet "${p.got}".`,
  notScalar: (p) => `${p.param} verwacht één waarde, geen bereik van ${p.rows}×${p.cols}.`,
  negative: (p) => `${p.param} mag niet negatief zijn.`,
  needZero: () => "De opgave (need) is 0: delen door nul.",
  stockNotPositive: (p) => `${p.param}: de woningvoorraad moet groter dan 0 zijn (en blijven).`,
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
};

const en: Catalogue = {
  blank: (p) => `No value for ${p.param}: the cell is blank.`,
  notNumber: (p) => `${p.param} must be a number, not "${p.got}".`,
  notScalar: (p) => `${p.param} takes one value, not a ${p.rows}×${p.cols} range.`,
  negative: (p) => `${p.param} must not be negative.`,
  needZero: () => "The need is 0: division by zero.",
  stockNotPositive: (p) => `${p.param}: the housing stock must be (and stay) above 0.`,
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

export function message(lang: Lang, key: MessageKey, params: MessageParams): string {
  return (lang === "nl" ? nl : en)[key](params);
}
