/**
 * Which sources dist/ was built from, so tests never read a stale build.
 *
 * The build records a hash of everything webpack reads (sources, docs, assets, seeds, build
 * scripts, manifest, configs and the lock file), the mode and the public URL; Jest's global
 * setup (test/support/globalSetup.ts) compares it with the working tree and rebuilds dist/
 * when they differ. The stamp lives under node_modules/.cache, not in dist/, which is what a
 * department publishes.
 */
const nodeCrypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const STAMP = path.join(ROOT, "node_modules", ".cache", "woningbouw", "build-stamp.json");
const INPUT_DIRS = ["src", "docs", "assets", "seeds", "scripts"];
const INPUT_FILES = [
  "manifest.xml",
  "webpack.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The hash of the build's inputs, its mode and its public URL. */
function buildInputs({ mode, urlBase }, root = ROOT) {
  const hash = nodeCrypto.createHash("sha256");
  hash.update(`${mode}\n${urlBase}\n`);
  const files = [
    ...INPUT_DIRS.flatMap((d) => filesUnder(path.join(root, d))),
    ...INPUT_FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)),
  ].sort();
  for (const file of files) {
    hash.update(`${path.relative(root, file).split(path.sep).join("/")}\n`);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

function readStamp(file = STAMP) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Why dist/ cannot be trusted for these inputs, or null when it can. */
function staleness(expected, { dist = path.join(ROOT, "dist"), stampFile = STAMP } = {}) {
  for (const f of ["manifest.xml", "functions.js", "functions.json", "taskpane.html"])
    if (!fs.existsSync(path.join(dist, f))) return `dist/${f} is missing`;
  const stamp = readStamp(stampFile);
  if (!stamp) return "no record of what dist/ was built from";
  if (stamp.inputs !== expected) return "the sources changed since dist/ was built";
  return null;
}

/**
 * Records the inputs, read when the build starts, after a build without errors that wrote
 * dist/ (`webpack serve` keeps its output in memory: no stamp, and an old one is dropped).
 */
class BuildStampPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    let inputs = null;
    compiler.hooks.beforeRun.tap("BuildStampPlugin", () => {
      inputs = buildInputs(this.options);
    });
    compiler.hooks.watchRun.tap("BuildStampPlugin", () => {
      inputs = null;
      fs.rmSync(STAMP, { force: true });
    });
    compiler.hooks.done.tap("BuildStampPlugin", (stats) => {
      if (stats.hasErrors() || !inputs) {
        fs.rmSync(STAMP, { force: true });
        return;
      }
      fs.mkdirSync(path.dirname(STAMP), { recursive: true });
      fs.writeFileSync(STAMP, JSON.stringify({ inputs, builtAt: new Date().toISOString() }));
    });
  }
}

/**
 * Builds dist/ (production) when it cannot be used for the working tree; throws when the
 * build fails. For Jest's global setup, the bench and the mutation run.
 */
function ensureBuilt({ log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const { publicUrl } = require("./build-support");
  const expected = () => buildInputs({ mode: "production", urlBase: publicUrl() });
  const why = staleness(expected());
  if (!why) return false;
  log(`dist/ cannot be used (${why}): building it with \`npm run build\` …`);
  const run = require("child_process").spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--mode", "production"],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] }
  );
  if (run.status !== 0)
    throw new Error(
      `The build failed (exit ${run.status ?? run.signal}); dist/ is needed. Fix the errors above, or run \`npm run build\` to see them.`
    );
  const still = staleness(expected());
  if (still) throw new Error(`dist/ is still unusable after the build: ${still}`);
  return true;
}

module.exports = { STAMP, buildInputs, staleness, ensureBuilt, BuildStampPlugin };
