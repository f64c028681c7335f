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
  it("is well-formed and consistent: resids, https, namespace, shared runtime, icons, en-US overrides", () => {
    expect(checkManifest(xml)).toEqual([]);
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
      .replace('<bt:Override Locale="en-US" Value="Reference data"/>', "")
      .replace("assets/icon-16.png", "assets/icon-17.png");
    const problems = checkManifest(broken).join("\n");
    expect(problems).toMatch(/resid Functions.Missing is not defined/);
    expect(problems).toMatch(/not https: http:\/\/localhost:3000\/functions.js/);
    expect(problems).toMatch(/lifetime long/);
    expect(problems).toMatch(/PaneButton.Label has no en-US override/);
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
    expect(out).toMatch(/Default Locale: nl-NL/);
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
    const drifted = xml.replace('Locale="nl-BE"', 'Locale="nl-SR"');
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
