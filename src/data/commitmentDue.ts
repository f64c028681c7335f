/**
 * The one rule by which a commitment's month ("Uiterlijk") is read from the letter's own words
 * for its time. The letter is dated 6 November 2020; words relative to that date ("dit jaar",
 * "het komende half jaar") give a month that is marked inferred. Pure; the sheet states the
 * rule (DUE_RULE, src/locale/sheets.ts) and a test holds every commitment of the dataset to it.
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

export interface Due {
  readonly due: string | null;
  readonly inferred: boolean;
}

const month = (y: number, m: number): string => `${y}-${String(m).padStart(2, "0")}`;

/** The month a commitment falls due by DUE_RULE, from the letter's words for its time. */
export function dueOf(when: string): Due {
  const w = when.toLowerCase();
  if (/^na\b/.test(w)) return { due: null, inferred: false };
  const found: { due: string; inferred: boolean }[] = [];
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
  return found.reduce((a, b) => (b.due > a.due ? b : a));
}
