/**
 * The manifest, offline: structure (scripts/manifest-check.js), office-addin-manifest's own
 * parser, and the production URL rewrite (every dev URL, not only the first).
 */
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import { checkManifest } from "../scripts/manifest-check";
import { buildManifest, metadataLocales, publicUrl, rewriteUrls } from "../scripts/build-support";

const ROOT = path.resolve(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("is well-formed and consistent: resids, https, namespace, shared runtime, icons, Dutch overrides", () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it("follows Microsoft's localization rule: English defaults, one override per other locale, none for the default", () => {
    expect(xml).toContain("<DefaultLocale>en-US</DefaultLocale>");
    expect(xml).not.toMatch(/Override Locale="en-US"/i);
    // the shape this project had: Dutch default locale, English DefaultValues, nl-NL override
    const dutchDefault = xml.replace(
      "<DefaultLocale>en-US</DefaultLocale>",
      "<DefaultLocale>nl-NL</DefaultLocale>"
    );
    const problems = checkManifest(dutchDefault).join("\n");
    expect(problems).toMatch(/DefaultLocale must be en-US/);
    expect(problems).toMatch(/Functions.Metadata.Url overrides the default locale nl-NL/);
    expect(problems).toMatch(/Taskpane.Url overrides the default locale nl-NL/);
    // an override of the default locale itself
    const enOverride = xml.replace(
      '<bt:Override Locale="nl-NL" Value="Alles invoegen"/>',
      '<bt:Override Locale="nl-NL" Value="Alles invoegen"/><bt:Override Locale="en-US" Value="Insert all"/>'
    );
    expect(checkManifest(enOverride).join("\n")).toMatch(
      /InsertButton.Label overrides the default locale en-US/
    );
    // a default in another language
    const dutchText = xml.replace(
      '<bt:String id="PaneButton.Label" DefaultValue="Reference data">',
      '<bt:String id="PaneButton.Label" DefaultValue="Referentiedata">'
    );
    expect(checkManifest(dutchText).join("\n")).toMatch(
      /PaneButton.Label: DefaultValue is the Dutch text/
    );
    const dutchPage = xml.replace(
      '<SupportUrl DefaultValue="https://localhost:3000/help/functions.html">',
      '<SupportUrl DefaultValue="https://localhost:3000/help/functions.nl.html">'
    );
    expect(checkManifest(dutchPage).join("\n")).toMatch(
      /SupportUrl: DefaultValue .* is a Dutch page/
    );
    // nl-BE not overridden, or differing from nl-NL
    const noBelgium = xml.replace(
      /\s*<Override Locale="nl-BE" Value="Woningbouw – kengetallen en model"\/>/,
      ""
    );
    expect(checkManifest(noBelgium).join("\n")).toMatch(/DisplayName has no nl-BE override/);
    // the default-settings page follows the locale table too
    const noDutchPane = xml.replace(
      /(<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html">)\s*<Override Locale="nl-NL"[^>]*\/>/,
      "$1"
    );
    expect(noDutchPane).not.toBe(xml);
    expect(checkManifest(noDutchPane).join("\n")).toMatch(/SourceLocation has no nl-NL override/);
  });

  it("the check catches a broken manifest", () => {
    expect(checkManifest("<OfficeApp><Id>")[0]).toMatch(/not well-formed/);
    const broken = xml
      .replace('resid="Functions.Namespace"', 'resid="Functions.Missing"')
      .replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js")
      .replace(
        '<Runtime resid="Taskpane.Url" lifetime="long"/>',
        '<Runtime resid="Taskpane.Url" lifetime="short"/>'
      )
      .replace('<bt:Override Locale="nl-NL" Value="Referentiedata"/>', "")
      .replace("assets/icon-16.png", "assets/icon-17.png");
    const problems = checkManifest(broken).join("\n");
    expect(problems).toMatch(/resid Functions.Missing is not defined/);
    expect(problems).toMatch(/not https: http:\/\/localhost:3000\/functions.js/);
    expect(problems).toMatch(/lifetime long/);
    expect(problems).toMatch(/PaneButton.Label has no nl-NL override/);
    expect(problems).toMatch(/icon-17.png has no file/);
  });

  it("office-addin-manifest parses it", () => {
    const out = execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/office-addin-manifest/cli.js"), "info", "manifest.xml"],
      {
        cwd: ROOT,
        encoding: "utf8",
      }
    );
    expect(out).toMatch(/Id: 252bb7be-17ba-47e9-a3c1-94f610f4f828/);
    expect(out).toMatch(/Default Locale: en-US/);
    expect(out).toMatch(/Hosts: Workbook/);
  });

  it("the production build rewrites every dev URL to ADDIN_PUBLIC_URL", () => {
    const base = publicUrl({ ADDIN_PUBLIC_URL: "https://woningbouw.example.nl/addin" });
    expect(base).toBe("https://woningbouw.example.nl/addin/");
    const count = xml.split("https://localhost:3000/").length - 1;
    expect(count).toBeGreaterThan(10);
    const prod = rewriteUrls(xml, base);
    expect(prod).not.toContain("localhost:3000");
    expect(prod.split(base).length - 1).toBe(count);
    // <AppDomain> holds the origin alone (no path): it is rewritten too.
    expect(prod).toContain("<AppDomain>https://woningbouw.example.nl</AppDomain>");
    expect(() => publicUrl({ ADDIN_PUBLIC_URL: "http://insecure.example.nl/" })).toThrow(/https/);
  });

  it("the built dist/manifest.xml points at the configured host", () => {
    const built = fs.readFileSync(path.join(ROOT, "dist/manifest.xml"), "utf8");
    expect(built).toBe(buildManifest(xml, publicUrl()));
    expect(checkManifest(built, { baseUrl: publicUrl() })).toEqual([]);
  });

  it("serves English function names by default and Dutch ones to nl-NL and nl-BE, from the one locale table", () => {
    const table = metadataLocales();
    expect(table.fallback.file).toBe("functions.json");
    expect(Object.keys(table.overrides).sort()).toEqual(["nl-BE", "nl-NL"]);
    const metadataUrl = /<bt:Url id="Functions.Metadata.Url"[\s\S]*?<\/bt:Url>/.exec(xml)?.[0];
    expect(metadataUrl).toContain('DefaultValue="https://localhost:3000/functions.json"');
    expect(metadataUrl).toContain(
      '<bt:Override Locale="nl-NL" Value="https://localhost:3000/functions.nl.json"/>'
    );
    expect(metadataUrl).toContain(
      '<bt:Override Locale="nl-BE" Value="https://localhost:3000/functions.nl.json"/>'
    );
    // a manifest whose overrides drift from the table is refused
    const drifted = xml.replace(
      '<bt:Override Locale="nl-BE" Value="https://localhost:3000/functions.nl.json"/>',
      '<bt:Override Locale="nl-SR" Value="https://localhost:3000/functions.nl.json"/>'
    );
    expect(drifted).not.toBe(xml);
    expect(checkManifest(drifted).join("\n")).toMatch(/differ from metadataLocales.json/);
  });

  it("serves the pane pre-rendered in English by default and in Dutch to nl-NL and nl-BE, from the same table", () => {
    const pane = /<bt:Url id="Taskpane.Url"[\s\S]*?<\/bt:Url>/.exec(xml)?.[0];
    expect(pane).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
    for (const locale of ["nl-NL", "nl-BE"])
      expect(pane).toContain(
        `<bt:Override Locale="${locale}" Value="https://localhost:3000/taskpane.nl.html"/>`
      );
    // the runtime's page without its Dutch override is refused
    const drifted = xml.replace(
      /(<bt:Url id="Taskpane.Url"[^>]*>)\s*<bt:Override Locale="nl-NL"[^>]*\/>/,
      "$1"
    );
    expect(drifted).not.toBe(xml);
    expect(checkManifest(drifted).join("\n")).toMatch(/pane page overrides .* differ/);
  });
});

describe("the dataset's links to the add-in's own help pages", () => {
  it("are written for the public host by the build", () => {
    const loader = require("../scripts/public-url-loader") as (
      this: { getOptions(): { base: string } },
      source: string
    ) => string;
    const json = fs.readFileSync(path.join(ROOT, "src/data/dataset.json"), "utf8");
    expect(json).toContain("https://localhost:3000/help/model.html");
    const base = "https://woningbouw.example.nl/addin/";
    const out = loader.call({ getOptions: () => ({ base }) }, json);
    expect(out).toContain(`${base}help/model.html`);
    expect(out).not.toContain("localhost:3000");
  });
});
