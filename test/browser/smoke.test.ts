/**
 * The built pane in headless Chromium, outside Excel: it renders its "not opened in Excel"
 * state with the dataset's tables and no console errors; with office.js blocked it shows the
 * failure message instead of a blank page. The figure browser works there read-only: search,
 * cards with provenance, the no-result state, insert actions disabled and explained.
 * Screenshots (Dutch and English) go to test-results/.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPage, screenshot } from "../support/browser";
import { startStaticServer, type StaticServer } from "../support/staticServer";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane in a browser, outside Excel", () => {
  it("renders the not-in-Excel state and the table list without console errors", async () => {
    const { page, log } = await openPage(browser, server);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    await page.getByRole("checkbox", { name: /Provincies \(Bijlage 1\)/ }).waitFor();
    const insert = page.getByRole("button", { name: /tabellen invoegen/ });
    expect(await insert.isDisabled()).toBe(true);
    await screenshot(page, "pane-outside-excel");
    expect(log.errors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
  });

  it("the functions register before the pane's UI code is fetched", async () => {
    const { page } = await openPage(browser, server);
    await page.addInitScript(() => {
      const w = window as unknown as { __registered: Array<{ id: string; t: number }> };
      w.__registered = [];
      // office.js defines CustomFunctions as a namespace object and fills in associate later:
      // record every associate call, whenever it is installed.
      type Associate = (id: string, fn: unknown) => void;
      let runtime: Record<string, unknown> | undefined;
      Object.defineProperty(window, "CustomFunctions", {
        configurable: true,
        get: () => runtime,
        set: (value: Record<string, unknown>) => {
          runtime = value;
          let inner = value.associate as Associate | undefined;
          const recording: Associate = (id, fn) => {
            w.__registered.push({ id, t: performance.now() });
            inner?.call(value, id, fn);
          };
          Object.defineProperty(value, "associate", {
            configurable: true,
            get: () => (inner ? recording : undefined),
            set: (f: Associate) => {
              inner = f;
            },
          });
        },
      });
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    const { registered, uiChunkStart } = await page.evaluate(() => {
      const chunks = performance
        .getEntriesByType("resource")
        .filter((e) => /\/\d+\.[0-9a-f]{8}\.js$/.test(e.name))
        .map((e) => e.startTime);
      return {
        registered: (window as unknown as { __registered: Array<{ id: string; t: number }> })
          .__registered,
        uiChunkStart: Math.min(...chunks),
      };
    });
    expect(registered.map((r) => r.id).sort()).toEqual([
      "FIGURE",
      "PLANCAPACITY_GAP",
      "PLANCAPACITY_RATIO",
      "PRODUCTION_NEEDED",
      "SHORTAGE_2035",
      "SHORTAGE_PATH",
      "TRANCHE_REMAINING",
    ]);
    expect(Math.max(...registered.map((r) => r.t))).toBeLessThan(uiChunkStart);
  });

  it("shows a clear message when office.js cannot load", async () => {
    const { page, log } = await openPage(browser, server, { blockOfficeJs: true });
    await page.goto(`${server.url}taskpane.html`);
    const message = page.getByRole("alert");
    await message.waitFor({ timeout: 20000 });
    expect(await message.textContent()).toMatch(
      /Office\.js kon niet worden geladen.*Office\.js could not be loaded/
    );
    await screenshot(page, "pane-office-js-blocked");
    expect(log.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it("in an old webview (no ES2020: Internet Explorer 11, Edge Legacy) shows why instead of Laden…", async () => {
    const { page } = await openPage(browser, server);
    // Such an engine cannot parse ?. : the bundles fail to parse, and the guard's probe fails too.
    await page.addInitScript(() => {
      const Native = window.Function;
      (window as unknown as { Function: unknown }).Function = function (...args: string[]) {
        if (args.some((a) => a.includes("?."))) throw new SyntaxError("Expected identifier");
        return Native(...args);
      };
    });
    // ... and the bundles never run there: here they are not delivered.
    await page.route(/\/(functions|commands|taskpane)\.js$/, (route) => route.abort());
    await page.goto(`${server.url}taskpane.html`);
    await page
      .getByText(/verouderd browseronderdeel \(Internet Explorer 11 of Edge Legacy\)/)
      .waitFor({
        timeout: 20000,
      });
    await screenshot(page, "pane-old-webview");
  });
});

async function search(page: Page, box: string, query: string): Promise<void> {
  const input = page.getByRole("searchbox", { name: box });
  await input.fill(query);
}

describe("figure browser in a browser, outside Excel", () => {
  it("in Dutch: finds a letter figure and shows its quote; a derived figure shows its formula; nothing found says what to try", async () => {
    const { page, log } = await openPage(browser, server, { height: 1100 });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    await search(page, "Zoek een kengetal", "Zuid-Holland plancapaciteit");
    const card = page.getByRole("article", { name: "Kengetal met herkomst" });
    await card.getByText("187.000", { exact: true }).waitFor();
    expect(await card.textContent()).toContain(
      "Afgelopen voorjaar was er een plancapaciteit beschikbaar van 187.000 woningen."
    );
    expect(await card.getByRole("button", { name: "Formule invoegen" }).isDisabled()).toBe(true);
    expect(await card.textContent()).toContain("Invoegen kan alleen in Excel");
    await screenshot(page, "figures-nl-letter-card");

    await search(page, "Zoek een kengetal", "zh.plancapaciteit_ratio");
    await card.getByText(/Afgeleid: zh\.plancapaciteit \/ zh\.behoefte_2030/).waitFor();
    await screenshot(page, "figures-nl-derived-card");

    await search(page, "Zoek een kengetal", "qqxzv");
    await page
      .getByRole("status")
      .getByText(/Niets gevonden voor "qqxzv"/)
      .waitFor();
    expect(await card.count()).toBe(0);
    await screenshot(page, "figures-nl-no-result");
    expect(log.errors).toEqual([]);
  });

  it("in English: a typo and Dutch number notation still find the figure", async () => {
    const { page, log } = await openPage(browser, server, { locale: "en-US", height: 1100 });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("searchbox", { name: /Search a figure/ }).waitFor({ timeout: 20000 });
    await search(page, "Search a figure", "Woningbouwimpuls second tranche budgt");
    const card = page.getByRole("article", { name: /figure/i });
    await card.getByText(/225/).first().waitFor();
    expect(await card.textContent()).toContain("wbi.t2.budget");
    await screenshot(page, "figures-en-results");
    await search(page, "Search a figure", "187.000");
    await card.getByText(/zh\.plancapaciteit/).waitFor();
    expect(log.errors).toEqual([]);
  });
});
