/**
 * The words of figures inserted as rows (src/excel/figureRows.ts): the table's header, the
 * source column's phrases, per language.
 */
import { UNIT_WORDS } from "./units";

export const ROW_WORDS = {
  nl: {
    header: ["Kengetal", "Waarde", "Eenheid", "Periode", "Bron"],
    unit: UNIT_WORDS.nl,
    unknown: "onbekend",
    inferred: "(afgeleid)",
    letter: (kamerstuk: string, date: string, section: string) =>
      `Kamerbrief woningbouw ${date}, Kamerstuk ${kamerstuk}; ${section}`,
    derived: "Afgeleid",
    calculation: "Berekening",
    assumption: "Aanname",
  },
  en: {
    header: ["Figure", "Value", "Unit", "Period", "Source"],
    unit: UNIT_WORDS.en,
    unknown: "unknown",
    inferred: "(inferred)",
    letter: (kamerstuk: string, date: string, section: string) =>
      `Letter on housing construction ${date}, Kamerstuk ${kamerstuk}; ${section}`,
    derived: "Derived",
    calculation: "Calculation",
    assumption: "Assumption",
  },
} as const;
