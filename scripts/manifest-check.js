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
  if (text("DefaultLocale") !== "nl-NL") problems.push("DefaultLocale must be nl-NL");
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

  // Every user-visible string has an en-US override.
  const visible = [
    ...elements(top, "DisplayName"),
    ...elements(top, "Description").filter((e) => e.parentNode === top),
  ];
  visible.push(...Array.from(top.getElementsByTagNameNS(BT, "String")));
  for (const el of visible) {
    const overrides = Array.from(el.childNodes).filter(
      (n) => n.localName === "Override" && n.getAttribute("Locale") === "en-US"
    );
    if (overrides.length !== 1)
      problems.push(`${el.getAttribute("id") || el.localName} has no en-US override`);
  }

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
    // The pane's page per display language (pre-rendered in it) is the same table's.
    checkOverrides(runtimeId, "page", "pane page");
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
