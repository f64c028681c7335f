/**
 * Before any test: test-results/ exists (Jest writes its JSON results there even when every
 * test fails early), and dist/ is the production build of the working tree. Unit tests read
 * the built function metadata and bundle (functionMetadata.ts, functionsUnderTest.ts): a
 * missing or stale dist/ is rebuilt here (scripts/build-stamp.js), so `npx jest test/excel` on
 * a fresh clone tests the sources as they are, and a failed build stops the run with the
 * build's own errors.
 */
import fs from "fs";
import path from "path";
import { ensureBuilt } from "../../scripts/build-stamp";

export default function globalSetup(): void {
  fs.mkdirSync(path.resolve(__dirname, "../../test-results"), { recursive: true });
  ensureBuilt();
}
