/**
 * Offline structural check of manifest.xml (office-addin-manifest validate needs Microsoft's
 * web service). Returns a list of problems; empty means the manifest is consistent.
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { metadataLocales } = require("./build-support");

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function elements(node, localName) {
  return Array.from(node.getElementsByTagNameNS("*", localName));
}

/**
 * Microsoft's localization rule ("Localization for Office Add-ins"): DefaultValue is the value
 * for DefaultLocale and every other locale without an override, and "You may only specify a
 * single override per language, including for the default locale. For example, if your
 * default locale is en-us you can't specify an override for en-us as well." Language-only tags
 * ("nl") are not "supported across all combinations of Office client applications and
 * platforms": each region gets its own override. So, with the locale table: DefaultLocale is
 * the table's fallback locale (English), every localized element has English as its
 * DefaultValue and exactly one override per table locale (nl-NL, nl-BE, the same Dutch), and
 * none for the default locale.
 */
const LOCALIZED = [
  "DisplayName",
  "Description", // the top-level one
  "SupportUrl",
  "SourceLocation", // DefaultSettings: the pane's page
];
/** Resources the same in every language (no override needed). */
const LANGUAGE_NEUTRAL = new Set(["Functions.Namespace", "Functions.Script.Url"]);
/** Localized resources whose Dutch text is the same word as the English (a name). */
const SAME_IN_DUTCH = new Set(["Group.Label"]);

function localeProblems(top, defaultLocale) {
  const problems = [];
  const table = metadataLocales();
  const wantDefault = table.fallback.locale;
  if ((defaultLocale || "") !== wantDefault)
    problems.push(`DefaultLocale must be ${wantDefault} (English defaults), not ${defaultLocale}`);
  const locales = Object.keys(table.overrides);
  const localized = [
    ...LOCALIZED.flatMap((n) =>
      elements(top, n).filter((e) => n !== "Description" || e.parentNode === top)
    ).filter(
      (e) => e.localName !== "SourceLocation" || e.parentNode.localName === "DefaultSettings"
    ),
    ...["Url", "String"].flatMap((k) => Array.from(top.getElementsByTagNameNS(BT, k))),
  ];
  for (const el of localized) {
    const name = el.getAttribute("id") || el.localName;
    const overrides = Array.from(el.childNodes).filter((n) => n.localName === "Override");
    const byLocale = new Map();
    for (const o of overrides) {
      const locale = (o.getAttribute("Locale") || "").toLowerCase();
      if (locale === (defaultLocale || "").toLowerCase())
        problems.push(
          `${name} overrides the default locale ${o.getAttribute("Locale")}: its DefaultValue is that locale's`
        );
      if (byLocale.has(locale)) problems.push(`${name} has two overrides for ${locale}`);
      byLocale.set(locale, o.getAttribute("Value"));
    }
    if (LANGUAGE_NEUTRAL.has(name)) {
      if (overrides.length) problems.push(`${name} is the same in every language: no overrides`);
      continue;
    }
    const dutch = byLocale.get(locales[0].toLowerCase());
    for (const locale of locales)
      if (!byLocale.has(locale.toLowerCase())) problems.push(`${name} has no ${locale} override`);
      else if (byLocale.get(locale.toLowerCase()) !== dutch)
        problems.push(`${name}: the ${locale} override differs from ${locales[0]}'s`);
    for (const locale of byLocale.keys())
      if (
        locale !== (defaultLocale || "").toLowerCase() &&
        !locales.some((l) => l.toLowerCase() === locale)
      )
        problems.push(`${name} overrides ${locale}, which the locale table does not list`);
    const dflt = el.getAttribute("DefaultValue") || "";
    if (dutch !== undefined && dflt === dutch && !SAME_IN_DUTCH.has(name))
      problems.push(`${name}: DefaultValue is the Dutch text; the default must be English`);
    if (/\.nl\.(html|json)$/.test(dflt))
      problems.push(`${name}: DefaultValue ${dflt} is a Dutch page; the default must be English`);
  }
  return problems;
}

