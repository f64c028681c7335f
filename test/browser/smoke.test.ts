/**
 * The built pane in headless Chromium, outside Excel: it renders its "not opened in Excel"
 * state with the dataset's tables and no console errors; with office.js blocked it shows the
 * failure message instead of a blank page. The figure browser works there read-only: search,
 * cards with provenance, the no-result state, insert actions disabled and explained.
 * The pages hold the pane pre-rendered (taskpane.nl.html Dutch, taskpane.html English): it
 * is there at first paint, before any script runs, and stays where it is once live.
 * Screenshots (Dutch and English) go to test-results/.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPage, screenshot } from "../support/browser";
import ExcelJS from "exceljs";
import { DATASET_VERSION } from "../../src/data/dataset";
import { startStaticServer, type StaticServer } from "../support/staticServer";
import { sheetTables } from "../../src/data/tables";

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
    await page.goto(`${server.url}taskpane.nl.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Tabellen" }).click();
    await page.getByRole("checkbox", { name: /Provincies \(Bijlage 1\)/ }).waitFor();
    const insert = page.getByRole("button", { name: /tabellen invoegen/ });
    expect(await insert.isDisabled()).toBe(true);
    await screenshot(page, "pane-outside-excel");
    expect(log.errors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
  });

  it.each([
    ["taskpane.nl.html", "nl-NL", "Download als Excel-bestand", /gedownload/],
    ["taskpane.html", "en-US", "Download as an Excel file", /Downloaded/],
  ])(
    "%s offers the reference workbook as an .xlsx file, with every sheet and table",
    async (file, locale, button, done) => {
      const { page, log } = await openPage(browser, server, { locale });
      await page.goto(`${server.url}${file}`);
      await page
        .getByRole("tab", { name: locale.startsWith("en") ? "Share" : "Delen" })
        .click({ timeout: 20000 });
      const download = page.waitForEvent("download", { timeout: 60000 });
      await page.getByRole("button", { name: button }).click({ timeout: 20000 });
      const d = await download;
      expect(d.suggestedFilename()).toBe(`woningbouw-referentiedata-${DATASET_VERSION}.xlsx`);
      await page.getByText(done).waitFor({ timeout: 20000 });
      await screenshot(page, `pane-outside-excel-download-${locale}`);
      const saved = await d.path();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        ...sheetTables().map((t) => t.sheetName),
        "WB Merken",
      ]);
      expect(log.errors).toEqual([]);
    }
  );

  it("the functions register before the pane's UI code runs", async () => {
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
    await page.goto(`${server.url}taskpane.nl.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    // The pane's code is fetched early (preloaded beside office.js), but runs only after the
    // page's scripts: functions.js first, so registering never waits for the pane.
    const { registered, hydrated } = await page.evaluate(() => ({
      registered: (window as unknown as { __registered: Array<{ id: string; t: number }> })
        .__registered,
      hydrated: performance.getEntriesByName("woningbouw:interactive")[0]?.startTime ?? NaN,
    }));
    expect(registered.map((r) => r.id).sort()).toEqual([
      "FIGURE",
      "PLANCAPACITY_GAP",
      "PLANCAPACITY_RATIO",
      "PRODUCTION_NEEDED",
      "SHORTAGE_2035",
      "SHORTAGE_PATH",
      "TRANCHE_REMAINING",
    ]);
    expect(Math.max(...registered.map((r) => r.t))).toBeLessThan(hydrated);
  });

  it("shows a clear message when office.js cannot load", async () => {
    const { page, log } = await openPage(browser, server, { blockOfficeJs: true });
    await page.goto(`${server.url}taskpane.html`);
    const message = page.getByRole("alert");
    await message.waitFor({ timeout: 20000 });
    expect(await message.textContent()).toMatch(
      /Office\.js kon niet worden geladen.*Office\.js could not be loaded/
    );
    // the pre-rendered controls will never come alive: they are greyed out and take no clicks
    expect(
      await page.evaluate(() => document.documentElement.classList.contains("woningbouw-stopped"))
    ).toBe(true);
    await screenshot(page, "pane-office-js-blocked");
    expect(log.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it("in an old webview (no ES2020: Internet Explorer 11, Edge Legacy) shows why instead of a pane that never comes alive", async () => {
    const { page } = await openPage(browser, server);
    // Such an engine cannot parse ?. : the bundles fail to parse, and so does the inline ES2020
    // probe, whose flag then never gets set.
    await page.addInitScript(() => {
      Object.defineProperty(window, "__woningbouwEs2020", { get: () => undefined, set: () => {} });
    });
    // ... and the bundles never run there: here they are not delivered.
    await page.route(/\/(functions|commands|taskpane)\.js$/, (route) => route.abort());
    await page.goto(`${server.url}taskpane.html`);
    await page
      .getByText(/verouderd browseronderdeel \(Internet Explorer 11 of Edge Legacy\)/)
      .waitFor({
        timeout: 20000,
      });
    expect(
      await page.evaluate(() => document.documentElement.classList.contains("woningbouw-stopped"))
    ).toBe(true);
    await screenshot(page, "pane-old-webview");
  });
});

async function search(page: Page, box: string, query: string): Promise<void> {
  const input = page.getByRole("combobox", { name: box });
  await input.fill(query);
}

describe("figure browser in a browser, outside Excel", () => {
  it("in Dutch: finds a letter figure and shows its quote; a derived figure shows its formula; nothing found says what to try", async () => {
    const { page, log } = await openPage(browser, server, { height: 1100 });
    await page.goto(`${server.url}taskpane.nl.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    await search(page, "Zoek een kengetal", "Zuid-Holland plancapaciteit");
    const card = page.getByRole("article", { name: "Kengetal met herkomst" });
    await card.getByText("187.000 woningen", { exact: true }).waitFor();
    expect(await card.textContent()).toContain(
      "Afgelopen voorjaar was er een plancapaciteit beschikbaar van 187.000 woningen."
    );
    expect(await card.getByRole("button", { name: "Formule invoegen" }).isDisabled()).toBe(true);
    expect(await card.textContent()).toContain("Invoegen kan alleen in Excel");
    await screenshot(page, "figures-nl-letter-card");

    await search(page, "Zoek een kengetal", "zh.plancapaciteit_ratio");
    // the formula in the figures' names, and in ids
    await card.getByText(/Afgeleid: \[Beschikbare plancapaciteit \(voorjaar 2020\)\] \//).waitFor();
    await card.getByText("In id's: zh.plancapaciteit / zh.behoefte_2030").waitFor();
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
    // the search box is there at first paint; typing needs the live pane
    await page.getByText("Not opened in Excel").waitFor({ timeout: 20000 });
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

/** Where the pane's landmarks are: headings and table checkboxes, by their text. */
async function landmarks(page: Page): Promise<Array<[string, number]>> {
  return page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, label")]
      .filter((el) => el.textContent)
      .map((el): [string, number] => [
        el.textContent ?? "",
        Math.round(el.getBoundingClientRect().top),
      ])
  );
}

