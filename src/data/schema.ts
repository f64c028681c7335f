/**
 * The reference dataset's schema. The JSON in dataset.json is data, not code: this schema is
 * what makes it trustworthy. The build validates dataset.json with it (a bad dataset fails
 * `npm run build`, scripts/validate-dataset.js) and so do the tests; the add-in's runtime code
 * relies on that and imports only the types, so no validation library ships in the bundles.
 */
import { z } from "zod";
import { readsAsFormula } from "./cellText";

export const TABLE_IDS = [
  "kerncijfers",
  "provincies",
  "tranches",
  "financiering",
  "parameters",
  "sindsdebrief",
] as const;
/**
 * What a later figure (table "sindsdebrief") is set beside, computed in sinceLetter.ts from the
 * dataset and the model, never typed: the letter's production (75,000 a year), the model's
 * trend-path shortage or share in the figure's year, the letter's 130% rule, the letter's
 * 85,000 extra homes a year to 2030.
 */
export const COMPARISONS = [
  "brief_productie",
  "trendpad_tekort",
  "trendpad_aandeel",
  "norm_130",
  "brief_behoefte",
] as const;
export const UNITS = [
  "woningen",
  "woningen_per_jaar",
  "huishoudens",
  "huishoudens_per_jaar",
  "euro",
  "fractie",
  "aantal",
  "datum",
] as const;

const idPattern = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/;
/**
 * Every text of the dataset ends up in a cell: none may start as Excel reads a formula
 * (=, +, -, @; ./cellText.ts), however the writers write it.
 */
const NOT_FORMULA = {
  message: "starts with =, +, - or @, which Excel reads as a formula: rephrase it",
};
const cellText = () =>
  z
    .string()
    .trim()
    .refine((s) => !readsAsFormula(s), NOT_FORMULA);
const nonEmpty = cellText().min(1);

const letterSource = z.strictObject({
  kind: z.literal("letter"),
  section: nonEmpty,
  quote: nonEmpty,
});
const externalSource = z.strictObject({
  kind: z.literal("external"),
  sourceId: nonEmpty,
  quote: nonEmpty.nullable(),
});
const derivedSource = z.strictObject({
  kind: z.literal("derived"),
  formula: nonEmpty,
});
const assumptionSource = z.strictObject({
  kind: z.literal("assumption"),
  reasoning: cellText().min(40),
});
/** The add-in's own calculation from named published statistics (not a formula over figures). */
const calculationSource = z.strictObject({
  kind: z.literal("calculation"),
  sourceIds: z.array(nonEmpty).min(2),
  method: cellText().min(40),
});

export const provenanceSchema = z.discriminatedUnion("kind", [
  letterSource,
  externalSource,
  derivedSource,
  assumptionSource,
  calculationSource,
]);

/** A rule of the schema's own that the data breaks: the message says which (zod's "custom" issue). */
function refuse(
  ctx: { addIssue(issue: { code: "custom"; message: string }): void },
  message: string
) {
  // Stryker disable next-line StringLiteral: validateDataset reports an issue's path and message, never its code
  ctx.addIssue({ code: "custom", message });
}

const finite = z.number().finite();

export const figureSchema = z
  .strictObject({
    id: z.string().regex(idPattern),
    table: z.enum(TABLE_IDS),
    group: nonEmpty,
    label: z.strictObject({ nl: nonEmpty, en: nonEmpty }),
    unit: z.enum(UNITS),
    value: finite.nullable().optional(),
    low: finite.optional(),
    high: finite.optional(),
    text: nonEmpty.optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    period: nonEmpty.optional(),
    /** the letter does not name this period: the add-in inferred it (e.g. "vier goede jaren") */
    periodInferred: z.literal(true).optional(),
    qualifier: nonEmpty.optional(),
    vat: z.enum(["incl", "excl", "onbekend"]).optional(),
    source: provenanceSchema,
    note: nonEmpty.optional(),
    compare: z.enum(COMPARISONS).optional(),
  })
  .superRefine((f, ctx) => {
    const hasValue = typeof f.value === "number";
    const hasRange = f.low !== undefined || f.high !== undefined;
    if (hasRange) {
      if (f.low === undefined || f.high === undefined)
        refuse(ctx, "a range needs both low and high");
      else if (f.low > f.high) refuse(ctx, "low must not exceed high");
    }
    if ([hasValue, hasRange, f.text !== undefined].filter(Boolean).length > 1) {
      refuse(ctx, "a figure is a value, a range or a text, not several");
    }
    if (f.value === null && !f.note) {
      refuse(ctx, "an unknown value (null) must say why in a note");
    }
    if (f.unit === "datum" && !(f.text && /^\d{4}-\d{2}(-\d{2})?$/.test(f.text))) {
      refuse(ctx, "a datum figure needs text YYYY-MM or YYYY-MM-DD");
    }
    if (f.unit !== "datum" && f.value === undefined && !hasRange) {
      refuse(ctx, `${f.id}: a number figure needs value (or null), or low and high`);
    }
    if (f.periodInferred && !f.period) {
      refuse(ctx, `${f.id}: an inferred period needs the period`);
    }
    if (f.compare && f.table !== "sindsdebrief") {
      refuse(ctx, `${f.id}: only a later figure is compared`);
    }
    if (f.compare?.startsWith("trendpad") && f.year === undefined) {
      refuse(ctx, `${f.id}: a trend-path comparison needs a year`);
    }
    if (f.table === "tranches" && f.unit === "euro" && f.value !== null && !f.vat) {
      refuse(ctx, `${f.id}: every Woningbouwimpuls amount records its VAT basis`);
    }
  });

