/**
 * Figures as analysts write them, in the pane's language: amounts short ("€ 225 mln",
 * "€225 million") with the exact value beside where it differs, shares as percentages, dates
 * and months in words ("februari 2021", "6 November 2020"). Pure.
 */
import type { Figure, Unit } from "../data/schema";
import { periodLabel } from "../data/tables";
import { inLanguage, type Lang } from "../locale/lang";
import { NOTATION_WORDS, NUMBER_LOCALE } from "../locale/notation";
import { UNIT_WORDS } from "../locale/units";

/** "2021-02" → "februari 2021"; "2020-11-06" → "6 november 2020"; anything else as it is. */
export function dateInWords(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const month = inLanguage(lang, NOTATION_WORDS).months.split(" ")[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

const locale = (lang: Lang) => inLanguage(lang, NUMBER_LOCALE);

/** A number in full, in the page's notation: 187.000 / 187,000. */
export function fullNumber(v: number, lang: Lang): string {
  return v.toLocaleString(locale(lang), { maximumFractionDigits: 3 });
}

/** A value in full with its unit's sign: € 225.000.000, 2%, 187.000. */
export function exactValue(v: number, unit: Unit, lang: Lang): string {
  if (unit === "euro") return `€ ${fullNumber(v, lang)}`;
  if (unit === "fractie")
    return `${(v * 100).toLocaleString(locale(lang), { maximumFractionDigits: 1 })}%`;
  return fullNumber(v, lang);
}

/** A value short, as written in a note: € 225 mln / €225 million, € 1 mld / €1 billion. */
export function shortValue(v: number, unit: Unit, lang: Lang): string {
  if (unit === "euro" && Math.abs(v) >= 1e6) {
    const big = Math.abs(v) >= 1e9;
    const n = (v / (big ? 1e9 : 1e6)).toLocaleString(locale(lang), { maximumFractionDigits: 2 });
    return inLanguage(lang, NOTATION_WORDS).amount(n, big);
  }
  return exactValue(v, unit, lang);
}

/** Whether a value is written with its unit in words after it (counts of homes, households). */
export function unitShown(unit: Unit): boolean {
  return !(unit === "euro" || unit === "fractie" || unit === "datum" || unit === "aantal");
}

/** The unit in words after a count: "woningen", "homes per year"; none for money, shares, dates. */
function unitAfter(unit: Unit, lang: Lang): string {
  return unitShown(unit) ? ` ${inLanguage(lang, UNIT_WORDS)[unit]}` : "";
}

/** A figure's value for a list: short, with its unit ("187.000 woningen", "€ 225 mln", "2%"). */
export function figureValue(f: Figure, lang: Lang): string {
  const show = (v: number) => `${shortValue(v, f.unit, lang)}${unitAfter(f.unit, lang)}`;
  if (typeof f.value === "number") return show(f.value);
  if (f.low !== undefined && f.high !== undefined)
    return `${shortValue(f.low, f.unit, lang)} – ${show(f.high)}`;
  if (f.unit === "datum" && f.text) return dateInWords(f.text, lang);
  return f.text ?? inLanguage(lang, NOTATION_WORDS).unknown;
}

/** The exact value beside a short one, when they differ (€ 225 mln → € 225.000.000). */
export function exactBeside(f: Figure, lang: Lang): string | null {
  if (typeof f.value !== "number") return null;
  const exact = exactValue(f.value, f.unit, lang);
  return exact === shortValue(f.value, f.unit, lang) ? null : exact;
}

/** A figure's period in words: its period, or its year. */
export function figurePeriod(f: Figure, lang: Lang): string {
  return f.period ? periodLabel(f.period, lang) : f.year ? String(f.year) : "";
}

/** A value as it is compared: counts to the home, shares to a tenth of a percent. */
export function comparedValue(v: number, unit: Unit, lang: Lang): string {
  return exactValue(unit === "fractie" ? v : Math.round(v), unit, lang);
}

/** A difference with its sign: +15.000, −2.400, +0,7 procentpunt / percentage points. */
export function differenceValue(d: number, unit: Unit, lang: Lang): string {
  const sign = d > 0 ? "+" : d < 0 ? "−" : "";
  if (unit === "fractie") {
    const points = Math.abs(d * 100).toLocaleString(locale(lang), { maximumFractionDigits: 1 });
    return `${sign}${points} ${inLanguage(lang, NOTATION_WORDS).points}`;
  }
  return `${sign}${exactValue(Math.abs(Math.round(d)), unit, lang)}`;
}