describe("the pane at first paint", () => {
  it.each([
    ["nl", "taskpane.nl.html", "Verbinden met Excel…", "Niet geopend in Excel"],
    ["en", "taskpane.html", "Connecting to Excel…", "Not opened in Excel"],
  ])(
    "in %s: the real pane before any script runs, and the same pane, unmoved, once live",
    async (lang, file, connecting, outside) => {
      // before any script: JavaScript off, so only the page's own markup and styles paint
      const context = await browser.newContext({
        viewport: { width: 320, height: 800 },
        javaScriptEnabled: false,
      });
      const first = await context.newPage();
      await first.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await first.goto(`${server.url}${file}`);
      await first.getByText(connecting).waitFor();
      const tables = sheetTables();
      for (const t of tables)
        expect(
          await first.getByText(`${t.title[lang as "nl" | "en"]} (${t.sheetName})`).count()
        ).toBe(1);
      await screenshot(first, `pane-first-paint-${lang}`);
      const before = await landmarks(first);
      await context.close();

      const { page, log } = await openPage(browser, server, {
        locale: lang === "nl" ? "nl-NL" : "en-US",
      });
      await page.goto(`${server.url}${file}`);
      await page.getByText(outside).waitFor({ timeout: 20000 });
      await page.waitForFunction(
        () => performance.getEntriesByName("woningbouw:interactive").length > 0
      );
      await screenshot(page, `pane-live-${lang}`);
      expect(await landmarks(page)).toEqual(before);
      expect(log.errors).toEqual([]);
    }
  );

  it("keeps what was typed into the search box before the pane came alive", async () => {
    const { page, log } = await openPage(browser, server, { height: 1100 });
    // the pane's code arrives late, so the user types into the pre-rendered box first
    await page.route(/\/\d+\.[0-9a-f]{8}\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${server.url}taskpane.nl.html`, { waitUntil: "commit" });
    await page.getByText("Verbinden met Excel…").waitFor();
    await page.getByRole("combobox", { name: "Zoek een kengetal" }).fill("zh.plancapaciteit");
    // typed before the pane's code arrived
    expect(
      await page.evaluate(() => performance.getEntriesByName("woningbouw:interactive").length)
    ).toBe(0);
    const card = page.getByRole("article", { name: "Kengetal met herkomst" });
    await card.getByText("187.000 woningen", { exact: true }).waitFor({ timeout: 20000 });
    expect(log.errors).toEqual([]);
  });
});
