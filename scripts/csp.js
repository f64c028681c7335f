/**
 * The Content-Security-Policy of every page the add-in serves (the pane in both languages,
 * which is also the shared runtime of the functions and ribbon commands, and the help pages),
 * written by the build into each page as <meta http-equiv="Content-Security-Policy"> right
 * after <meta charset>, before any script or style, so it governs all of them.
 *
 * Only what the add-in ships runs: scripts from the add-in's own origin ('self', also for an
 * ADDIN_PUBLIC_URL build: pages, bundles and chunks sit side by side there), Microsoft's
 * office.js host, and the inline scripts the build itself emits, each by its sha256 hash. No
 * 'unsafe-inline', no 'unsafe-eval': an injected <script> or an eval() is refused.
 *
 * What office.js needs (Microsoft documents no list — OfficeDev/office-js #1005 "Document
 * required CSP values", open, and office-js-docs-pr #721 — so this is read from office.js
 * itself, @microsoft/office-js/dist, the files the CDN serves):
 * - scripts: office.js loads its host file (excel-web-16.00.js, excel-win32-16.01.js,
 *   excel-mac-16.00.js), locale strings and telemetry (telemetry/oteljs_agave.js,
 *   ariatelemetry/aria-web-telemetry.js) from its own base path, so the office.js origin
 *   covers them. Microsoft moved office.js's CDN to officeapis.public.onecdn.static.microsoft
 *   (office-js-docs-pr #5882, 2026-09: "The office.js CDN now uses the
 *   officeapis.public.onecdn.static.microsoft domain"); the pages still load the long-standing
 *   appsforoffice.microsoft.com URL, and both hosts are allowed so a redirect between them
 *   cannot break the pane. ajax.aspnetcdn.com (MicrosoftAjax), which #1005 names, is loaded
 *   only when `requiresMsAjax` is set, and office.debug.js declares it `false`; the Excel host
 *   files load it only in `loadMsAjaxFull`, a path the Excel API does not take.
 * - eval: none. The host files' one `new Function("return this")` sits behind
 *   `n = function () { return this }()` (a sloppy-mode function: the global object), so it is
 *   never called.
 * - frames: in Excel on the web office.js checks that the host is trusted by loading
 *   AgaveErrorUX/index.html from its own base path into a hidden iframe (excel-web-16.00.js):
 *   frame-src allows the office.js hosts. Outside Office, and with the older Windows host files
 *   (excel-win32-16.00.js), office.js's o15apptofilemappingtable.js opens its ULS telemetry
 *   proxy three seconds after load: a hidden iframe of
 *   https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html,
 *   hidden by setAttribute("style", "display:none") — an inline style attribute, allowed by
 *   its hash alone in style-src-attr ('unsafe-hashes' admits exactly the attribute values hashed, nothing else;
 *   the frame sits in <head>, so it is never rendered even where that keyword is unknown).
 *   test/browser/csp.test.ts waits for it. The Dialog API (not used) would need more.
 * - connect: office.js can send its own telemetry straight to Aria
 *   (https://{browser,us,eu,de,jp,au,...}.pipe.aria.microsoft.com/Collector/3.0/ in
 *   oteljs_agave.js and aria-web-telemetry.js, AriaLogger.sendTelemetry in the host files).
 *   The pane itself fetches nothing: the dataset is in the bundle, chunks load as scripts.
 * - messaging with Excel is postMessage (web) or the webview's host bridge (Windows, Mac):
 *   CSP does not govern either. frame-ancestors cannot be set in a <meta> policy; Excel on
 *   the web frames the pane from Microsoft's hosts, so it is left to the web server.
 *
 * Styles: no 'unsafe-inline' either. The pre-rendered pane's <style> blocks (Griffel's
 * buckets and FluentProvider's theme, src/taskpane/prerender.tsx), the page's own <style> and
 * the help pages' are hashed. At run time Griffel (createDOMRenderer) and FluentProvider
 * (useFluentProviderThemeStyleTag) create *empty* <style> elements and fill them through the
 * CSSOM (sheet.insertRule), which CSP does not govern; the empty element itself is an inline
 * style whose content is "", allowed by the hash of the empty string. No page has a style=""
 * attribute (the build fails if one appears). Excel on the web's host file sets inline styles
 * on its own elements through element.style (CSSOM, allowed) — the "Refused to apply inline
 * style" of office-js #1687 came from a policy without this.
 */
