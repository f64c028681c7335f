/**
 * The reference dataset shaped as the worksheet tables an analyst wants: one definition per
 * sheet with its columns (header, number format, width class) and rows. Pure: no Office here;
 * src/excel writes these into a workbook.
 */
import { TEXT_FORMAT } from "./cellText";
import { dataset, DATASET_HASH, DATASET_VERSION } from "./dataset";
import { readableFormula } from "../locale/formulaText";
import { counterpart } from "./sinceLetter";
import { citationLine, renderSource } from "./provenance";
import type { CommitmentKind, Dataset, Figure, TableId, Unit } from "./schema";
import { inBoth, inLanguage, type Lang, type SameKeys, type Vocabulary } from "../locale/lang";
import { COMMITMENT_KIND_WORDS, DUE_RULE, SHEET_DETAIL, SHEET_WORDS } from "../locale/sheets";
import { UNIT_WORDS } from "../locale/units";

export type SheetTableId = TableId | "overleg" | "gebieden" | "toezeggingen" | "bronnen";
export type Cell = string | number;

export interface ColumnSpec {
  readonly header: string;
  /** Excel number format for the whole column, or per row (same length as rows). */
  readonly format: string | readonly string[];
  readonly wide?: boolean;
}

export interface SheetTable {
  readonly id: SheetTableId;
  readonly sheetName: string;
  readonly tableName: string;
  readonly title: { readonly nl: string; readonly en: string };
  readonly description: { readonly nl: string; readonly en: string };
  /** more the sheet says after its description (the pane lists the description alone) */
  readonly detail?: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly Cell[])[];
}

export const TEXT = TEXT_FORMAT;
/** Excel number format per unit (en-US format codes, as Range.numberFormat takes them). */
export const UNIT_FORMAT: Record<Unit, string> = {
  woningen: "#,##0",
  woningen_per_jaar: "#,##0",
  huishoudens: "#,##0",
  huishoudens_per_jaar: "#,##0",
  euro: "€ #,##0",
  fractie: "0.0%",
  aantal: "0",
  datum: TEXT,
};
/** The locale's unit words (src/locale/units.ts) name exactly the schema's units. */
const unitsNamed: SameKeys<typeof UNIT_WORDS.nl, Unit> = true;
void unitsNamed;
/** A Dutch term of the data in the pane's language, from one of the dataset's English tables. */
function termIn(table: Readonly<Record<string, string>>, term: string, lang: Lang): string {
  return inLanguage(lang, { nl: term, en: table[term] ?? term });
}

/**
 * A figure's group in the pane's language: the dataset names groups in English (places and the
 * tranches keep their names, and are not listed).
 */
export function groupLabel(group: string, lang: Lang): string {
  return termIn(dataset.groupNamesEn, group, lang);
}

/** A figure's qualifier ("ruim", "bijna") in the pane's language. */
export function qualifierLabel(qualifier: string, lang: Lang): string {
  return termIn(dataset.qualifiersEn, qualifier, lang);
}

/** A figure's period ("voorjaar 2020") in the pane's language; years alone need no words. */
export function periodLabel(period: string, lang: Lang): string {
  return termIn(dataset.periodsEn, period, lang);
}

const KIND_LABEL = {
  letter: "brief",
  external: "extern",
  derived: "afgeleid",
  assumption: "aanname",
  calculation: "berekening",
} as const;

/** A sheet's title or description in both languages (src/locale/sheets.ts). */
function heading(id: SheetTableId): { title: Vocabulary<string>; description: Vocabulary<string> } {
  return {
    title: inBoth(SHEET_WORDS, (w) => w[id].title),
    description: inBoth(SHEET_WORDS, (w) => w[id].description),
  };
}
const sheetsNamed: SameKeys<typeof SHEET_WORDS.nl, SheetTableId> = true;
void sheetsNamed;

/** The locale's commitment kinds (src/locale/sheets.ts) name exactly the schema's kinds. */
const kindsHeld: SameKeys<typeof COMMITMENT_KIND_WORDS.nl, CommitmentKind> = true;
void kindsHeld;

