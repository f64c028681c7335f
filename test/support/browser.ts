/**
 * An installed Chromium, Chrome or Edge (findBrowser.ts) driven by playwright-core (never a
 * downloaded browser), with office.js
 * requests to Microsoft's CDN answered from the local static server.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  assertChosenExists,
  candidates,
  chromiumPaths,
  fileExists,
  isChannelMissing,
  notFoundMessage,
} from "./findBrowser";
import { OFFICE_CDN, ROOT, type StaticServer } from "./staticServer";

export const RESULTS = path.join(ROOT, "test-results");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Which browser the run drove, in test-results/browser.txt (CI logs and bug reports). */
async function record(browser: Browser, how: string): Promise<Browser> {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, "browser.txt"), `${how}: ${browser.version()}\n`);
  return browser;
}

/** Launches the first installed browser of `candidates` (findBrowser.ts), or says how to get one. */
export async function launch(): Promise<Browser> {
  assertChosenExists(process.env, fileExists);
  const tried: string[] = [];
  for (const c of candidates(process.platform, process.env, fileExists)) {
    if (c.kind === "path") {
      return record(
        await chromium.launch({ executablePath: c.path, args: ARGS }),
        `${c.path} (${c.from})`
      );
    }
    try {
      const browser = await chromium.launch({ channel: c.channel, args: ARGS });
      return record(browser, `Playwright channel ${c.channel}`);
    } catch (e) {
      if (!isChannelMissing(e)) throw e;
      tried.push(`channel ${c.channel}`);
    }
  }
  tried.unshift(...chromiumPaths(process.platform, process.env));
  throw new Error(notFoundMessage(process.platform, tried));
}

export interface PageLog {
  readonly errors: string[];
  readonly failedRequests: string[];
  /** `securitypolicyviolation` events, of this page and every page it opens (help, popups) */
  readonly violations: string[];
}

/** A page whose office.js comes from the local server (or is blocked), with its console errors collected. */
export async function openPage(
  browser: Browser,
  server: StaticServer,
  options: { blockOfficeJs?: boolean; width?: number; height?: number; locale?: string } = {}
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 800 },
    acceptDownloads: true,
    locale: options.locale ?? "nl-NL",
  });
  const log: PageLog = { errors: [], failedRequests: [], violations: [] };
  // Playwright's bindings and init scripts come through the DevTools protocol, which the
  // pages' Content-Security-Policy does not govern: the policy under test stays as shipped.
  await context.exposeBinding("__reportCspViolation", (_source, v: string) => {
    log.violations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation(v: string): void })
        .__reportCspViolation;
      report(
        `${e.effectiveDirective} refused ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`
      );
    });
  });
  const page = await context.newPage();
  // the context's events and routes: also those of the pages it opens (help in a new window)
  context.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
  });
  context.on("weberror", (e) => log.errors.push(`pageerror: ${e.error().message}`));
  context.on("requestfailed", (r) => log.failedRequests.push(r.url()));
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    if (options.blockOfficeJs) return route.abort("blockedbyclient");
    const rel = route.request().url().slice(OFFICE_CDN.length);
    const response = await route.fetch({ url: `${server.url}office-js/${rel}` });
    return route.fulfill({ response });
  });
  // Nothing else may leave the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.request().url().startsWith(OFFICE_CDN) ? route.fallback() : route.abort("blockedbyclient")
  );
  return { page, log };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