export const sourceSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  publisher: nonEmpty,
  url: z.url().nullable(),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
  note: nonEmpty.nullable(),
});

export const provinceSchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  overleg: z.enum(["gevoerd", "volgt"]),
  section: nonEmpty,
  quote: nonEmpty,
  note: nonEmpty.optional(),
});

export const areaSchema = z.strictObject({
  id: z.string().regex(idPattern),
  region: nonEmpty,
  area: nonEmpty,
  woondeal: z.boolean(),
  quote: nonEmpty,
  note: nonEmpty.optional(),
});

/**
 * What a commitment of the letter is: the government's or minister's own promise
 * ("toezegging"), an agreement made with or among others ("afspraak"), or a planned event
 * whose actor the letter names only in passing or not at all ("gepland").
 */
export const COMMITMENT_KINDS = ["toezegging", "afspraak", "gepland"] as const;

/** A promise, agreement or planned event of the letter: what, when (as the letter says it), who. */
export const commitmentSchema = z.strictObject({
  id: z.string().regex(idPattern),
  kind: z.enum(COMMITMENT_KINDS),
  what: nonEmpty,
  /** the letter's own words for the time ("in het tweede kwartaal van 2021", "dit jaar") */
  when: nonEmpty,
  /** the last month it falls in (YYYY-MM) by DUE_RULE (src/locale/sheets.ts, applied in commitmentDue.ts), or null where the rule gives none */
  due: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
  /** "dit jaar", "volgend jaar", "eind november" in a letter of 6 November 2020: the year is inferred */
  dueInferred: z.literal(true).optional(),
  who: nonEmpty,
  section: nonEmpty,
  quote: nonEmpty,
  note: nonEmpty.optional(),
  /**
   * what, when and who in English, for the English pane and cards (since 1.3.0); `when`
   * translates the letter's words, which stay in `when`; the quote is the letter's and stays Dutch
   */
  en: z.strictObject({ what: nonEmpty, when: nonEmpty, who: nonEmpty }),
});

export const datasetSchema = z
  .strictObject({
    id: nonEmpty,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    document: z.strictObject({
      title: nonEmpty,
      author: nonEmpty,
      date: nonEmpty,
      kamerstuk: nonEmpty.nullable(),
      /** where the number and date come from: they are not in the letter's text */
      record: nonEmpty,
      file: nonEmpty,
    }),
    sources: z.array(sourceSchema).min(1),
    figures: z.array(figureSchema).min(1),
    provinces: z.array(provinceSchema).length(12),
    areas: z.array(areaSchema).min(1),
    commitments: z.array(commitmentSchema).min(1),
    /** the figures' groups in English, for the English pane (since 1.3.0); places and tranches keep their names */
    groupNamesEn: z.record(nonEmpty, nonEmpty),
    /** the figures' qualifiers ("ruim", "bijna") and periods ("voorjaar 2020") in English, for the English pane and cards (since 1.3.0) */
    qualifiersEn: z.record(nonEmpty, nonEmpty),
    periodsEn: z.record(nonEmpty, nonEmpty),
  })
  .superRefine((d, ctx) => {
    const unique = (ids: string[], what: string): void => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) refuse(ctx, `duplicate ${what} id ${id}`);
        seen.add(id);
      }
    };
    unique(
      d.figures.map((f) => f.id),
      "figure"
    );
    unique(
      d.sources.map((s) => s.id),
      "source"
    );
    unique(
      d.provinces.map((p) => p.id),
      "province"
    );
    unique(
      d.areas.map((a) => a.id),
      "area"
    );
    unique(
      d.commitments.map((c) => c.id),
      "commitment"
    );
    const sourceIds = new Set(d.sources.map((s) => s.id));
    for (const f of d.figures) {
      if (f.source.kind === "external" && !sourceIds.has(f.source.sourceId)) {
        refuse(ctx, `${f.id} cites unknown source ${f.source.sourceId}`);
      }
      if (f.source.kind === "calculation")
        for (const id of f.source.sourceIds)
          if (!sourceIds.has(id)) refuse(ctx, `${f.id} cites unknown source ${id}`);
    }
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export type TableId = (typeof TABLE_IDS)[number];
export type Unit = (typeof UNITS)[number];
export type Comparison = (typeof COMPARISONS)[number];

/** Validates unknown JSON as the dataset; returns readable problems instead of throwing. */
export function validateDataset(
  json: unknown
): { ok: true; data: Dataset } | { ok: false; problems: string[] } {
  const result = datasetSchema.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${i.path.join(".") || "(dataset)"}: ${i.message}`),
  };
}