/** The citation line under every sheet's title. */
export function citation(): string {
  const d = dataset.document;
  return `Bron: ${d.author}, ${d.title} (${d.date})${d.kamerstuk ? `, kamerstuk ${d.kamerstuk}` : ""}. Datasetversie ${DATASET_VERSION} (${DATASET_HASH}).`;
}

function sourceCells(data: Dataset, f: Figure): [string, string, string] {
  return renderSource<[string, string, string]>(
    f,
    {
      letter: (s) => [KIND_LABEL.letter, s.quote, s.section],
      external: (s, where) => [
        KIND_LABEL.external,
        s.quote ? `${citationLine(where)}: "${s.quote}"` : citationLine(where),
        "",
      ],
      derived: (s) => [KIND_LABEL.derived, "", `formule: ${readableFormula(s.formula)}`],
      assumption: (s) => [KIND_LABEL.assumption, s.reasoning, ""],
      calculation: (s, publications) => [
        KIND_LABEL.calculation,
        `${s.method} Bronnen: ${publications.map(citationLine).join("; ")}.`,
        "",
      ],
    },
    { data }
  );
}

/** Headers of the figure tables that formulas refer to (structured references). */
export const FIGURE_COLUMN = { value: "Waarde", low: "Laag", high: "Hoog", id: "ID" } as const;

const FIGURE_COLUMNS = [
  "Groep",
  "Kengetal",
  FIGURE_COLUMN.value,
  FIGURE_COLUMN.low,
  FIGURE_COLUMN.high,
  "Tekst",
  "Eenheid",
  "Jaar",
  "Periode",
  "Kwalificatie",
  "Btw",
  "Brontype",
  "Citaat of bron",
  "Sectie of formule",
  "Toelichting",
  "Label (en)",
  FIGURE_COLUMN.id,
] as const;

function figureTable(data: Dataset, id: TableId, sheetName: string): SheetTable {
  const figures = data.figures.filter((f) => f.table === id);
  const rows = figures.map((f): Cell[] => [
    f.group,
    f.label.nl,
    typeof f.value === "number" ? f.value : "",
    f.low ?? "",
    f.high ?? "",
    f.text ?? (f.value === null ? "onbekend" : ""),
    UNIT_WORDS.nl[f.unit],
    f.year ?? "",
    f.period ? `${f.period}${f.periodInferred ? " (afgeleid)" : ""}` : "",
    f.qualifier ?? "",
    f.vat ?? "",
    ...sourceCells(data, f),
    f.note ?? "",
    f.label.en,
    f.id,
  ]);
  const numberFormat = figures.map((f) => UNIT_FORMAT[f.unit]);
  const columns: ColumnSpec[] = FIGURE_COLUMNS.map((header) => {
    if (
      header === FIGURE_COLUMN.value ||
      header === FIGURE_COLUMN.low ||
      header === FIGURE_COLUMN.high
    )
      return { header, format: numberFormat };
    if (header === "Jaar") return { header, format: "0" };
    return {
      header,
      format: TEXT,
      wide: header === "Kengetal" || header === "Citaat of bron" || header === "Toelichting",
    };
  });
  return {
    id,
    sheetName,
    tableName: sheetName.replace(/ /g, "_"),
    ...heading(id),
    columns,
    rows,
  };
}

/** The comparison columns of "Sinds de brief", placed after the figure's own value columns. */
export const COMPARE_COLUMN = {
  what: "Vergeleken met",
  value: "Waarde brief of model",
  difference: "Verschil",
} as const;

/**
 * "Sinds de brief": the later figures as a figure table, with beside each its counterpart in
 * the letter or the model and the difference, computed (sinceLetter.ts), never typed.
 */
function sinceLetterTable(data: Dataset): SheetTable {
  const base = figureTable(data, "sindsdebrief", "WB Sinds de brief");
  const figures = data.figures.filter((f) => f.table === "sindsdebrief");
  const at = base.columns.findIndex((c) => c.header === FIGURE_COLUMN.high) + 1;
  const pairs = figures.map((f) => counterpart(f));
  const formats = figures.map((f, i) => UNIT_FORMAT[pairs[i]?.unit ?? f.unit]);
  const columns: ColumnSpec[] = [
    ...base.columns.slice(0, at),
    { header: COMPARE_COLUMN.what, format: TEXT, wide: true },
    { header: COMPARE_COLUMN.value, format: formats },
    { header: COMPARE_COLUMN.difference, format: formats },
    ...base.columns.slice(at),
  ];
  const rows = base.rows.map((row, i): Cell[] => {
    const c = pairs[i];
    return [
      ...row.slice(0, at),
      c?.label.nl ?? "",
      c?.value ?? "",
      c?.difference ?? "",
      ...row.slice(at),
    ];
  });
  return {
    ...base,
    detail: SHEET_DETAIL.sindsdebrief,
    columns,
    rows,
  };
}

