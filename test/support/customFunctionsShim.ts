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

export class ShimError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    if (!Object.values(ERROR_CODES).includes(code as never))
      throw new Error(`unknown error code ${code}`);
    this.code = code;
    this.message = message;
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
