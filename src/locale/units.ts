/**
 * The figures' units and VAT basis in words: the sheets' unit column (Dutch), the pane, the
 * cards and the label rows in either language. The keys are src/data/schema.ts's units
 * (src/data/tables.ts holds the two lists to each other).
 */
import type { Vocabulary } from "./lang";

const nl = {
  woningen: "woningen",
  woningen_per_jaar: "woningen per jaar",
  huishoudens: "huishoudens",
  huishoudens_per_jaar: "huishoudens per jaar",
  euro: "euro",
  fractie: "aandeel",
  aantal: "aantal",
  datum: "datum",
};

/** Each unit in words. */
export const UNIT_WORDS: Vocabulary<typeof nl> = {
  nl,
  en: {
    woningen: "homes",
    woningen_per_jaar: "homes per year",
    huishoudens: "households",
    huishoudens_per_jaar: "households per year",
    euro: "euro",
    fractie: "share",
    aantal: "count",
    datum: "date",
  },
};

/** A figure's VAT basis in words. */
export const VAT_WORDS: Vocabulary<Record<"incl" | "excl" | "onbekend", string>> = {
  nl: { incl: "inclusief btw", excl: "exclusief btw", onbekend: "btw-basis onbekend" },
  en: { incl: "including VAT", excl: "excluding VAT", onbekend: "VAT basis unknown" },
};