function checkManifest(
  xml,
  { root = path.resolve(__dirname, ".."), baseUrl = "https://localhost:3000/" } = {}
) {
  const problems = [];
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") parseErrors.push(msg);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    parseErrors.push(e.message);
  }
  if (
    parseErrors.length ||
    !doc ||
    !doc.documentElement ||
    doc.documentElement.localName !== "OfficeApp"
  ) {
    return [`not well-formed: ${parseErrors.join("; ") || "no OfficeApp root"}`];
  }
  const top = doc.documentElement;
  const text = (name) => elements(top, name)[0]?.textContent?.trim();

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id") || ""))
    problems.push("Id is not a GUID");
  if (text("Permissions") !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument");
  const hosts = elements(top, "Host").map(
    (h) => h.getAttribute("Name") || h.getAttribute("xsi:type")
  );
  if (!hosts.includes("Workbook")) problems.push("Host Workbook missing");
  const sets = Object.fromEntries(
    elements(top, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])
  );
  if (sets.SharedRuntime !== "1.1") problems.push("requirement set SharedRuntime 1.1 missing");
  // CustomFunctions.Error (every error the functions return) is CustomFunctionsRuntime 1.2.
  if (sets.CustomFunctionsRuntime !== "1.2")
    problems.push("requirement set CustomFunctionsRuntime 1.2 missing");

  // Resources: ids defined once; every resid used is defined; every id used.
  const defined = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of Array.from(top.getElementsByTagNameNS(BT, kind))) {
      const id = el.getAttribute("id");
      if (!id) continue;
      if (defined.has(id)) problems.push(`resource ${id} defined twice`);
      defined.set(id, el);
    }
  }
  const used = new Set();
  for (const el of Array.from(top.getElementsByTagName("*"))) {
    const resid = el.getAttribute("resid");
    if (!resid) continue;
    used.add(resid);
    if (!defined.has(resid)) problems.push(`resid ${resid} is not defined`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource ${id} is never used`);

  // Every URL is https.
  for (const el of Array.from(top.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v) && !v.startsWith("https://"))
        problems.push(`${el.localName} ${attr} is not https: ${v}`);
    }
  }
  for (const d of elements(top, "AppDomain"))
    if (!d.textContent.trim().startsWith("https://")) problems.push(`AppDomain not https`);

  problems.push(...localeProblems(top, text("DefaultLocale")));

  // Custom functions: namespace, script and metadata, one shared runtime page.
  const url = (id) => defined.get(id)?.getAttribute("DefaultValue") || "";
  const cf = elements(top, "ExtensionPoint").find(
    (e) => e.getAttribute("xsi:type") === "CustomFunctions"
  );
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    const nsId = elements(cf, "Namespace")[0]?.getAttribute("resid");
    if (defined.get(nsId)?.getAttribute("DefaultValue") !== "WONINGBOUW")
      problems.push("namespace must be WONINGBOUW");
    const scriptId = elements(elements(cf, "Script")[0], "SourceLocation")[0]?.getAttribute(
      "resid"
    );
    const pageId = elements(elements(cf, "Page")[0], "SourceLocation")[0]?.getAttribute("resid");
    const metaId = elements(elements(cf, "Metadata")[0], "SourceLocation")[0]?.getAttribute(
      "resid"
    );
    if (!url(scriptId).endsWith("/functions.js"))
      problems.push("functions script URL must end in functions.js");
    // The metadata file per display language is src/locale/metadataLocales.json's, exactly.
    const table = metadataLocales();
    if (url(metaId) !== `${baseUrl}${table.fallback.file}`)
      problems.push(`functions metadata default must be ${baseUrl}${table.fallback.file}`);
    /** A <bt:Url>'s overrides must be the locale table's, exactly (`field`: its file column). */
    const checkOverrides = (id, field, what) => {
      const found = Object.fromEntries(
        Array.from(defined.get(id)?.childNodes || [])
          .filter((n) => n.localName === "Override")
          .map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])
      );
      const wanted = Object.fromEntries(
        Object.entries(table.overrides).map(([locale, m]) => [locale, `${baseUrl}${m[field]}`])
      );
      if (JSON.stringify(found) !== JSON.stringify(wanted))
        problems.push(
          `${what} overrides ${JSON.stringify(found)} differ from metadataLocales.json ${JSON.stringify(wanted)}`
        );
    };
    checkOverrides(metaId, "file", "functions metadata");
    const runtimes = elements(top, "Runtime");
    if (runtimes.length !== 1 || runtimes[0].getAttribute("lifetime") !== "long")
      problems.push("need exactly one Runtime with lifetime long");
    const runtimeId = runtimes[0]?.getAttribute("resid");
    const functionFileId = elements(top, "FunctionFile")[0]?.getAttribute("resid");
    const paneIds = elements(top, "Action")
      .filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane")
      .map((a) => elements(a, "SourceLocation")[0]?.getAttribute("resid"));
    for (const [what, id] of [
      ["Page", pageId],
      ["FunctionFile", functionFileId],
      ...paneIds.map((id) => ["ShowTaskpane", id]),
    ]) {
      if (id !== runtimeId)
        problems.push(`${what} must use the shared runtime page ${runtimeId}, not ${id}`);
    }
    if (url(runtimeId) !== `${baseUrl}${table.fallback.page}`)
      problems.push(`runtime page must be ${baseUrl}${table.fallback.page}`);
    // The pane's page per display language (pre-rendered in it) is the same table's, for the
    // shared runtime and for DefaultSettings' SourceLocation alike.
    checkOverrides(runtimeId, "page", "pane page");
    const settings = elements(elements(top, "DefaultSettings")[0] || top, "SourceLocation")[0];
    const settingsPages = settings
      ? [
          settings.getAttribute("DefaultValue"),
          ...Array.from(settings.childNodes)
            .filter((n) => n.localName === "Override")
            .map((o) => `${o.getAttribute("Locale")}=${o.getAttribute("Value")}`),
        ]
      : [];
    const wantedPages = [
      `${baseUrl}${table.fallback.page}`,
      ...Object.entries(table.overrides).map(([l, m]) => `${l}=${baseUrl}${m.page}`),
    ];
    if (JSON.stringify(settingsPages) !== JSON.stringify(wantedPages))
      problems.push(
        `DefaultSettings SourceLocation ${JSON.stringify(settingsPages)} differs from metadataLocales.json ${JSON.stringify(wantedPages)}`
      );
  }

  // Icons exist in assets/.
  const iconUrls = [
    ...Array.from(top.getElementsByTagNameNS(BT, "Image"))
      .filter((e) => e.getAttribute("id"))
      .map((e) => e.getAttribute("DefaultValue")),
    ...["IconUrl", "HighResolutionIconUrl"].map((n) =>
      elements(top, n)[0]?.getAttribute("DefaultValue")
    ),
  ];
  for (const u of iconUrls) {
    if (!u || !u.startsWith(baseUrl)) {
      problems.push(`icon URL outside ${baseUrl}: ${u}`);
      continue;
    }
    const file = path.join(root, u.slice(baseUrl.length));
    if (!fs.existsSync(file)) problems.push(`icon ${u} has no file ${file}`);
  }
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const file = process.argv[2] || path.resolve(__dirname, "../manifest.xml");
  const problems = checkManifest(fs.readFileSync(file, "utf8"));
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`${file}: structure OK (offline check)`);
}
