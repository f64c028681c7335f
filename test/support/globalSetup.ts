/**
 * Before any test: test-results/ exists (Jest writes its JSON results there even when every
 * test fails early), and dist/ is the production build of the working tree. Unit tests read
 * the built function metadata and bundle (functionMetadata.ts, functionsUnderTest.ts): a
 * missing or stale dist/ is rebuilt here, so `npx jest test/excel` on a fresh clone tests the
 * sources as they are, and a failed build stops the run with the build's own errors.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { buildInputs, staleness } from "../../scripts/build-stamp";
import { publicUrl } from "../../scripts/build-support";

const ROOT = path.resolve(__dirname, "../..");

export default function globalSetup(): void {
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  const why = staleness(buildInputs({ mode: "production", urlBase: publicUrl() }));
  if (!why) return;
  process.stdout.write(`\ndist/ cannot be used (${why}): building it with \`npm run build\` …\n`);
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0)
    throw new Error(
      `The build failed (exit ${run.status ?? run.signal}); the tests need dist/. Fix the errors above, or run \`npm run build\` to see them.`
    );
  const still = staleness(buildInputs({ mode: "production", urlBase: publicUrl() }));
  if (still) throw new Error(`dist/ is still unusable after the build: ${still}`);
}