const nodeCrypto = require("crypto");

/** Where office.js comes from (see above). */
const OFFICE_JS_ORIGINS = [
  "https://appsforoffice.microsoft.com",
  "https://officeapis.public.onecdn.static.microsoft",
];
/** office.js's own telemetry endpoints (see above). */
const OFFICE_TELEMETRY = "https://*.pipe.aria.microsoft.com";
/** office.js's ULS telemetry proxy frame (see above). */
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";

/** A CSP hash source for an inline script's or style's text. */
function hashSource(text) {
  return `'sha256-${nodeCrypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** An empty <style>, as Griffel and FluentProvider create before they insert rules. */
const EMPTY_STYLE = hashSource("");
/** The one inline style attribute office.js writes (its telemetry proxy frame, see above). */
const OFFICE_FRAME_STYLE = hashSource("display:none");

/** The page's inline scripts and styles (their text) and its external scripts' URLs. */
function pageParts(html) {
  const scripts = [];
  const externalScripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\ssrc\s*=\s*"([^"]*)"/i.exec(m[1]);
    if (src) externalScripts.push(src[1]);
    else scripts.push(m[2]);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  return { scripts, styles, externalScripts };
}

/**
 * The policy. `officeJs`: the origins office.js loads from; the shipped pages use
 * OFFICE_JS_ORIGINS, and the tests check that very policy (they answer requests to
 * Microsoft's CDN URL from a local copy, so the browser still sees Microsoft's origin).
 */
function contentSecurityPolicy({ scripts = [], styles = [], officeJs = OFFICE_JS_ORIGINS }) {
  const unique = (list) => [...new Set(list)];
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...officeJs, ...unique(scripts.map(hashSource))],
    ["style-src", "'self'", ...unique([...styles.map(hashSource), EMPTY_STYLE])],
    ["style-src-attr", "'unsafe-hashes'", OFFICE_FRAME_STYLE],
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", OFFICE_TELEMETRY],
    ["frame-src", ...officeJs, OFFICE_TELEMETRY_FRAME],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * What in a page the policy would refuse, as messages: a script from another host, a style=""
 * attribute or an inline event handler (neither can be hashed without 'unsafe-hashes').
 */
function pageProblems(html, officeJs = OFFICE_JS_ORIGINS) {
  const problems = [];
  for (const src of pageParts(html).externalScripts) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith("//")) continue; // the add-in's own
    const origin = new URL(src, "https://self.invalid/").origin;
    if (!officeJs.includes(origin)) problems.push(`a script from ${origin} (${src})`);
  }
  for (const m of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*?\b(style|on[a-z]+)\s*=/gi))
    problems.push(`an inline ${m[1]}= attribute`);
  return problems;
}

/** The page with its policy as a <meta> right after <meta charset>. */
function withPolicy(html, officeJs = OFFICE_JS_ORIGINS) {
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error("the page has no <meta charset> to put its policy after");
  const policy = contentSecurityPolicy({ ...pageParts(html), officeJs });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/** Writes the policy into every page HtmlWebpackPlugin emits; a page it would break fails the build. */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    const { WebpackError } = require("webpack");
    compiler.hooks.compilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap(
        "ContentSecurityPolicyPlugin",
        (data) => {
          for (const problem of pageProblems(data.html))
            compilation.errors.push(
              new WebpackError(`${data.outputName}: the Content-Security-Policy refuses ${problem}`)
            );
          try {
            data.html = withPolicy(data.html);
          } catch (e) {
            compilation.errors.push(new WebpackError(`${data.outputName}: ${e.message}`));
          }
          return data;
        }
      );
    });
  }
}

module.exports = {
  OFFICE_JS_ORIGINS,
  OFFICE_TELEMETRY,
  OFFICE_TELEMETRY_FRAME,
  EMPTY_STYLE,
  hashSource,
  pageParts,
  contentSecurityPolicy,
  pageProblems,
  withPolicy,
  ContentSecurityPolicyPlugin,
};
