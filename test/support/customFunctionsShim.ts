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
