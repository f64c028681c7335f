/**
 * npm run bench: compiles bench/bench.ts with tsc (it shares the test kit, test/support: the
 * Excel fake, the static server, the measurements) and runs it on the production build,
 * built first when dist/ is missing or stale.
 */
const path = require("path");
const { execFileSync } = require("child_process");
const { datasetHash } = require("../scripts/build-support");
const { ensureBuilt } = require("../scripts/build-stamp");

// Section 6 holds a workbook of a million formulas in the fake: more heap than Node's default.
if (!process.execArgv.some((a) => a.startsWith("--max-old-space-size"))) {
  const { status } = require("child_process").spawnSync(
    process.execPath,
    ["--max-old-space-size=12288", __filename, ...process.argv.slice(2)],
    { stdio: "inherit" }
  );
  process.exit(status ?? 1);
}
// The bench measures the production build of the working tree: a missing or stale dist/ is
// rebuilt first (the same stamp the tests use, scripts/build-stamp.js).
try {
  ensureBuilt();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
execFileSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc"), "-p", path.join(__dirname, "tsconfig.json")],
  { stdio: "inherit" }
);
// What the build's DefinePlugin injects into the bundles.
globalThis.__DATASET_HASH__ = datasetHash();
require(path.join(__dirname, ".build/bench/bench.js"))
  .main()
  .then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
