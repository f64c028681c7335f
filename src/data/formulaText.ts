/**
 * A derived figure's formula as an analyst reads it: the dataset keeps the evaluable form
 * ("round(a / b, -3)"), the sheets and cards show words instead of function names
 * ("a / b, afgerond op duizendtallen"). Pure.
 */

const ROUNDED: Readonly<Record<string, { nl: string; en: string }>> = {
  "0": { nl: "afgerond op hele getallen", en: "rounded to whole numbers" },
  "-1": { nl: "afgerond op tientallen", en: "rounded to tens" },
  "-2": { nl: "afgerond op honderdtallen", en: "rounded to hundreds" },
  "-3": { nl: "afgerond op duizendtallen", en: "rounded to thousands" },
};

/** The formula with round(x, d) and mean(a, b, …) written out in words (Dutch or English). */
export function readableFormula(formula: string, lang: "nl" | "en" = "nl"): string {
  return formula
    .replace(/\bround\((.+), *(-?\d+)\)/g, (whole, x: string, d: string) =>
      ROUNDED[d] ? `${x}, ${ROUNDED[d][lang]}` : whole
    )
    .replace(
      /\bmean\(([^()]+)\)/g,
      (_m, args: string) => `${lang === "nl" ? "gemiddelde van" : "mean of"} ${args}`
    );
}
