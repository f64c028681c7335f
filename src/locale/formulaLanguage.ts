/**
 * Formulas that call the add-in's functions, in two forms:
 * - the id form (WONINGBOUW.SHORTAGE_PATH), locale-free: what plans and the freeze store hold;
 * - the session form (WONINGBOUW.WONINGTEKORT_PAD in Dutch Excel): what `range.formulas`
 *   accepts and returns in a session, with the names of the metadata file Excel loaded.
 * Text inside string literals ("…") is never touched. Everything else in a formula is in
 * Excel's invariant (en-US) form either way: `range.formulas` takes English built-in names,
 * commas between arguments and a point as decimal separator, in every display language.
 */
import {
  ANY_NAME_TO_ID,
  FUNCTION_NAMESPACE,
  type FunctionId,
  type FunctionNames,
} from "./functionNames";

const CALL = new RegExp(`\\b${FUNCTION_NAMESPACE}\\.([\\p{L}\\p{N}_.]+)(\\s*\\()`, "giu");

/** Applies `rename` to every WONINGBOUW.<name>( call outside string literals. */
function mapCalls(formula: string, rename: (name: string) => string): string {
  // Split on string literals ("" inside a literal is an escaped quote): odd parts are literals.
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CALL, (_m, name: string, paren: string) => {
            return `${FUNCTION_NAMESPACE}.${rename(name)}${paren}`;
          })
    )
    .join("");
}

/** The id form: every known name (English or Dutch, any case) replaced by its id. */
export function toIdForm(formula: string): string {
  return mapCalls(formula, (name) => ANY_NAME_TO_ID.get(name.toUpperCase()) ?? name);
}

/** The session form: ids (and names of other languages) replaced by this session's names. */
export function toSessionForm(formula: string, names: FunctionNames): string {
  return mapCalls(formula, (name) => {
    const id = ANY_NAME_TO_ID.get(name.toUpperCase());
    return id ? names[id] : name;
  });
}

/** Does this formula call one of the add-in's functions? */
export function callsAddinFunction(formula: string): boolean {
  let found = false;
  mapCalls(formula, (name) => {
    found = true;
    return name;
  });
  return found;
}

/** `=WONINGBOUW.<id>(args)` in id form, for plans. */
export function call(id: FunctionId, args: string): string {
  return `${FUNCTION_NAMESPACE}.${id}(${args})`;
}

/** A text as an Excel string literal: in quotes, a quote inside doubled. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `WONINGBOUW.FIGURE("id")`, or with a field `WONINGBOUW.FIGURE("id","low")`, in id form. */
export function figureCall(id: string, field?: string): string {
  return call("FIGURE", field ? `${excelString(id)},${excelString(field)}` : excelString(id));
}
