/**
 * The custom functions by id, either from the TypeScript source (unit tests) or from the
 * built dist/functions.js loaded in a Node vm context whose only global is CustomFunctions
 * (what ships is what is tested).
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import * as source from "../../src/functions/functions";
import { ShimError, makeShim } from "./customFunctionsShim";

export type Fn = (...args: unknown[]) => unknown;
export interface FunctionsUnderTest {
  readonly name: string;
  readonly fns: ReadonlyMap<string, Fn>;
  readonly ErrorClass: new (...args: never[]) => { code: string; message?: string };
  /** Runs `body` with Office's display language set to `tag`. */
  withLanguage<T>(tag: string, body: () => T): T;
}

export const DIST = path.resolve(__dirname, "../../dist");

export function fromSource(): FunctionsUnderTest {
  const fns = new Map<string, Fn>([
    ["PLANCAPACITY_RATIO", source.planCapacityRatioFn as Fn],
    ["PLANCAPACITY_GAP", source.planCapacityGapFn as Fn],
    ["SHORTAGE_2035", source.shortage2035Fn as Fn],
    ["SHORTAGE_PATH", source.shortagePathFn as Fn],
    ["PRODUCTION_NEEDED", source.productionNeededFn as Fn],
    ["TRANCHE_REMAINING", source.trancheRemainingFn as Fn],
    ["FIGURE", source.figureFn as Fn],
  ]);
  return {
    name: "source",
    fns,
    ErrorClass: ShimError,
    withLanguage(tag, body) {
      const g = globalThis as { Office?: unknown };
      const before = g.Office;
      g.Office = { context: { displayLanguage: tag } };
      try {
        return body();
      } finally {
        g.Office = before;
      }
    },
  };
}

/** Loads dist/functions.js in a fresh vm context with only the CustomFunctions shim. */
export function loadBundle(extraGlobals: Record<string, unknown> = {}): {
  shim: ReturnType<typeof makeShim>;
  context: vm.Context;
} {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const shim = makeShim();
  const context = vm.createContext({ CustomFunctions: shim, ...extraGlobals });
  vm.runInContext(code, context, { filename: "functions.js" });
  return { shim, context };
}

export function fromBundle(): FunctionsUnderTest {
  const { shim, context } = loadBundle();
  return {
    name: "dist/functions.js",
    fns: shim.registered,
    ErrorClass: shim.Error,
    withLanguage(tag, body) {
      (context as { Office?: unknown }).Office = { context: { displayLanguage: tag } };
      try {
        return body();
      } finally {
        delete (context as { Office?: unknown }).Office;
      }
    },
  };
}
