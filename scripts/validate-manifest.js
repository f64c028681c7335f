/**
 * npm run validate: Microsoft's validator (needs its web service), and always the offline
 * structural check, so validation means something on a machine without internet too.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { checkManifest } = require("./manifest-check");

const manifest = path.resolve(__dirname, "../manifest.xml");
const problems = checkManifest(fs.readFileSync(manifest, "utf8"));
if (problems.length) {
  console.error(`Offline check: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("Offline check: manifest structure OK.");

const bin = path.resolve(__dirname, "../node_modules/office-addin-manifest/cli.js");
const online = spawnSync(process.execPath, [bin, "validate", manifest], {
  encoding: "utf8",
  timeout: 60000,
});
const out = `${online.stdout || ""}${online.stderr || ""}`;
process.stdout.write(out);
if (/Validation passed/i.test(out)) process.exit(0);
if (
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|Unable to contact|network/i.test(out) ||
  online.error
) {
  console.log("Microsoft's online validator could not be reached; the offline check above passed.");
  process.exit(0);
}
process.exit(online.status || 1);
