/**
 * Debian's chromium driven by playwright-core (never a downloaded browser), with office.js
 * requests to Microsoft's CDN answered from the local static server.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { OFFICE_CDN, ROOT, type StaticServer } from "./staticServer";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const RESULTS = path.join(ROOT, "test-results");

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: apt-get install chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
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
