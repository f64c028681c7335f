/**
 * The reference sheets' words (src/data/tables.ts): each sheet's title and description (on
 * the sheet in Dutch, in the pane in its language), the kinds of commitment, the due rule of
 * the commitments sheet and the labels of what a later figure is set beside
 * (src/data/sinceLetter.ts). The keys are src/data's sheet ids and commitment kinds; the data
 * layer holds the lists to each other (SameKeys).
 */
import type { Vocabulary } from "./lang";

/** A sheet's heading words, shown on the sheet (Dutch) and in the pane's list of tables. */
export interface SheetHeading {
  readonly title: string;
  readonly description: string;
}

const nl = {
  kerncijfers: {
    title: "Landelijke kerncijfers",
    description: "Productie, tekort, 130%-regel, gebieden, corporaties, flexwonen",
  },
  provincies: {
    title: "Provincies (Bijlage 1)",
    description: "Ambitie, plancapaciteit, behoefte, productie en regio's per provincie",
  },
  overleg: {
    title: "Bestuurlijk overleg per provincie",
    description: "Welke provincies hun overleg hadden en welke volgen",
  },
  gebieden: {
    title: "De 14 gebieden van Tabel 1",
    description:
      "Regio, gebied en woondealregio; samen circa 580.000 woningen als de randvoorwaardelijke investeringen er komen",
  },
  tranches: {
    title: "Woningbouwimpuls: tranches",
    description: "Budget, toekenning, woningen, betaalbaar aandeel en btw-basis",
  },
  financiering: {
    title: "Financieringsinstrumenten",
    description: "Flexpools, transformatiefaciliteit, stikstof, kwetsbare groepen, ouderen",
  },
  parameters: {
    title: "Modelparameters (woningtekortmodel)",
    description:
      "Starttekort, voorraad, netto onttrekkingen (productietelling min netto voorraadgroei), vraaggroei, trendpad",
  },
  sindsdebrief: {
    title: "Sinds de brief: wat er daarna gebeurde",
    description:
      "Gerealiseerde productie, latere tekortramingen, plancapaciteit en nieuwe doelen, naast de brief en het model",
  },
  toezeggingen: {
    title: "Toezeggingen, afspraken en termijnen",
    description:
      "Elke toezegging, afspraak en geplande stap van de brief: soort, wat, wanneer, wie, met het citaat",
  },
  bronnen: { title: "Bronnen", description: "Elke bron van de referentiedata" },
};

/** Each reference sheet's title and description. */
export const SHEET_WORDS: Vocabulary<Readonly<Record<keyof typeof nl, SheetHeading>>> = {
  nl,
  en: {
    kerncijfers: {
      title: "National key figures",
      description: "Production, shortage, 130% rule, areas, corporations, flexible housing",
    },
    provincies: {
      title: "Provinces (Annex 1)",
      description: "Ambition, plan capacity, need, production and regions per province",
    },
    overleg: {
      title: "Administrative talks per province",
      description: "Which provinces had their talks and which follow",
    },
    gebieden: {
      title: "The 14 areas of Table 1",
      description:
        "Region, area and housing-deal region; about 580,000 homes together if the enabling investments are made",
    },
    tranches: {
      title: "Woningbouwimpuls: tranches",
      description: "Budget, awards, homes, affordable share and VAT basis",
    },
    financiering: {
      title: "Funding instruments",
      description: "Flex pools, transformation facility, nitrogen, vulnerable groups, older people",
    },
    parameters: {
      title: "Model parameters (housing-shortage model)",
      description:
        "Start shortage, stock, net withdrawals (production count minus net stock growth), demand growth, trend path",
    },
    sindsdebrief: {
      title: "Since the letter: what happened next",
      description:
        "Realised production, later shortage estimates, plan capacity and new targets, beside the letter and the model",
    },
    toezeggingen: {
      title: "Promises, agreements and deadlines",
      description:
        "Every promise, agreement and planned step of the letter: kind, what, when, who, with the quote",
    },
    bronnen: { title: "Sources", description: "Every source of the reference data" },
  },
};

/** Each kind of commitment in words (the commitments sheet's "Soort" column). */
export const COMMITMENT_KIND_WORDS: Vocabulary<
  Readonly<Record<"toezegging" | "afspraak" | "gepland", string>>
> = {
  nl: {
    toezegging: "toezegging (kabinet of minister)",
    afspraak: "afspraak (met of tussen anderen)",
    gepland: "gepland",
  },
  en: {
    toezegging: "promise (government or minister)",
    afspraak: "agreement (with or among others)",
    gepland: "planned",
  },
};

/**
 * What a sheet says after its description: on the sheet only, which is Dutch by rule (README);
 * the pane lists a sheet's title and description, never this.
 */
export const SHEET_DETAIL: Readonly<Record<"sindsdebrief", string>> = {
  sindsdebrief:
    "Elk later cijfer met uitgever, publicatie, datum, adres en citaat; een leeg cijfer zegt waarom. Verschil = later cijfer min de waarde in de brief of het model. Definities verschillen per bron: zie de toelichting per rij en de hulppagina.",
};

/**
 * The rule by which a commitment's due month follows from the letter's words
 * (src/data/commitmentDue.ts applies it; the commitments sheet states it, in Dutch by rule).
 */
export const DUE_RULE =
  "Uiterlijk = de laatste maand waarin de woorden van de brief vallen: een datum of maand die de brief noemt; " +
  "een kwartaal: zijn laatste maand; 'voorjaar' maart–mei en 'najaar' september–november; 'in 2021' of een periode: december van het (laatste) jaar. " +
  "Ten opzichte van de brief (6 november 2020), gemarkeerd als afgeleid: 'dit jaar' 2020-12, 'begin volgend jaar' 2021-03, 'volgend jaar' 2021-12, " +
  "'het komende half jaar' 2021-05, 'de komende n jaar' december van 2020+n. Noemen de woorden meer momenten, dan telt het laatste. " +
  "Geen maand bij 'tot 2030' (de brief zegt niet of 2030 meetelt), bij 'na …' (een vroegste moment) en bij woorden zonder einde " +
  "('binnenkort', 'op korte termijn', 'de komende maanden').";

/** What a later figure is set beside (src/data/sinceLetter.ts), in words. */
export const COMPARISON_WORDS: Vocabulary<{
  /** the counterpart is a figure of the letter, named by its label */
  readonly inLetter: (label: string) => string;
  /** the counterpart is the model's, described by `trendShare`/`trend` */
  readonly model: (what: string) => string;
  readonly trendShare: (year: number) => string;
  readonly trend: (year: number) => string;
}> = {
  nl: {
    inLetter: (label) => `In de brief: ${label}`,
    model: (what) => `Model: ${what}`,
    trendShare: (year) => `trendpad, tekort als aandeel van de voorraad op 1 januari ${year}`,
    trend: (year) => `trendpad, tekort op 1 januari ${year}`,
  },
  en: {
    inLetter: (label) => `In the letter: ${label}`,
    model: (what) => `Model: ${what}`,
    trendShare: (year) => `trend path, shortage as a share of the stock on 1 January ${year}`,
    trend: (year) => `trend path, shortage on 1 January ${year}`,
  },
};
