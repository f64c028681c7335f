/**
 * A figure as an Excel entity value: the cell shows the figure's label, its card shows the
 * value, unit, period, qualifier and the figure's provenance, and formulas read its fields
 * (`=B2.Waarde*2` in a Dutch card, `=B2.Value*2` in an English one). Pure: it builds the JSON
 * that `Range.valuesAsJson` takes (ExcelApi 1.16); insertFigure.ts writes it.
 *
 * Rules it keeps, from Microsoft's "Use cards with cell value data types" and the
 * `Excel.EntityCellValue` typings (@types/office-js): every property is a cell value with a
 * `type` and a `basicValue`; a property shows on the card only when a layout section names it;
 * the card's title names a property. Numbers are `FormattedNumber` (ExcelApi 1.16; its
 * successor, `Double` with a `numberFormat`, needs ExcelApi 1.19), with the same en-US format
 * code the reference sheets use, so the value keeps its format through calculation.
 *
 * The property names are the card's language, chosen when it is inserted: they are what
 * formulas use, so they never change once a card is in a workbook.
 */
import { DATASET_ID, DATASET_VERSION } from "../data/dataset";
import type { Figure } from "../data/schema";
import { UNIT_FORMAT, groupLabel, periodLabel, qualifierLabel } from "../data/tables";
import type { Lang } from "../locale/lang";
import { CARD_FIELDS, CARD_WORDS as WORDS, type CardField } from "../locale/card";
import { VAT_WORDS } from "../locale/units";
import { readableFormula } from "../locale/formulaText";
import { counterpart } from "../data/sinceLetter";
import { citation, renderSource, type Citation } from "../data/provenance";

type Property = Excel.EntityPropertyType;

const text = (s: string): Excel.StringCellValue => ({ type: "String", basicValue: s });
const number = (v: number, format: string): Excel.FormattedNumberCellValue => ({
  type: "FormattedNumber",
  basicValue: v,
  numberFormat: format,
});

/**
 * A figure's label for a cell on its own: a province's or tranche's figure names its subject
 * only in its group ("Zuid-Holland"), so the cell shows both and still says whose figure it is.
 */
export function standaloneLabel(f: Figure, lang: Lang): string {
  return f.table === "provincies" || f.table === "tranches"
    ? `${groupLabel(f.group, lang)}: ${f.label[lang]}`
    : f.label[lang];
}

/** A range's low and high end, or null. */
function rangeOf(f: Figure): [number, number] | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the schema gives a range both ends or neither
  return f.low !== undefined && f.high !== undefined ? [f.low, f.high] : null;
}

type Put = (field: CardField, value: Property) => void;

/**
 * The value's fields: the value (or its range, or its text), unit, qualifier, period or year,
 * VAT basis, and a later figure beside the letter's or the model's value.
 */
function putValue(f: Figure, lang: Lang, put: Put): void {
  const words = WORDS[lang];
  const format = UNIT_FORMAT[f.unit];
  const range = rangeOf(f);
  if (typeof f.value === "number") put("value", number(f.value, format));
  else if (range) {
    put("low", number(range[0], format));
    put("high", number(range[1], format));
  } else put("text", text(f.text ?? words.unknown));
  put("unit", text(words.unit[f.unit]));
  if (f.qualifier) put("qualifier", text(qualifierLabel(f.qualifier, lang)));
  if (f.period) {
    const period = periodLabel(f.period, lang);
    put("period", text(f.periodInferred ? `${period} ${words.inferred}` : period));
  } else if (f.year !== undefined) put("year", { type: "Double", basicValue: f.year });
  if (f.vat) put("vat", text(VAT_WORDS[lang][f.vat]));
  // a later figure beside the letter's or the model's value: "in de brief … / later …"
  const c = counterpart(f);
  if (c) {
    put("compared", text(c.label[lang]));
    put("comparedValue", number(c.value, UNIT_FORMAT[c.unit]));
    if (c.difference !== null) put("difference", number(c.difference, UNIT_FORMAT[c.unit]));
  }
}

/** The provenance's fields: its kind, then what the source of that kind has to say. */
function putSource(f: Figure, lang: Lang, put: Put): void {
  put("kind", text(WORDS[lang].kind[f.source.kind]));
  const cite = (p: Citation) => {
    put("publication", text(p.text));
    if (p.url) put("link", text(p.url));
  };
  renderSource<void>(f, {
    letter: (s) => {
      put("quote", text(s.quote));
      put("section", text(s.section));
      cite(citation("brief"));
    },
    external: (s, where) => {
      if (s.quote) put("quote", text(s.quote));
      cite(where);
    },
    derived: (s) => put("formula", text(readableFormula(s.formula, lang))),
    calculation: (s, publications) => {
      put("method", text(s.method));
      put("publication", text(publications.map((p) => p.text).join("; ")));
    },
    assumption: (s) => put("reasoning", text(s.reasoning)),
  });
}

/** The card's sections: the value, its provenance, and (collapsed) about the figure. */
const SECTION_FIELDS: Record<"value" | "source" | "about", CardField[]> = {
  value: [
    "value",
    "low",
    "high",
    "text",
    "unit",
    "qualifier",
    "period",
    "year",
    "vat",
    "compared",
    "comparedValue",
    "difference",
  ],
  source: ["kind", "quote", "section", "publication", "link", "formula", "method", "reasoning"],
  about: ["note", "id", "dataset"],
};

/** The card's layout: titled by the label, each section listing the fields the figure has. */
function cardLayout(
  lang: Lang,
  has: (field: CardField) => boolean
): Excel.EntityCellValue["layouts"] {
  const names = CARD_FIELDS[lang];
  const words = WORDS[lang];
  const present = (fields: CardField[]) => fields.filter(has).map((k) => names[k]);
  return {
    card: {
      title: { property: names.label },
      sections: [
        { layout: "List", properties: present(SECTION_FIELDS.value) },
        {
          layout: "List",
          title: words.sections.source,
          properties: present(SECTION_FIELDS.source),
        },
        {
          layout: "List",
          title: words.sections.about,
          collapsed: true,
          properties: present(SECTION_FIELDS.about),
        },
      ],
    },
  };
}

/** The entity value for one figure, with field names and words in `lang`. */
export function figureCard(f: Figure, lang: Lang): Excel.EntityCellValue {
  const names = CARD_FIELDS[lang];
  const props = new Map<CardField, Property>();
  const put: Put = (field, value) => props.set(field, value);
  const label = standaloneLabel(f, lang);
  put("label", text(label));
  putValue(f, lang, put);
  putSource(f, lang, put);
  if (f.note) put("note", text(f.note));
  put("id", text(f.id));
  put("dataset", text(`${DATASET_ID} ${DATASET_VERSION}`));

  const properties: Record<string, Property> = {};
  for (const [k, v] of props) properties[names[k]] = v;
  return {
    type: "Entity",
    text: label,
    properties,
    layouts: cardLayout(lang, (k) => props.has(k)),
  };
}
