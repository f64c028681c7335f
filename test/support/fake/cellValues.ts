/**
 * What a cell may hold: values, entity values (cellValueProblem, each rule with its source),
 * formula text written as text, numbers to 15 digits. Part of the Excel fake (../excelFake.ts).
 */
import { OfficeError, CELL_TEXT_LIMIT } from "./limits";

export interface Cell {
  value: any;
  format: string;
  /** in id form (WONINGBOUW.<id>), as Excel keeps custom functions */
  formula?: string;
  style?: string;
  hyperlink?: string;
  /** an entity value written through valuesAsJson (value is then "#VALUE!") */
  entity?: Excel.EntityCellValue;
}
/**
 * Why Excel would refuse `v` as a cell value written through valuesAsJson, or null. Rules:
 * - the types and fields of each CellValue are @types/office-js' (String, Double, Boolean,
 *   FormattedNumber, Entity; others are not modelled and fail loudly); `Double.numberFormat`
 *   and `properties` are ExcelApi 1.19, the "TwoColumn" section layout too;
 * - "Each nested property, or data type, must have a type and basicValue setting" ("Use cards
 *   with cell value data types", learn.microsoft.com/office/dev/add-ins/excel/
 *   excel-data-types-entity-card);
 * - an entity's basicValue is read-only ("basicValue is read-only for ArrayCellValue,
 *   EntityCellValue, LinkedEntityCellValue and WebImageCellValue", "Excel JavaScript API data
 *   types core concepts"): the fake refuses a writer that sets it;
 * - a card layout's title and sections name properties of the entity (the fake is stricter
 *   than documented here: a name that is not a property would show nothing, a planner bug);
 * - text is at most 32,767 characters, a number finite.
 */
export function cellValueProblem(
  v: unknown,
  path: string,
  excelApi: (version: string) => boolean,
  nested = false
): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return `${path} is not a cell value object`;
  const o = v as Record<string, unknown>;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const text = (x: unknown, what: string): string | null =>
    typeof x !== "string"
      ? `${what} must be a string`
      : x.length > CELL_TEXT_LIMIT
        ? `${what} has ${x.length} characters, over Excel's ${CELL_TEXT_LIMIT}`
        : null;
  switch (o.type) {
    case "String":
      return text(o.basicValue, `${path}.basicValue`);
    case "Boolean":
      return typeof o.basicValue === "boolean" ? null : `${path}.basicValue must be a boolean`;
    case "Double":
      if (typeof o.basicValue !== "number" || !Number.isFinite(o.basicValue))
        return `${path}.basicValue must be a finite number`;
      if ((has("numberFormat") || has("properties")) && !excelApi("1.19"))
        return `${path}: a Double's numberFormat and properties need ExcelApi 1.19`;
      return null;
    case "FormattedNumber":
      if (typeof o.basicValue !== "number" || !Number.isFinite(o.basicValue))
        return `${path}.basicValue must be a finite number`;
      return typeof o.numberFormat === "string" && o.numberFormat !== ""
        ? null
        : `${path}.numberFormat is required`;
    case "Entity": {
      if (has("basicValue")) return `${path}.basicValue is read-only for an entity`;
      if (has("text") && typeof o.text !== "string") return `${path}.text must be a string`;
      if (typeof o.text === "string" && o.text.length > CELL_TEXT_LIMIT)
        return `${path}.text is over ${CELL_TEXT_LIMIT} characters`;
      const props = (o.properties ?? {}) as Record<string, unknown>;
      if (typeof props !== "object" || Array.isArray(props))
        return `${path}.properties must be an object`;
      for (const [name, p] of Object.entries(props)) {
        if (name.trim() === "") return `${path} has a property without a name`;
        const q = p as Record<string, unknown> | null;
        if (q && typeof q === "object" && q.type !== "Entity" && !("basicValue" in q))
          return `${path}.properties["${name}"] has no basicValue`;
        const inner = cellValueProblem(p, `${path}.properties["${name}"]`, excelApi, true);
        if (inner) return inner;
      }
      const card = (o.layouts as { card?: Record<string, unknown> } | undefined)?.card;
      if (card) {
        const title = card.title as { property?: unknown } | string | undefined;
        if (typeof title === "object" && title !== null) {
          if (typeof title.property !== "string" || !(title.property in props))
            return `${path}: the card title names no property (${String(title.property)})`;
        }
        const sections = (card.sections ?? []) as Array<Record<string, unknown>>;
        if (!Array.isArray(sections)) return `${path}: card sections must be an array`;
        for (const [i, sec] of sections.entries()) {
          const layout = sec.layout;
          if (layout !== "List" && layout !== "Table" && layout !== "TwoColumn")
            return `${path}: card section ${i} has layout ${String(layout)}`;
          if (layout === "TwoColumn" && !excelApi("1.19"))
            return `${path}: a TwoColumn section needs ExcelApi 1.19`;
          if (!Array.isArray(sec.properties))
            return `${path}: card section ${i} has no properties list`;
          for (const name of sec.properties as unknown[])
            if (typeof name !== "string" || !(name in props))
              return `${path}: card section ${i} names ${String(name)}, not a property`;
        }
      }
      return null;
    }
    default:
      if (nested && o.type === undefined) return `${path} has no type`;
      throw new Error(`fake: cell value type ${String(o.type)} at ${path} is not modelled`);
  }
}
/** A cell's content as valuesAsJson reads it. */
export function cellValueOf(cell: Cell): Excel.CellValue {
  if (cell.entity) return { ...cell.entity, basicType: "Error", basicValue: "#VALUE!" };
  const v = cell.value;
  if (v === "" || v === null || v === undefined)
    return { type: "Empty", basicType: "Empty", basicValue: "" };
  if (typeof v === "number") return { type: "Double", basicType: "Double", basicValue: v };
  if (typeof v === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: v };
  return { type: "String", basicType: "String", basicValue: String(v) };
}
/** Excel keeps 15 significant digits of a number. */
/**
 * Text Excel takes for a formula when it arrives as a cell's value. The Range.values reference
 * (@types/office-js, Excel.Range.values): "If the returned value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula." Plus "@", the
 * Lotus 1-2-3 form Excel for Windows accepts for a typed function (@SUM(A1) is =SUM(A1)).
 * A cell in the text number format "@" keeps such text as text: the Text format "treats the
 * contents of a cell as text and displays the content exactly as you type, even if you type a
 * number" (Microsoft's list of Excel's number formats), and a formula typed into a cell
 * formatted as text stays text (ExcelTips, "Formulas Don't Calculate as Formulas": "This
 * problem happens most often when the cell ... was previously formatted as text"). The fake
 * refuses such a write into a cell of any other format, so a writer that forgets the text
 * format fails its test instead of planting a formula.
 */
export const FORMULA_LEAD = /^[=+\-@]/;
export const TEXT_FORMAT = "@";
export function refuseFormulaText(value: unknown, cell: { format: string }, via: string): void {
  if (typeof value === "string" && FORMULA_LEAD.test(value) && cell.format !== TEXT_FORMAT)
    throw new OfficeError(
      "InvalidArgument",
      `fake: ${JSON.stringify(value)} written through ${via} into a cell formatted ${JSON.stringify(cell.format)}: Excel would read it as a formula (give the cell the text format "@" first)`
    );
}
export function excelNumber(v: unknown): unknown {
  return typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}
/** Outside string literals, an invariant formula has no `;` (that is formulasLocal's separator). */
export function invariantSyntax(formula: string): boolean {
  return !formula.split(/"(?:[^"]|"")*"/).some((part) => part.includes(";"));
}
