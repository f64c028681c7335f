/**
 * Build helpers shared by webpack.config.js, jest.config.js and the tests: the dataset's
 * content hash, the Dutch custom-function metadata, and the production URL rewrite.
 */

const nodeCrypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";

/** JSON with sorted keys, so the hash does not depend on formatting or key order. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** First 16 hex digits of the sha-256 of dataset.json's canonical form. */
function datasetHash(file = path.join(ROOT, "src/data/dataset.json")) {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  return nodeCrypto.createHash("sha256").update(canonical(data)).digest("hex").slice(0, 16);
}

/** The production base URL (with a trailing slash) from ADDIN_PUBLIC_URL. */
function publicUrl(env = process.env) {
  const raw = (env.ADDIN_PUBLIC_URL || DEV_URL).trim();
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be https, got ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Replaces every occurrence of the dev URL, and the dev origin where it stands alone (the
 * manifest's <AppDomain>, which has no path).
 */
function rewriteUrls(text, to, from = DEV_URL) {
  const fromOrigin = new URL(from).origin;
  const toOrigin = new URL(to).origin;
  return text.split(from).join(to).split(`>${fromOrigin}<`).join(`>${toOrigin}<`);
}

/** The one table of which functions metadata file Excel loads for which display language. */
function metadataLocales() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "src/locale/metadataLocales.json"), "utf8"));
}

/**
 * A manifest <bt:Url> element whose value depends on the display language, from the locale
 * table: `field` names the file in each row ("file": the functions' metadata, "page": the
 * pane's page, pre-rendered in that language, which is the shared runtime's page too).
 */
function localizedUrlElement(id, field, base = DEV_URL, table = metadataLocales()) {
  const overrides = Object.entries(table.overrides).map(
    ([locale, m]) => `\n          <bt:Override Locale="${locale}" Value="${base}${m[field]}"/>`
  );
  return (
    `<bt:Url id="${id}" DefaultValue="${base}${table.fallback[field]}">` +
    `${overrides.join("")}\n        </bt:Url>`
  );
}

/** The manifest's <bt:Url id="Functions.Metadata.Url"> element, generated from the table. */
function metadataUrlElement(base = DEV_URL, table = metadataLocales()) {
  return localizedUrlElement("Functions.Metadata.Url", "file", base, table);
}

const urlElement = (id) =>
  new RegExp(`<bt:Url id="${id.replace(/\./g, "\\.")}"[^>]*?(?:\\/>|>[\\s\\S]*?<\\/bt:Url>)`);
const METADATA_URL_ELEMENT = urlElement("Functions.Metadata.Url");
const PANE_URL_ELEMENT = urlElement("Taskpane.Url");

/** The manifest with its metadata and pane URL elements regenerated from the locale table. */
function withMetadataLocales(xml, base = DEV_URL) {
  if (!METADATA_URL_ELEMENT.test(xml)) throw new Error("manifest has no Functions.Metadata.Url");
  if (!PANE_URL_ELEMENT.test(xml)) throw new Error("manifest has no Taskpane.Url");
  return xml
    .replace(METADATA_URL_ELEMENT, metadataUrlElement(base))
    .replace(PANE_URL_ELEMENT, localizedUrlElement("Taskpane.Url", "page", base));
}

/** The manifest as the build writes it to dist/: locale table applied, then the public URL. */
function buildManifest(xml, base) {
  return rewriteUrls(withMetadataLocales(xml), base);
}

/**
 * The Dutch metadata: the English functions.json with names and descriptions from the
 * translation table. Ids never change. Throws when a translation is missing.
 */
function localizeMetadata(english, table) {
  const missing = [];
  const functions = english.functions.map((fn) => {
    const t = table[fn.id];
    if (!t) {
      missing.push(fn.id);
      return fn;
    }
    for (const key of ["name", "description"]) if (!t[key]) missing.push(`${fn.id}.${key}`);
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp || !tp.name || !tp.description) {
        missing.push(`${fn.id}.${p.name}`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    const extra = Object.keys(t.parameters || {}).filter(
      (n) => !(fn.parameters || []).some((p) => p.name === n)
    );
    for (const n of extra) missing.push(`${fn.id}.${n} (not a parameter)`);
    return {
      ...fn,
      name: t.name,
      description: t.description,
      // the Dutch help page, at the function's Dutch heading
      ...(fn.helpUrl
        ? {
            helpUrl: fn.helpUrl.replace(
              /help\/functions\.html(#[^"]*)?$/,
              `help/functions.nl.html#${t.name.toLowerCase()}`
            ),
          }
        : {}),
      parameters,
    };
  });
  if (missing.length) throw new Error(`Dutch function metadata incomplete: ${missing.join(", ")}`);
  return { ...english, functions };
}

/**
 * The metadata's two top-level runtime flags, decided once for every function:
 *
 * - allowCustomDataForDataTypeAny is dropped. custom-functions-metadata always writes it (data
 *   types in `any` parameters, CustomFunctionsRuntime 1.4); no function takes or returns data
 *   types, and with the flag set Office 2021 retail returns #VALUE! from every function of the
 *   add-in (OfficeDev/office-js #3504). Figure cards are written by the pane instead.
 * - allowErrorForDataTypeAny is set. Microsoft's "Handle and return errors" page: "To process
 *   inputs that contain errors, a custom function must have the JSON metadata property
 *   allowErrorForDataTypeAny set to true" — without it the functions never see an error in an
 *   input cell, and what Excel shows instead is not documented. With it, an error passes on as
 *   the help pages say (#N/A in a need cell gives #N/A in that row). Office 2021 LTSC crashes
 *   only with both flags set (office-js #4385, Microsoft's reproduction: "it will not crash if
 *   not including allowErrorForDataTypeAny"), and the first is never set. "This property
 *   doesn't work with the autogenerated JSON metadata process": the generator does not emit
 *   it, so the build adds it here, to the files Excel loads.
 */
function withRuntimeFlags(metadata) {
  const rest = { ...metadata };
  delete rest.allowCustomDataForDataTypeAny;
  return { allowErrorForDataTypeAny: true, ...rest };
}

module.exports = {
  ROOT,
  DEV_URL,
  canonical,
  datasetHash,
  publicUrl,
  rewriteUrls,
  localizeMetadata,
  withRuntimeFlags,
  metadataLocales,
  metadataUrlElement,
  withMetadataLocales,
  buildManifest,
};
