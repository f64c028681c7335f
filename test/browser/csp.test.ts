/**
 * The pages run only what the add-in ships: every page the build writes carries the
 * Content-Security-Policy of scripts/csp.js, and in headless Chromium each one loads, hydrates,
 * searches, inserts (with the fake Excel host answering at office.js's CDN URL, so the policy
 * is the shipped one, Microsoft's origin included) and opens help without a single
 * `securitypolicyviolation` or console error; an injected inline script, inline handler and
 * eval are refused.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { openPage, screenshot } from "../support/browser";
import { openWithFakeExcel } from "../support/fakeExcelPage";
import { withFakeExcelHost } from "../support/fakeExcelHost";
import { ROOT } from "../support/staticServer";
import { contentSecurityPolicy, hashSource, pageParts, pageProblems } from "../../scripts/csp";

const DIST = path.join(ROOT, "dist");
const PAGES = [
  "taskpane.html",
  "taskpane.nl.html",
  "help/functions.html",
  "help/functions.nl.html",
  "help/model.html",
  "help/since-letter.html",
  "help/changelog.html",
];
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/g;

const host = withFakeExcelHost();

describe("the policy the build writes into every page", () => {
  it("lists every page of dist/", () => {
    const html = (dir: string): string[] =>
      fs
        .readdirSync(path.join(DIST, dir), { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? html(path.join(dir, e.name))
            : e.name.endsWith(".html")
              ? [path.join(dir, e.name)]
              : []
        );
    expect(
      html("")
        .map((f) => f.split(path.sep).join("/"))
        .sort()
    ).toEqual([...PAGES].sort());
  });

  it.each(PAGES)(
    "%s: one policy, first in <head>, with the hashes of exactly its inline code",
    (file) => {
      const html = fs.readFileSync(path.join(DIST, file), "utf8");
      const metas = [...html.matchAll(META)];
      expect(metas).toHaveLength(1);
      // before any script or style, so it governs all of them
      const first = Math.min(
        ...["<script", "<style", "<link"].map((t) => html.indexOf(t)).filter((i) => i >= 0)
      );
      expect(metas[0].index).toBeLessThan(first);
      const policy = metas[0][1];
      expect(policy).toBe(contentSecurityPolicy(pageParts(html)));
      expect(pageProblems(html)).toEqual([]);
      const directive = (name: string) =>
        policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";
      expect(directive("script-src")).not.toMatch(/unsafe|\*|data:|http:/);
      expect(directive("style-src")).not.toMatch(/unsafe|\*/);
      // only office.js's one hidden-frame attribute, by its hash (scripts/csp.js)
      expect(directive("style-src-attr")).toBe(
        `style-src-attr 'unsafe-hashes' ${hashSource("display:none")}`
      );
      expect(directive("object-src")).toBe("object-src 'none'");
      expect(directive("base-uri")).toBe("base-uri 'none'");
      expect(directive("form-action")).toBe("form-action 'none'");
    }
  );

  it("the pane's pages allow office.js's host and hash the old-webview probe and guard", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.nl.html"), "utf8");
    const policy = [...html.matchAll(META)][0][1];
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com ");
    expect(pageParts(html).scripts).toHaveLength(2);
    expect(pageParts(html).externalScripts[0]).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
  });

  it("a page that would break under the policy fails the build's check", () => {
    expect(pageProblems('<script src="https://cdn.example.com/x.js"></script>')).toEqual([
      "a script from https://cdn.example.com (https://cdn.example.com/x.js)",
    ]);
    expect(pageProblems('<div style="color:red">x</div><a onclick="go()">y</a>')).toEqual([
      "an inline style= attribute",
      "an inline onclick= attribute",
    ]);
    expect(pageProblems('<script defer src="functions.js"></script>')).toEqual([]);
  });
});

/** Fluent's theme reached the page: its CSS variables are set on the provider. */
const themed = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector(".fui-FluentProvider");
    return root ? getComputedStyle(root).getPropertyValue("--colorNeutralForeground1").trim() : "";
  });

