/**
 * The built pages hold the pane itself, so the first paint is real content: the table list,
 * the figure search and the status line are in dist/taskpane.html (English) and
 * dist/taskpane.nl.html (Dutch) with their styles, before any script runs. The pane's code is
 * preloaded from the head, and the manifest serves each display language its page.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";
import { sheetTables } from "../../src/data/tables";
import { strings } from "../../src/locale/pane";
import { metadataLocales } from "../../scripts/build-support";

const DIST = path.resolve(__dirname, "../../dist");
if (!fs.existsSync(path.join(DIST, "taskpane.nl.html")))
  throw new Error("run `npm run build` first (npm test does)");

const PAGES = [
  ["nl", "taskpane.nl.html"],
  ["en", "taskpane.html"],
] as const;

describe.each(PAGES)("the built page in %s (%s)", (lang, file) => {
  const html = fs.readFileSync(path.join(DIST, file), "utf8");
  const { document } = new JSDOM(html).window;
  const root = document.getElementById("root");
  const s = strings(lang);

  it("is in its language", () => {
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe(s.title);
  });

  it("already holds the table list: every table, its sheet and its rows", () => {
    const text = root?.textContent ?? "";
    for (const t of sheetTables()) {
      expect(text).toContain(`${t.title[lang]} (${t.sheetName})`);
      expect(text).toContain(`${t.description[lang]} · ${s.rows(t.rows.length)}`);
    }
    expect(root?.querySelectorAll('input[type="checkbox"]')).toHaveLength(sheetTables().length + 1);
  });

  it("holds the figure search, the scenario and the status line that says Excel is connecting", () => {
    expect(root?.querySelector('input[type="search"]')?.getAttribute("aria-label")).toBe(
      s.searchLabel
    );
    expect(root?.textContent).toContain(s.searchHint);
    expect(root?.textContent).toContain(s.insertScenario);
    expect(document.getElementById("boot-status")?.textContent).toBe(s.connecting);
  });

  it("carries the styles of that markup, and no script inside the pane", () => {
    const buckets = document.querySelectorAll("head style[data-make-styles-bucket]");
    expect(buckets.length).toBeGreaterThan(3);
    // the theme's variables, which every style refers to
    expect(html).toMatch(/--fontSizeBase200:\s*12px/);
    expect(root?.querySelector("script")).toBeNull();
  });

  it("preloads the pane's code from the head, each file one the build wrote", () => {
    const preloads = [...document.querySelectorAll('head link[rel="preload"][as="script"]')];
    expect(preloads.length).toBeGreaterThan(0);
    for (const link of preloads) {
      const href = link.getAttribute("href") ?? "";
      expect(fs.existsSync(path.join(DIST, href))).toBe(true);
      expect(link.getAttribute("fetchpriority")).toBe("low");
    }
    // React's DOM renderer, which hydrates the markup, is among them
    expect(
      preloads.some((l) =>
        /hydrateRoot|hydrate/.test(
          fs.readFileSync(path.join(DIST, l.getAttribute("href") ?? ""), "utf8")
        )
      )
    ).toBe(true);
  });
});

describe("which page Excel opens", () => {
  const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  const pane = /<bt:Url id="Taskpane\.Url"[\s\S]*?<\/bt:Url>/.exec(manifest)?.[0] ?? "";

  it("Dutch Excel gets the Dutch page, every other language the English one, as for the functions' names", () => {
    const table = metadataLocales();
    expect(pane).toContain(`DefaultValue="https://localhost:3000/${table.fallback.page}"`);
    for (const [locale, m] of Object.entries(table.overrides)) {
      expect(m.page).toBe("taskpane.nl.html");
      expect(m.names).toBe("nl");
      expect(pane).toContain(
        `<bt:Override Locale="${locale}" Value="https://localhost:3000/${m.page}"/>`
      );
    }
  });
});
