/**
 * functions.js without office.js (offline, blocked): src/functions/runtimeGuard.ts supplies a
 * no-op CustomFunctions.associate so the script finishes, and never replaces a real runtime.
 */
describe("the CustomFunctions stand-in", () => {
  const g = globalThis as { CustomFunctions?: unknown };
  let before: unknown;
  beforeEach(() => {
    before = g.CustomFunctions;
  });
  afterEach(() => {
    g.CustomFunctions = before;
  });

  const load = () =>
    jest.isolateModules(() => {
      require("../../src/functions/runtimeGuard");
    });

  it("without a runtime, associate exists and does nothing", () => {
    delete g.CustomFunctions;
    load();
    const stand = g.CustomFunctions as { associate?: (id: string, fn: () => void) => unknown };
    expect(typeof stand.associate).toBe("function");
    expect(stand.associate?.("PLANCAPACITY_RATIO", () => undefined)).toBeUndefined();
  });

  it("a runtime that is there stays as it is", () => {
    const runtime = { associate: jest.fn() };
    g.CustomFunctions = runtime;
    load();
    expect(g.CustomFunctions).toBe(runtime);
  });
});
