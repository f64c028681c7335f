/**
 * The one rule by which a commitment's month ("Uiterlijk") is read from the letter's own words
 * for its time. The letter is dated 6 November 2020; words relative to that date ("dit jaar",
 * "het komende half jaar") give a month that is marked inferred. Pure; the sheet states the
 * rule (DUE_RULE) and a test holds every commitment of the dataset to it.
 */

/** The letter's year and month, as the record of the letter dates it (document.date 2020-11-06; a test holds them equal). */
export const LETTER_YEAR = 2020;
export const LETTER_MONTH = 11;

/** The Dutch month names, January first, as the letter writes them. */
export const DUTCH_MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;
const MONTH = `(${DUTCH_MONTHS.join("|")})`;
const COUNT: Readonly<Record<string, number>> = {
  twee: 2,
  drie: 3,
  vijf: 5,
  "2": 2,
  "3": 3,
  "5": 5,
};
const QUARTER: Readonly<Record<string, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

export const DUE_RULE = {
  nl:
    "Uiterlijk = de laatste maand waarin de woorden van de brief vallen: een datum of maand die de brief noemt; " +
    "een kwartaal: zijn laatste maand; 'voorjaar' maart–mei en 'najaar' september–november; 'in 2021' of een periode: december van het (laatste) jaar. " +
    "Ten opzichte van de brief (6 november 2020), gemarkeerd als afgeleid: 'dit jaar' 2020-12, 'begin volgend jaar' 2021-03, 'volgend jaar' 2021-12, " +
    "'het komende half jaar' 2021-05, 'de komende n jaar' december van 2020+n. Noemen de woorden meer momenten, dan telt het laatste. " +
    "Geen maand bij 'tot 2030' (de brief zegt niet of 2030 meetelt), bij 'na …' (een vroegste moment) en bij woorden zonder einde " +
    "('binnenkort', 'op korte termijn', 'de komende maanden').",
  en:
    "Due = the last month the letter's words fall in: a date or month the letter names; a quarter: its last month; spring March–May, " +
    "autumn September–November; 'in 2021' or a period: December of the (last) year. Relative to the letter (6 November 2020), marked inferred: " +
    "'this year' 2020-12, 'early next year' 2021-03, 'next year' 2021-12, 'the coming half year' 2021-05, 'the coming n years' December of 2020+n. " +
    "Where the words name several moments, the last counts. No month for 'tot 2030' (the letter does not say whether 2030 is included), " +
    "for 'after …' (an earliest moment) and for words without an end ('soon', 'in the short term', 'the coming months').",
} as const;

export interface Due {
  readonly due: string | null;
  readonly inferred: boolean;
}

const month = (y: number, m: number): string => `${y}-${String(m).padStart(2, "0")}`;

/** The month a commitment falls due by DUE_RULE, from the letter's words for its time. */
export function dueOf(when: string): Due {
  const w = when.toLowerCase();
  if (/^na\b/.test(w)) return { due: null, inferred: false };
  const found: Due[] = [];
  const at = (due: string, inferred: boolean): void => void found.push({ due, inferred });
  for (const m of w.matchAll(new RegExp(`\\b${MONTH} (\\d{4})\\b`, "g")))
    at(month(Number(m[2]), DUTCH_MONTHS.indexOf(m[1] as (typeof DUTCH_MONTHS)[number]) + 1), false);
  for (const m of w.matchAll(/\b(eerste|tweede|derde|vierde) kwartaal van (\d{4})\b/g))
    at(month(Number(m[2]), QUARTER[m[1]] * 3), false);
  for (const m of w.matchAll(/\bvoorjaar van (\d{4})\b/g)) at(month(Number(m[1]), 5), false);
  for (const m of w.matchAll(/\bnajaar van (\d{4})\b/g)) at(month(Number(m[1]), 11), false);
  for (const m of w.matchAll(/\bperiode \d{4}-(\d{4})\b/g)) at(month(Number(m[1]), 12), false);
  for (const m of w.matchAll(/\bin (\d{4})\b/g)) at(month(Number(m[1]), 12), false);
  for (const m of w.matchAll(new RegExp(`\\beind ${MONTH}\\b(?! \\d{4})`, "g")))
    at(month(LETTER_YEAR, DUTCH_MONTHS.indexOf(m[1] as (typeof DUTCH_MONTHS)[number]) + 1), true);
  if (/\bdit jaar\b/.test(w)) at(month(LETTER_YEAR, 12), true);
  if (/\bbegin volgend jaar\b/.test(w)) at(month(LETTER_YEAR + 1, 3), true);
  else if (/\bvolgend jaar\b/.test(w)) at(month(LETTER_YEAR + 1, 12), true);
  if (/\bdit najaar\b/.test(w)) at(month(LETTER_YEAR, 11), true);
  if (/\bkomende half jaar\b/.test(w)) at(month(LETTER_YEAR + 1, LETTER_MONTH + 6 - 12), true);
  for (const m of w.matchAll(/\bkomende (twee|drie|vijf|2|3|5) jaar\b/g))
    at(month(LETTER_YEAR + COUNT[m[1]], 12), true);
  if (found.length === 0) return { due: null, inferred: false };
  return found.reduce((a, b) => ((b.due ?? "") > (a.due ?? "") ? b : a));
}
