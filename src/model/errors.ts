/**
 * The model's error vocabulary. The model never speaks Excel: it raises a ModelError with a
 * kind (which Excel error it becomes) and a message key with parameters; src/functions turns
 * that into a CustomFunctions.Error in the user's display language.
 */
export type ErrorKind = "value" | "num" | "na" | "div0";

export type MessageKey =
  | "blank"
  | "notNumber"
  | "notScalar"
  | "negative"
  | "needZero"
  | "stockNotPositive"
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

export class ModelError extends Error {
  readonly kind: ErrorKind;
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(kind: ErrorKind, key: MessageKey, params: MessageParams = {}) {
    super(`${kind}:${key} ${JSON.stringify(params)}`);
    this.name = "ModelError";
    this.kind = kind;
    this.key = key;
    this.params = params;
  }
}

/** Guards a computed result: the model never returns NaN or an infinity. */
export function finiteResult(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new ModelError("num", "notFinite", { what });
  return x;
}
