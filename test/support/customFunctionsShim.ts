/**
 * The part of Excel's CustomFunctions runtime that functions.js uses: associate, Error and
 * ErrorCode. Used as a global in unit tests and as the only global of the vm context in which
 * the built dist/functions.js is loaded.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/**
 * Like the runtime, a message survives only on #VALUE! and #N/A: for #DIV/0!, #NUM!, #NULL!,
 * #NAME? and #REF! "a custom error message can't be used" (@types/custom-functions-runtime,
 * CustomFunctions.ErrorCode), so Excel shows the code alone.
 */
const CODES_WITH_MESSAGE = new Set<string>([ERROR_CODES.invalidValue, ERROR_CODES.notAvailable]);

export class ShimError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    if (!Object.values(ERROR_CODES).includes(code as never))
      throw new Error(`unknown error code ${code}`);
    this.code = code;
    this.message = CODES_WITH_MESSAGE.has(code) ? message : undefined;
  }
}

export interface Shim {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  Error: typeof ShimError;
  ErrorCode: typeof ERROR_CODES;
  registered: Map<string, (...args: unknown[]) => unknown>;
}

export function makeShim(): Shim {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associate: (id, fn) => {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: ShimError,
    ErrorCode: ERROR_CODES,
    registered,
  };
}

/** The part of a function's metadata (functions.json) that decides how errors reach it. */
export interface CallMetadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: ReadonlyArray<{
    readonly id: string;
    readonly parameters?: ReadonlyArray<{ readonly type?: string }>;
  }>;
}

function holdsError(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(holdsError);
  return v instanceof ShimError;
}

/**
 * Excel calling a custom function whose arguments may hold error values (a cell with #N/A, or
 * a range with one). Microsoft, "Handle and return errors from your custom function": "To
 * process inputs that contain errors, a custom function must have the JSON metadata property
 * allowErrorForDataTypeAny set to true", and then "All parameters with the type any or
 * any[][] can accept errors as input values" (custom-functions-json). So an error reaches the
 * function only through an `any` parameter of metadata with the flag. Otherwise Excel does not
 * hand it over; what the cell then shows is not documented — modelled as the function never
 * running and #VALUE! ("By default, Excel returns #VALUE! for unhandled errors"), so a test
 * that expects an input's #N/A to pass on fails when the flag is missing.
 */
export function callAsExcel(
  metadata: CallMetadata,
  id: string,
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[]
): unknown {
  const meta = metadata.functions.find((f) => f.id === id);
  if (!meta) throw new Error(`fake: ${id} is not in the metadata`);
  const refused = args.some(
    (a, i) =>
      holdsError(a) &&
      !(
        metadata.allowErrorForDataTypeAny === true &&
        (meta.parameters?.[i]?.type ?? "any") === "any"
      )
  );
  if (refused) throw new ShimError(ERROR_CODES.invalidValue);
  return fn(...args);
}
