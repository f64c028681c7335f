/**
 * A derived figure's formula as an analyst reads it: the dataset keeps the evaluable form
 * ("round(a / b, -3)"), the sheets and cards show words instead of function names
 * ("a / b, afgerond op duizendtallen"). Pure.
 */
import { inLanguage, type Lang, type Vocabulary } from "./lang";

const nl = {
  /** round(x, d) by its digits d */
  rounded: {
    "0": "afgerond op hele getallen",
    "-1": "afgerond op tientallen",
    "-2": "afgerond op honderdtallen",
    "-3": "afgerond op duizendtallen",
  } as Readonly<Record<string, string>>,
  mean: "gemiddelde van",
};

/** The words, per language. */
export const FORMULA_WORDS: Vocabulary<typeof nl> = {
  nl,
  en: {
    rounded: {
      "0": "rounded to whole numbers",
      "-1": "rounded to tens",
      "-2": "rounded to hundreds",
      "-3": "rounded to thousands",
    },
    mean: "mean of",
  },
};

/** The formula with round(x, d) and mean(a, b, …) written out in words (Dutch or English). */
export function readableFormula(formula: string, lang: Lang = "nl"): string {
  const words = inLanguage(lang, FORMULA_WORDS);
  return formula
    .replace(/\bround\((.+), *(-?\d+)\)/g, (whole, x: string, d: string) =>
      words.rounded[d] ? `${x}, ${words.rounded[d]}` : whole
    )
    .replace(/\bmean\(([^()]+)\)/g, (_m, args: string) => `${words.mean} ${args}`);
}
