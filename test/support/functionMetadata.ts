/**
 * The custom-function metadata as Excel would load it from the built add-in: the manifest's
 * Functions.Metadata.Url (default and locale overrides) in dist/manifest.xml, and the names in
 * the files it points at. Independent of src/locale: the fake resolves formulas by what the
 * build actually serves, so a wrong table in the code cannot pass.
 */
import fs from "fs";
import path from "path";
import { projectRoot } from "./projectRoot";
import type { FunctionMetadata } from "./excelFake";

const DIST = path.join(projectRoot(), "dist");

export function distMetadata(dist = DIST): FunctionMetadata | null {
  const manifestFile = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestFile)) return null;
  const xml = fs.readFileSync(manifestFile, "utf8");
  const element = /<bt:Url id="Functions\.Metadata\.Url"([^>]*?)(?:\/>|>([\s\S]*?)<\/bt:Url>)/.exec(
    xml
  );
  if (!element) throw new Error("dist/manifest.xml has no Functions.Metadata.Url");
  const fileOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
  const defaultFile = fileOf(/DefaultValue="([^"]+)"/.exec(element[1])?.[1] ?? "");
  const overrides: Record<string, string> = {};
  for (const m of (element[2] ?? "").matchAll(/Locale="([^"]+)" Value="([^"]+)"/g))
    overrides[m[1].toLowerCase()] = fileOf(m[2]);
  const files: Record<string, Array<{ id: string; name: string }>> = {};
  for (const file of new Set([defaultFile, ...Object.values(overrides)])) {
    const json = JSON.parse(fs.readFileSync(path.join(dist, file), "utf8")) as {
      functions: Array<{ id: string; name: string }>;
    };
    files[file] = json.functions.map((f) => ({ id: f.id, name: f.name }));
  }
  const namespace = /id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? "";
  const defaultLocale = /<DefaultLocale>([^<]+)<\/DefaultLocale>/.exec(xml)?.[1]?.trim() ?? "";
  if (!defaultLocale) throw new Error("dist/manifest.xml has no DefaultLocale");
  return { defaultLocale, defaultFile, overrides, files, namespace };
}
