/**
 * Jest's test environment for the mutation run (jest.mutate.config.js) only: within one
 * mutant's run, once a test has failed the mutant is killed, so every later test and describe
 * block of that run is skipped instead of run. This is Jest's own `--bail`, which Stryker cannot
 * pass to Jest ("Bail isn't supported programmatically in jest", jestjs/jest#11766, quoted in
 * @stryker-mutator/jest-runner's jest-override-options.js). It cannot change a score: a mutant
 * counts as killed when any test fails, and the first failure is kept. The dry run (no active
 * mutant) runs everything, so Stryker's per-test coverage is complete.
 *
 * How: jest-circus (29.7, run.js) dispatches `test_start` and `run_describe_start` to the
 * environment's handleTestEvent and only then reads `test.mode` / `describeBlock.mode`; a mode of
 * "skip" makes it report the test as skipped. Stryker wraps this class in its own environment
 * (mixinJestEnvironment), which calls this handleTestEvent first.
 */
const { TestEnvironment } = require("jest-environment-node");

/** The active mutant (Stryker's __STRYKER_ACTIVE_MUTANT__) for which a test has failed. */
let failedMutant;

class MutationEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (mutant === undefined) return;
    if (event.name === "test_done" && event.test.errors.length > 0) failedMutant = mutant;
    if (failedMutant !== mutant) return;
    if (event.name === "test_start") event.test.mode = "skip";
    if (event.name === "run_describe_start") event.describeBlock.mode = "skip";
  }
}

module.exports = MutationEnvironment;
