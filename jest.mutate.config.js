/**
 * Jest for mutation testing (`npm run mutate`, stryker.config.mjs): the unit tests of the
 * code Stryker mutates, run from the sources in Stryker's sandbox. Left out: tests of the
 * built bundle and pages (a mutant of src/ does not reach dist/), the browser, lint, install
 * and manifest checks, and the bench budgets. dist/ is built before Stryker copies the
 * project (the fake reads the function metadata from it), so no global setup here.
 */
const path = require("path");
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  // Within one mutant's run, stop at the first failing test (Jest's --bail, which Stryker
  // cannot pass), smallest test files first: see the two files' headers.
  // an absolute path: Stryker wraps the environment and requires it without Jest's <rootDir>
  testEnvironment: path.join(__dirname, "test/support/mutationEnvironment.cjs"),
  testSequencer: "<rootDir>/test/support/mutationSequencer.cjs",
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/browser/",
    "<rootDir>/test/taskpane/",
    "<rootDir>/test/bench/",
    "<rootDir>/test/docs/",
    "<rootDir>/test/scripts/",
    "<rootDir>/test/support/",
    "<rootDir>/test/functions/bundle.test.ts",
    "<rootDir>/test/functions/metadata.test.ts",
    "<rootDir>/test/install.test.ts",
    "<rootDir>/test/lint.test.ts",
    "<rootDir>/test/manifest.test.ts",
    "<rootDir>/test/excel/tables/workbookFile.test.ts",
  ],
};