function textTable(
  id: SheetTableId,
  sheetName: string,
  headers: readonly string[],
  rows: Cell[][],
  wide: readonly string[],
  detail?: SheetTable["detail"]
): SheetTable {
  return {
    id,
    sheetName,
    tableName: sheetName.replace(/ /g, "_"),
    ...heading(id),
    ...(detail ? { detail } : {}),
    columns: headers.map((header) => ({ header, format: TEXT, wide: wide.includes(header) })),
    rows,
  };
}

/** Each province's administrative talks: held or to follow, with the letter's words. */
function talksTable(data: Dataset): SheetTable {
  return textTable(
    "overleg",
    "WB Overleg",
    ["Provincie", "Overleg", "Citaat", "Sectie", "Toelichting"],
    data.provinces.map((p) => [
      p.name,
      p.overleg === "gevoerd" ? "gevoerd" : "volgt",
      p.quote,
      p.section,
      p.note ?? "",
    ]),
    ["Citaat", "Toelichting"]
  );
}

/** The 14 areas of the letter's Table 1. */
function areasTable(data: Dataset): SheetTable {
  return textTable(
    "gebieden",
    "WB Gebieden",
    ["Regio", "Gebied", "Woondealregio", "Citaat (Tabel 1)", "Toelichting", "ID"],
    data.areas.map((a) => [
      a.region,
      a.area,
      a.woondeal ? "ja" : "nee",
      a.quote,
      a.note ?? "",
      a.id,
    ]),
    ["Citaat (Tabel 1)", "Toelichting"]
  );
}

/** Every commitment of the letter, with its due month by the due rule. */
function commitmentsTable(data: Dataset): SheetTable {
  return textTable(
    "toezeggingen",
    "WB Toezeggingen",
    [
      "Soort",
      "Toezegging",
      "Wanneer (de brief)",
      "Uiterlijk",
      "Wie",
      "Sectie",
      "Citaat",
      "Toelichting",
      "ID",
    ],
    data.commitments.map((c) => [
      COMMITMENT_KIND_WORDS.nl[c.kind],
      c.what,
      c.when,
      c.due ? `${c.due}${c.dueInferred ? " (afgeleid)" : ""}` : "geen maand",
      c.who,
      c.section,
      c.quote,
      c.note ?? "",
      c.id,
    ]),
    ["Toezegging", "Citaat", "Toelichting"],
    DUE_RULE
  );
}

/** Every source of the reference data. */
function sourcesTable(data: Dataset): SheetTable {
  return textTable(
    "bronnen",
    "WB Bronnen",
    ["ID", "Titel", "Uitgever", "Datum", "URL", "Toelichting"],
    data.sources.map((s) => [s.id, s.title, s.publisher, s.date, s.url ?? "", s.note ?? ""]),
    ["Titel", "Toelichting"]
  );
}

/** The tables of a dataset (the add-in's own, or an older version's for comparison). */
export function buildTables(data: Dataset): SheetTable[] {
  return [
    figureTable(data, "kerncijfers", "WB Kerncijfers"),
    figureTable(data, "provincies", "WB Provincies"),
    talksTable(data),
    areasTable(data),
    figureTable(data, "tranches", "WB Tranches"),
    figureTable(data, "financiering", "WB Financiering"),
    figureTable(data, "parameters", "WB Modelparameters"),
    sinceLetterTable(data),
    commitmentsTable(data),
    sourcesTable(data),
  ];
}

let tables: SheetTable[] | undefined;
export function sheetTables(): readonly SheetTable[] {
  tables ??= buildTables(dataset);
  return tables;
}
