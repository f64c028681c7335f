// Mutation testing (`npm run mutate`, not part of `npm test`): do the tests catch a change in
// what the code promises? StrykerJS mutates the pure layers — the model, the functions, the
// data layer and the Office.js layer's pure planners — and runs their unit tests
// (jest.mutate.config.js) against each mutant; mutants that do not type-check are dropped by
// the TypeScript checker. Report: reports/mutation/index.html; the score is in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutate.config.js" },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  mutate: [
    "src/model/**/*.ts",
    "src/functions/**/*.ts",
    "src/data/**/*.ts",
    // the words (issue 24: every user-facing text in src/locale) and the function names and
    // formula forms; test/locale walks every vocabulary. The pane's own words (pane.ts) were
    // never in scope: their tests render the pane (test/taskpane), which this run leaves out.
    "src/locale/**/*.ts",
    "!src/locale/pane.ts",
    // the Office.js layer's pure planners (the appliers beside them only translate a plan)
    "src/excel/a1.ts",
    "src/excel/figureCard.ts",
    "src/excel/ownership.ts",
    "src/excel/payload.ts",
    "src/excel/sheetGrid.ts",
    "src/excel/status.ts",
    "src/excel/tables/plan.ts",
    "src/excel/tables/diff.ts",
    "src/excel/sharing/plan.ts",
    "src/excel/sharing/references.ts",
    "src/excel/scenario/layout.ts",
  ],
  ignorePatterns: ["test-results", "reports", "bench/.build", "coverage"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
  // Incremental mode: the next run re-tests only the mutants whose code or covering tests
  // changed, and keeps the results of files outside its `--mutate` scope, so one layer can be
  // re-measured without losing the others. `--force` re-tests everything.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
};
