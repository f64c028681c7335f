/**
 * The bundles' language level is ES2020, deliberately: WebView2 (Windows) and the WKWebView of
 * the Macs that have SharedRuntime parse it; Internet Explorer 11 and Edge Legacy, which
 * Windows uses without WebView2, do not. For them an ES5 guard, inlined in taskpane.html,
 * says so instead of leaving a pane that never comes alive.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { parse } from "acorn";

const DIST = path.resolve(__dirname, "../../dist");
const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe("the bundles' language level", () => {
  const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));

  it.each(bundles)("%s parses as ES2020 (nothing newer)", (file) => {
    const src = fs.readFileSync(path.join(DIST, file), "utf8");
    expect(() => parse(src, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
  });
});

describe("the old-webview guard in taskpane.html", () => {
  const [probe, guard] = inline;

  it("is inlined and parses as ES5, so Internet Explorer 11 runs it", () => {
    expect(inline).toHaveLength(2);
    expect(() => parse(guard, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(html.indexOf(guard)).toBeLessThan(html.lastIndexOf("</body>"));
  });

  it("runs after a probe that parses only where the bundles do (ES2020), without eval", () => {
    expect(() => parse(probe, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
    expect(() => parse(probe, { ecmaVersion: 2019, sourceType: "script" })).toThrow();
    expect(html.indexOf(probe)).toBeLessThan(html.indexOf(guard));
    // the pages' Content-Security-Policy refuses eval (scripts/csp.js)
    const code = guard.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(/\beval\b|\bFunction\b/);
  });

  /** Runs the guard with a boot-status element, in an engine that can or cannot parse ES2020. */
  function run(modern: boolean) {
    const el: { className: string; innerText: string; attrs: Record<string, string> } = {
      className: "",
      innerText: "Laden… · Loading…",
      attrs: {},
    };
    const window: Record<string, unknown> = {};
    const documentElement = { className: "" };
    // an engine that cannot parse ES2020 never runs the probe (a SyntaxError at parse time)
    if (modern) vm.runInNewContext(probe, { window });
    vm.runInNewContext(guard, {
      window,
      document: {
        documentElement,
        getElementById: (id: string) =>
          id === "boot-status"
            ? {
                ...el,
                setAttribute: (k: string, v: string) => (el.attrs[k] = v),
                set innerText(t: string) {
                  el.innerText = t;
                },
                set className(c: string) {
                  el.className = c;
                },
              }
            : null,
      },
    });
    return { el, window, documentElement };
  }

  it("does nothing in an engine that parses the bundles", () => {
    const { el, window, documentElement } = run(true);
    expect(el.innerText).toBe("Laden… · Loading…");
    expect(documentElement.className).toBe("");
    expect(window.__woningbouwLegacyWebview).toBeUndefined();
  });

  it("explains the outdated webview, in Dutch and English, where ES2020 does not parse", () => {
    const { el, window, documentElement } = run(false);
    expect(window.__woningbouwLegacyWebview).toBe(true);
    // the pre-rendered controls, which will never come alive, are greyed out
    expect(documentElement.className.trim()).toBe("woningbouw-stopped");
    expect(el.className).toBe("error");
    expect(el.attrs.role).toBe("alert");
    expect(el.innerText).toMatch(/Internet Explorer 11 of Edge Legacy/);
    expect(el.innerText).toMatch(/Install Microsoft Edge WebView2/);
  });
});
