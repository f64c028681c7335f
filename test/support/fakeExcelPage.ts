/**
 * The built pane in Chromium with the fake Excel host in place of office.js (fakeOfficeEntry):
 * the page the manifest serves for a display language, at a pane size.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPage, type PageLog } from "./browser";
import { buildFakeOffice } from "./buildFakeOffice";
import { OFFICE_CDN, startStaticServer, type StaticServer } from "./staticServer";
import { distMetadata } from "./functionMetadata";

/** The page the manifest serves for a display language: the pane pre-rendered in it. */
export const pageFor = (lang: string) =>
  lang.toLowerCase().startsWith("nl") ? "taskpane.nl.html" : "taskpane.html";

export interface FakeExcelPageOptions {
  readonly profile?: string;
  /** more query parameters for the fake ("&older=1") */
  readonly extra?: string;
  readonly file?: string;
  readonly width?: number;
  readonly height?: number;
}

export async function openWithFakeExcel(
  browser: Browser,
  server: StaticServer,
  fakeOffice: string,
  lang: string,
  options: FakeExcelPageOptions = {}
): Promise<{ page: Page; log: PageLog }> {
  const { profile = "web", extra = "", file = pageFor(lang), width, height } = options;
  const { page, log } = await openPage(browser, server, { width, height });
  // The fake resolves function names by what the build serves per display language.
  await page.addInitScript((m) => {
    (window as unknown as { __functionMetadata: unknown }).__functionMetadata = m;
  }, distMetadata());
  await page.route(`${OFFICE_CDN}office.js`, (route) =>
    route.fulfill({ body: fakeOffice, contentType: "text/javascript" })
  );
  await page.goto(`${server.url}${file}?lang=${lang}&profile=${profile}${extra}`);
  return { page, log };
}

/**
 * A test file's browser, static server and fake office.js, started before its tests and
 * stopped after; `open` opens the pane on them.
 */
export function fakeExcelSuite(): {
  open: (lang: string, options?: FakeExcelPageOptions) => Promise<{ page: Page; log: PageLog }>;
  /** another page of the build (a help page), without Office */
  openFile: (
    file: string,
    size: { width: number; height: number }
  ) => Promise<{ page: Page; log: PageLog }>;
} {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let fakeOffice = "";
  beforeAll(async () => {
    [server, browser, fakeOffice] = await Promise.all([
      startStaticServer(),
      launch(),
      buildFakeOffice(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: (lang, options) => {
      if (!browser || !server) throw new Error("fakeExcelSuite: not started");
      return openWithFakeExcel(browser, server, fakeOffice, lang, options);
    },
    openFile: async (file, size) => {
      if (!browser || !server) throw new Error("fakeExcelSuite: not started");
      const opened = await openPage(browser, server, size);
      await opened.page.goto(`${server.url}${file}`);
      return opened;
    },
  };
}
