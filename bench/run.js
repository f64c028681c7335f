/**
 * npm run bench: compiles bench/bench.ts with tsc (it shares the tests' Excel fake and static
 * server) and runs it. Needs a production build in dist/ (npm run build).
 */
const path = require("path");
const fs = require("fs");
const { execFileSync } = require("child_process");
const { datasetHash } = require("../scripts/build-support");

const ROOT = path.resolve(__dirname, "..");
// Section 6 holds a workbook of a million formulas in the fake: more heap than Node's default.
if (!process.execArgv.some((a) => a.startsWith("--max-old-space-size"))) {
  const { status } = require("child_process").spawnSync(
    process.execPath,
    ["--max-old-space-size=12288", __filename, ...process.argv.slice(2)],
    { stdio: "inherit" }
  );
  process.exit(status ?? 1);
}
if (!fs.existsSync(path.join(ROOT, "dist/functions.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
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
