/**
 * The words of a figure's card (src/excel/figureCard.ts), per language. The property names
 * are what formulas use (=B2.Waarde, =B2.Value): once a card is in a workbook they never change.
 */
import { UNIT_WORDS } from "./units";

/** Property names of a card, per language; the keys are the card's fields. */
export const CARD_FIELDS = {
  nl: {
    label: "Kengetal",
    value: "Waarde",
    low: "Laag",
    high: "Hoog",
    text: "Tekst",
    unit: "Eenheid",
    qualifier: "Kwalificatie",
    period: "Periode",
    year: "Jaar",
    vat: "Btw",
    compared: "Vergeleken met",
    comparedValue: "Waarde brief of model",
    difference: "Verschil",
    kind: "Herkomst",
    quote: "Citaat",
    section: "Paragraaf",
    publication: "Publicatie",
    link: "Link",
    formula: "Formule",
    method: "Berekening",
    reasoning: "Aanname",
    note: "Toelichting",
    id: "Id",
    dataset: "Dataset",
  },
  en: {
    label: "Figure",
    value: "Value",
    low: "Low",
    high: "High",
    text: "Text",
    unit: "Unit",
    qualifier: "Qualifier",
    period: "Period",
    year: "Year",
    vat: "VAT",
    compared: "Compared with",
    comparedValue: "Letter or model value",
    difference: "Difference",
    kind: "Provenance",
    quote: "Quote",
    section: "Section",
    publication: "Publication",
    link: "Link",
    formula: "Formula",
    method: "Calculation",
    reasoning: "Assumption",
    note: "Note",
    id: "Id",
    dataset: "Dataset",
  },
} as const;
export type CardField = keyof (typeof CARD_FIELDS)["nl"];

/** The card's other words: provenance kinds, sections, units. */
export const CARD_WORDS = {
  nl: {
    kind: {
      letter: "Kamerbrief",
      external: "Externe bron",
      derived: "Afgeleid",
      calculation: "Berekening",
      assumption: "Aanname",
    },
    unknown: "onbekend",
    inferred: "(afgeleid)",
    sections: { source: "Herkomst", about: "Over dit kengetal" },
    unit: UNIT_WORDS.nl,
  },
  en: {
    kind: {
      letter: "Letter to parliament",
      external: "External source",
      derived: "Derived",
      calculation: "Calculation",
      assumption: "Assumption",
    },
    unknown: "unknown",
    inferred: "(inferred)",
    sections: { source: "Provenance", about: "About this figure" },
    unit: UNIT_WORDS.en,
  },
} as const;