describe("in the browser, under the shipped policy", () => {
  it.each([
    [
      "taskpane.nl.html",
      "nl-NL",
      "Niet geopend in Excel",
      "Zoek een kengetal",
      "Kengetal met herkomst",
    ],
    ["taskpane.html", "en-US", "Not opened in Excel", "Search a figure", "Figure with its source"],
  ])(
    "%s loads, hydrates and searches with no violation",
    async (file, locale, outside, box, cardName) => {
      const { page, log } = await openPage(host.browser, host.server, { locale, height: 1100 });
      await page.goto(`${host.server.url}${file}`);
      await page.getByText(outside).waitFor({ timeout: 20000 });
      await page.waitForFunction(
        () => performance.getEntriesByName("woningbouw:interactive").length > 0
      );
      await page.getByRole("combobox", { name: box }).fill("zh.plancapaciteit");
      await page
        .getByRole("article", { name: cardName })
        .getByText(/^187[.,]000/)
        .first()
        .waitFor();
      expect(await themed(page)).not.toBe("");
      await screenshot(page, `csp-${file.replace(".html", "")}`);
      expect(log.violations).toEqual([]);
      expect(log.errors).toEqual([]);
    }
  );

  it.each(PAGES.filter((p) => p.startsWith("help/")))(
    "%s loads with its styles and no violation",
    async (file) => {
      const { page, log } = await openPage(host.browser, host.server);
      await page.goto(`${host.server.url}${file}`);
      await page.locator("h1").first().waitFor();
      // the page's own (hashed) <style> applied: body is a centred column of 52rem at most
      expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("832px");
      expect(log.violations).toEqual([]);
      expect(log.errors).toEqual([]);
    }
  );

  it("with Excel: inserts the tables and the scenario, prepares sharing, opens the changelog, with no violation", async () => {
    const { page, log } = await openWithFakeExcel(
      host.browser,
      host.server,
      host.fakeOffice,
      "nl-NL",
      { extra: "&older=1" }
    );
    await page.getByRole("button", { name: "Bekijken en bijwerken" }).click({ timeout: 20000 });
    await page.getByText("WB Provincies: versie 0.9.0").waitFor({ timeout: 20000 });
    expect(await themed(page)).not.toBe("");
    const [help] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("link", { name: /wijzigingslog/i }).click(),
    ]);
    await help.locator("h1").first().waitFor();
    expect(help.url()).toMatch(/help\/changelog\.html#nederlands$/);
    await page.getByRole("button", { name: "1 blad bijwerken" }).click();
    await page.getByText(/WB Provincies bijgewerkt van versie 0\.9\.0/).waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: /^\d+ tabellen invoegen$/ }).click();
    // WB Provincies is current now: rewriting it asks first
    await page.getByRole("button", { name: "Opnieuw schrijven" }).click({ timeout: 20000 });
    await page.getByText("WB Kerncijfers aangemaakt.").waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Scenario" }).click();
    await page.getByRole("button", { name: "Scenario invoegen" }).click();
    await page
      .getByText("WB Scenario aangemaakt met live formules; de gele cellen zijn invoer.")
      .waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Delen" }).click();
    await page.getByRole("button", { name: "Klaarmaken om te delen" }).click();
    await page.getByText(/formules vervangen door hun waarden/).waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "Kengetallen" }).click();
    await page.getByRole("combobox", { name: "Zoek een kengetal" }).fill("zh.plancapaciteit");
    await page.getByRole("button", { name: "Formule invoegen" }).waitFor();
    await screenshot(page, "csp-with-excel-nl");
    expect(log.violations).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it("refuses an injected inline script, an inline event handler and eval, and reports each", async () => {
    const { page, log } = await openPage(host.browser, host.server);
    await page.goto(`${host.server.url}taskpane.nl.html`);
    await page.getByText("Niet geopend in Excel").waitFor({ timeout: 20000 });
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement("script");
      script.textContent = "window.__injectedScript = true;";
      document.body.append(script);
      const holder = document.createElement("div");
      holder.innerHTML = '<img src="assets/icon-32.png" onload="window.__injectedHandler = true">';
      document.body.append(holder);
      await new Promise((r) => setTimeout(r, 300));
      let evaluated: string;
      try {
        // eslint-disable-next-line no-eval -- what the policy must refuse
        evaluated = String(eval("1 + 1"));
      } catch (e) {
        evaluated = (e as Error).name;
      }
      let constructed: string;
      try {
        constructed = String(new Function("return 2")());
      } catch (e) {
        constructed = (e as Error).name;
      }
      return { script: w.__injectedScript, handler: w.__injectedHandler, evaluated, constructed };
    });
    expect(outcome).toEqual({
      script: undefined,
      handler: undefined,
      evaluated: "EvalError",
      constructed: "EvalError",
    });
    // the reports are events, dispatched after the refusals
    for (let i = 0; i < 50 && log.violations.length < 4; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(log.violations.map((v) => v.split(" (")[0])).toEqual([
      "script-src-elem refused inline",
      "script-src-attr refused inline",
      "script-src refused eval",
      "script-src refused eval",
    ]);
    // and the browser says so in the console, where a developer of the add-in looks
    expect(log.errors).toEqual([
      expect.stringMatching(/^Executing inline script violates .*Content Security Policy/),
      expect.stringMatching(/^Executing inline event handler violates/),
    ]);
  });
});
