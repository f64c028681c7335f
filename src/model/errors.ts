/**
 * The model's error vocabulary. The model never speaks Excel: it raises a ModelError with a
 * message key and parameters; src/functions turns that into a CustomFunctions.Error in the
 * user's display language. The Excel error of each key is fixed here, in one table, so the
 * same mistake gets the same error in every function.
 *
 * Excel shows a custom function's message only with #VALUE! and #N/A ("A custom error message
 * can't be used" for #DIV/0! and #NUM!: @types/custom-functions-runtime, ErrorCode). So every
 * mistake a user can fix by changing an input is #VALUE! (a wrong input) or #N/A (something
 * missing or unknown), with its message; #DIV/0! (a need of zero) and #NUM! (a result too large
 * to be a number) come without one, as docs/functions.md says.
 */
export type ErrorKind = "value" | "num" | "na" | "div0";

export type MessageKey =
  | "blank"
  | "notNumber"
  | "notFlag"
  | "numberAsText"
  | "notScalar"
  | "negative"
  | "needZero"
  | "stockNotPositive"
  | "stockDepleted"
  | "targetMet"
  | "pathShape"
  | "ragged"
  | "inputError"
  | "shareRange"
  | "yearRange"
  | "pathTooLong"
  | "pathGap"
  | "pathEmpty"
  | "shapeMismatch"
  | "emptyRange"
  | "notFinite"
  | "unknownTranche"
  | "budgetUnknown"
  | "unknownFigure"
  | "unknownField"
  | "figureNoValue"
  | "fieldEmpty"
  | "internal";

export type MessageParams = Readonly<Record<string, string | number>>;

/** Which Excel error each mistake becomes. */
export const ERROR_KIND: Readonly<Record<MessageKey, ErrorKind>> = {
  blank: "na",
  notNumber: "value",
  notFlag: "value",
  numberAsText: "value",
  notScalar: "value",
  negative: "value",
  needZero: "div0",
  stockNotPositive: "value",
  stockDepleted: "value",
  targetMet: "na",
  pathShape: "value",
  ragged: "value",
  inputError: "value",
  shareRange: "value",
  yearRange: "value",
  pathTooLong: "value",
  pathGap: "value",
  pathEmpty: "value",
  shapeMismatch: "value",
  emptyRange: "value",
  notFinite: "num",
  unknownTranche: "na",
  budgetUnknown: "na",
  unknownFigure: "na",
  unknownField: "value",
  figureNoValue: "na",
  fieldEmpty: "na",
  internal: "value",
};

/**
 * A mistake in the input, thrown by the model and turned into an Excel error by the functions.
 * Not an Error subclass on purpose: a whole-column call may raise one per cell, and an
 * Error's stack trace (which nobody reads here) is most of its cost; the key and parameters
 * say everything.
 */
export class ModelError {
  readonly name = "ModelError";
  readonly kind: ErrorKind;
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    this.kind = ERROR_KIND[key];
    this.key = key;
    this.params = params;
  }

  get message(): string {
    return `${this.kind}:${this.key} ${JSON.stringify(this.params)}`;
  }
}

/** A computed result, or why it is none: the model never returns NaN, an infinity or -0. */
export function finiteOrError(x: number, what: string): number | ModelError {
  if (!Number.isFinite(x)) return new ModelError("notFinite", { what });
  return x === 0 ? 0 : x;
}

/** Guards a computed result: the model never returns NaN, an infinity or -0. */
export function finiteResult(x: number, what: string): number {
  return orThrow(finiteOrError(x, what));
}

/** The value, or its ModelError thrown. */
export function orThrow<T>(x: T | ModelError): T {
  if (x instanceof ModelError) throw x;
  return x;
}
