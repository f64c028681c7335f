/**
 * When office.js could not load (offline, blocked) there is no CustomFunctions runtime, and
 * the associate calls the metadata plugin appends to functions.ts would throw, leaving the
 * page with an uncaught error. A no-op stand-in lets the script finish; the pane then shows
 * why the add-in cannot work. Inside Excel (and in tests) the real runtime is there first.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") {
  g.CustomFunctions = { associate: (): void => undefined };
}

export {};
