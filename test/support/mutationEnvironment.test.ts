/**
 * The mutation run's test environment (jest.mutate.config.js) stops a mutant's run at its first
 * failing test, and only then: fed jest-circus's events as run.js dispatches them.
 */
const MutationEnvironment = require("./mutationEnvironment.cjs");

type Mode = "skip" | undefined;
const handle: (event: object) => Promise<void> = (event) =>
  MutationEnvironment.prototype.handleTestEvent.call({}, event);

/** One test's events; returns whether the environment skipped it. */
async function runTest(fails: boolean): Promise<boolean> {
  const test: { mode: Mode; errors: unknown[] } = { mode: undefined, errors: [] };
  await handle({ name: "test_start", test });
  if (test.mode === "skip") return true;
  if (fails) test.errors.push(new Error("expected"));
  await handle({ name: "test_done", test });
  return false;
}

describe("the mutation run's environment", () => {
  const saved = process.env.__STRYKER_ACTIVE_MUTANT__;
  afterEach(() => {
    if (saved === undefined) delete process.env.__STRYKER_ACTIVE_MUTANT__;
    else process.env.__STRYKER_ACTIVE_MUTANT__ = saved;
  });

  it("skips every later test and describe block of a mutant once one of its tests failed", async () => {
    process.env.__STRYKER_ACTIVE_MUTANT__ = "41";
    expect(await runTest(false)).toBe(false);
    expect(await runTest(true)).toBe(false);
    expect(await runTest(false)).toBe(true);
    const block: { mode: Mode } = { mode: undefined };
    await handle({ name: "run_describe_start", describeBlock: block });
    expect(block.mode).toBe("skip");
    // the next mutant runs every test again
    process.env.__STRYKER_ACTIVE_MUTANT__ = "42";
    expect(await runTest(false)).toBe(false);
    expect(await runTest(false)).toBe(false);
  });

  it("runs everything without an active mutant (the dry run that measures coverage)", async () => {
    delete process.env.__STRYKER_ACTIVE_MUTANT__;
    expect(await runTest(true)).toBe(false);
    expect(await runTest(false)).toBe(false);
    const block: { mode: Mode } = { mode: undefined };
    await handle({ name: "run_describe_start", describeBlock: block });
    expect(block.mode).toBeUndefined();
  });
});
