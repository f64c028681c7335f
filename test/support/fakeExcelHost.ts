/**
 * Jest hooks for a browser test file (kept apart from ./browser.ts, which the bench imports
 * too, outside Jest).
 */
import type { Browser } from "playwright-core";
import { buildFakeOffice } from "./buildFakeOffice";
import { launch } from "./browser";
import { startStaticServer, type StaticServer } from "./staticServer";

/**
 * For a test file: the static server, the browser and the fake Excel host's office.js, set up
 * before its tests and closed after them.
 */
export function withFakeExcelHost(): {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly fakeOffice: string;
} {
  const h = {} as { browser: Browser; server: StaticServer; fakeOffice: string };
  beforeAll(async () => {
    [h.server, h.browser, h.fakeOffice] = await Promise.all([
      startStaticServer(),
      launch(),
      buildFakeOffice(),
    ]);
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}
