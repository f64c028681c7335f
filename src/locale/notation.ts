/**
 * The words figures are written with in the pane (src/taskpane/notation.ts): months, short
 * amounts, an unknown value, a difference of shares, per language.
 */
import type { Vocabulary } from "./lang";

/** The locale numbers are written in, per language (Intl / toLocaleString). */
export const NUMBER_LOCALE: Vocabulary<string> = { nl: "nl-NL", en: "en-GB" };

const nl = {
  months: "januari februari maart april mei juni juli augustus september oktober november december",
  /** an amount in millions or billions, short */
  amount: (n: string, big: boolean) => `€ ${n} ${big ? "mld" : "mln"}`,
  unknown: "onbekend",
  points: "procentpunt",
};

export const NOTATION_WORDS: Vocabulary<typeof nl> = {
  nl,
  en: {
    months: "January February March April May June July August September October November December",
    amount: (n, big) => `€${n} ${big ? "billion" : "million"}`,
    unknown: "unknown",
    points: "percentage points",
  },
};
