/**
 * npm run bench: what users feel, measured. Prints a table with the budget beside each figure
 * and writes bench/results.json. Timings live here, never in tests.
 */
import fs from "fs";
import path from "path";
import { makeShim } from "../test/support/customFunctionsShim";
import { startStaticServer } from "../test/support/staticServer";
import { launch } from "../test/support/browser";
import { buildIndex, searchEntries } from "../src/data/search";
import {
  BUDGETS,
  DIST,
  KiB,
  ROOT,
  allWriterFigures,
  bundleSizes,
  sharingFigures,
  workbookFileFigures,
} from "../test/support/measure";

type Fn = (...args: unknown[]) => unknown;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * The built dist/functions.js loaded as Excel's JavaScript runtime loads it: a classic script
 * in an ordinary realm, with CustomFunctions as its only injected binding. (A Node vm context
 * puts an interceptor on every global lookup, Math and Array included, and measured about 25×
 * slower: it is kept for the isolation test, not for timing.)
 */
function loadFunctions(): Map<string, Fn> {
  const shim = makeShim();
  new Function("CustomFunctions", fs.readFileSync(path.join(DIST, "functions.js"), "utf8"))(shim);
  return shim.registered;
}

interface CallFigure {
  id: string;
  kind: string;
  medianNs: number;
  p99Ns: number;
  samples: string;
}

/** Scalar calls: 300 batches of 2,000 calls; per-call time of each batch; median and p99 over batches. */
function scalarCost(fn: Fn, args: unknown[]): { median: number; p99: number } {
  for (let i = 0; i < 20000; i++) fn(...args);
  const perCall: number[] = [];
  for (let b = 0; b < 300; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 2000; i++) fn(...args);
    perCall.push(Number(process.hrtime.bigint() - t0) / 2000);
  }
  perCall.sort((a, b) => a - b);
  return { median: quantile(perCall, 0.5), p99: quantile(perCall, 0.99) };
}

/** Range calls: 200 timed calls after warm-up. */
function rangeCost(fn: Fn, args: unknown[]): { median: number; p99: number } {
  for (let i = 0; i < 20; i++) fn(...args);
  const t: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = process.hrtime.bigint();
    fn(...args);
    t.push(Number(process.hrtime.bigint() - t0));
  }
  t.sort((a, b) => a - b);
  return { median: quantile(t, 0.5), p99: quantile(t, 0.99) };
}

function perCallFigures(): CallFigure[] {
  const fns = loadFunctions();
  const column = (n: number, f: (i: number) => unknown) =>
    Array.from({ length: n }, (_, i) => [f(i)]);
  const path15 = column(10000, (i) => (i < 15 ? 70000 + i * 1000 : ""));
  const scalar: Array<[string, unknown[]]> = [
    ["PLANCAPACITY_RATIO", [[[187000]], [[204000]]]],
    ["PLANCAPACITY_GAP", [[[187000]], [[204000]]]],
    ["SHORTAGE_2035", [[[75000]]]],
    ["SHORTAGE_PATH", [[[75000]]]],
    ["PRODUCTION_NEEDED", [[[0.02]]]],
    ["TRANCHE_REMAINING", [[[2]]]],
    ["FIGURE", ["zh.plancapaciteit"]],
  ];
  const ranges: Array<[string, unknown[], string]> = [
    [
      "PLANCAPACITY_RATIO",
      [column(10000, (i) => 1000 + i), column(10000, (i) => 2000 + i)],
      "10,000×1 by 10,000×1",
    ],
    [
      "PLANCAPACITY_GAP",
      [column(10000, (i) => 1000 + i), column(10000, (i) => 2000 + i)],
      "10,000×1 by 10,000×1",
    ],
    ["SHORTAGE_2035", [path15], "10,000-cell column, 15 values"],
    ["SHORTAGE_PATH", [path15], "10,000-cell column, 15 values"],
    [
      "PRODUCTION_NEEDED",
      [[[0.02]], null, null, null, null, path15],
      "demand growth: 10,000-cell column",
    ],
    [
      "TRANCHE_REMAINING",
      [[[2]], Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => 10000))],
      "awarded: 100×100",
    ],
  ];
  const out: CallFigure[] = [];
  for (const [id, args] of scalar) {
    const fn = fns.get(id) as Fn;
    const c = scalarCost(fn, args);
    out.push({
      id,
      kind: "scalar",
      medianNs: c.median,
      p99Ns: c.p99,
      samples: "300 batches × 2,000 calls",
    });
  }
  for (const [id, args, what] of ranges) {
    const fn = fns.get(id) as Fn;
    const c = rangeCost(fn, args);
    out.push({
      id,
      kind: `range: ${what}`,
      medianNs: c.median,
      p99Ns: c.p99,
      samples: "200 calls",
    });
  }
  return out;
}

interface ColumnFigure {
  label: string;
  medianMs: number;
  maxMs: number;
}

/**
 * Whole-column references (=PLANCAPACITY_RATIO(B:B, C:C)): 1,048,576 rows, all numbers, all
 * blank, half blank, and all errors of three kinds (text, a negative number, an error value in
 * every row); median and max of 5 calls after a warm-up.
 */
function wholeColumnFigures(): { rows: ColumnFigure[]; errorRatio: number } {
  const fn = loadFunctions().get("PLANCAPACITY_RATIO") as Fn;
  const n = 1048576;
  const col = (f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => [f(i)]);
  const cases: Array<[string, unknown[][], unknown[][]]> = [
    ["all numbers", col((i) => 1000 + i), col((i) => 2000 + i)],
    ["all blank", col(() => null), col(() => null)],
    ["half blank", col((i) => (i % 2 ? null : 1000 + i)), col((i) => (i % 2 ? null : 2000 + i))],
    ["all errors (text in every row)", col(() => "veel"), col((i) => 2000 + i)],
    ["all errors (negative, every row)", col((i) => -1 - i), col((i) => 2000 + i)],
    ["all errors (#N/A in every row)", col(() => ({ code: "#N/A" })), col((i) => 2000 + i)],
  ];
  const rows: ColumnFigure[] = [];
  for (const [label, a, b] of cases) {
    fn(a, b);
    const t: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      fn(a, b);
      t.push(performance.now() - t0);
    }
    t.sort((x, y) => x - y);
    rows.push({ label, medianMs: median(t), maxMs: t[t.length - 1] });
  }
  const worstError = Math.max(...rows.slice(3).map((r) => r.medianMs));
  return { rows, errorRatio: worstError / rows[0].medianMs };
}

/** One visit of the pane: milliseconds from navigation start. */
interface Visit {
  fcp: number;
  /** the first task's text painted: the figure search's hint (Element Timing, `elementtiming="pane-content"`) */
  content: number;
  /** the React pane committed: its controls respond */
  interactive: number;
  /** the figure search's index ready (its hint shown) */
  searchReady: number;
  /** the figure search's code there, its index about to be built */
  searchCode: number;
  /** cumulative layout shift until the pane settled */
  cls: number;
  /** functions registered after functions.js started (cold visits) */
  registration: number;
}

interface PaintFigures {
  runs: number;
  cold: Record<"nl" | "en", Visit[]>;
  warm: Record<"nl" | "en", Visit[]>;
}

/** The pane page as served in the bench: office.js from this server (no request routing,
 * which would turn the browser's HTTP cache off and make every "warm" visit cold). */
const PANE_PAGES = { nl: "taskpane.nl.html", en: "taskpane.html" } as const;

async function visit(page: import("playwright-core").Page, url: string): Promise<Visit> {
  await page.goto(url);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("woningbouw:interactive").length > 0 &&
      performance.getEntriesByName("woningbouw:search-ready").length > 0 &&
      !/Verbinden met Excel…|Connecting to Excel…/.test(
        document.getElementById("root")?.textContent ?? ""
      ),
    undefined,
    { timeout: 20000 }
  );
  // let the last frames paint and their entries arrive
  await page.waitForTimeout(150);
  return page.evaluate(async () => {
    const entries = (type: string) =>
      new Promise<PerformanceEntry[]>((resolve) => {
        const seen: PerformanceEntry[] = [];
        const po = new PerformanceObserver((l) => seen.push(...l.getEntries()));
        po.observe({ type, buffered: true });
        setTimeout(() => {
          po.disconnect();
          resolve(seen);
        }, 50);
      });
    const [elements, shifts] = await Promise.all([entries("element"), entries("layout-shift")]);
    const content = elements
      .filter((e) => (e as unknown as { identifier: string }).identifier === "pane-content")
      .map((e) => e as unknown as { renderTime: number; loadTime: number })
      .map((e) => e.renderTime || e.loadTime);
    const w = window as unknown as { __fnStart?: number; __fnLast?: number };
    return {
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      content: content.length ? Math.max(...content) : NaN,
      interactive: performance.getEntriesByName("woningbouw:interactive")[0]?.startTime ?? NaN,
      searchReady: performance.getEntriesByName("woningbouw:search-ready")[0]?.startTime ?? NaN,
      searchCode: performance.getEntriesByName("woningbouw:search-code")[0]?.startTime ?? NaN,
      cls: shifts
        .filter((e) => !(e as unknown as { hadRecentInput: boolean }).hadRecentInput)
        .reduce((n, e) => n + (e as unknown as { value: number }).value, 0),
      registration: (w.__fnLast ?? NaN) - (w.__fnStart ?? NaN),
    };
  });
}

/** Cold (new browser context: empty cache) and warm (the same context again) visits, both languages interleaved. */
export async function paintFigures(runs = 9): Promise<PaintFigures> {
  const server = await startStaticServer(undefined, "revalidate");
  for (const file of Object.values(PANE_PAGES)) {
    // a build without a Dutch page (before the pre-rendered pages) serves one page for both
    const source = fs.existsSync(path.join(DIST, file)) ? file : "taskpane.html";
    const html = fs.readFileSync(path.join(DIST, source), "utf8");
    server.overrides.set(`/${file}`, {
      body: html.split("https://appsforoffice.microsoft.com/lib/1/hosted/").join("/office-js/"),
      type: "text/html; charset=utf-8",
    });
  }
  const browser = await launch();
  const result: PaintFigures = {
    runs,
    cold: { nl: [], en: [] },
    warm: { nl: [], en: [] },
  };
  try {
    for (let r = 0; r < runs; r++) {
      for (const lang of ["nl", "en"] as const) {
        const context = await browser.newContext({
          viewport: { width: 320, height: 800 },
          locale: lang === "nl" ? "nl-NL" : "en-US",
        });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __fnStart?: number; __fnLast?: number };
          let runtime: Record<string, unknown> | undefined;
          Object.defineProperty(window, "CustomFunctions", {
            configurable: true,
            get: () => {
              const src = (document.currentScript as HTMLScriptElement | null)?.src ?? "";
              if (src.endsWith("/functions.js") && w.__fnStart === undefined)
                w.__fnStart = performance.now();
              return runtime;
            },
            set: (value: Record<string, unknown>) => {
              runtime = value;
              let inner = value.associate as ((id: string, fn: unknown) => void) | undefined;
              Object.defineProperty(value, "associate", {
                configurable: true,
                get: () =>
                  inner
                    ? (id: string, fn: unknown) => {
                        w.__fnLast = performance.now();
                        inner?.call(value, id, fn);
                      }
                    : undefined,
                set: (f: (id: string, fn: unknown) => void) => {
                  inner = f;
                },
              });
            },
          });
        });
        const url = `${server.url}${PANE_PAGES[lang]}`;
        result.cold[lang].push(await visit(page, url));
        result.warm[lang].push(await visit(page, url));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

const fmtNs = (ns: number) =>
  ns < 1000
    ? `${ns.toFixed(0)} ns`
    : ns < 1e6
      ? `${(ns / 1000).toFixed(1)} µs`
      : `${(ns / 1e6).toFixed(2)} ms`;
const fmtKiB = (b: number) => `${(b / KiB).toFixed(1)} KiB`;
const verdict = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5
  );

interface SearchFigures {
  entries: number;
  indexMs: number[];
  keystrokes: number;
  keystrokeMedianMs: number;
  keystrokeP99Ms: number;
  keystrokeMaxMs: number;
}

/**
 * The figure browser: building the index (what the pane does once, after it is interactive)
 * and one search per keystroke while typing real queries letter by letter, over all entries.
 */
export function searchFigures(): SearchFigures {
  const indexMs: number[] = [];
  let index = buildIndex();
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    index = buildIndex(searchEntries());
    indexMs.push(performance.now() - t0);
  }
  const queries = [
    "Zuid-Holland plancapaciteit",
    "woningtekort 2035",
    "woningbouwimpuls tweede tranche budget",
    "187.000",
    "1,5 miljard",
    "flexwonen",
    "plancapacitiet",
    "Woningbouwimpuls second tranche budget",
    "zh.plancapaciteit",
    "kwetsbare groepen",
    "Noord-Brabant behoefte",
    "toezegging voor de zomer",
  ];
  const t: number[] = [];
  for (let round = 0; round < 10; round++)
    for (const q of queries)
      for (let n = 1; n <= q.length; n++) {
        const t0 = performance.now();
        index.search(q.slice(0, n), 12);
        if (round > 0) t.push(performance.now() - t0);
      }
  t.sort((a, b) => a - b);
  return {
    entries: index.size,
    indexMs: indexMs.sort((a, b) => a - b),
    keystrokes: t.length,
    keystrokeMedianMs: quantile(t, 0.5),
    keystrokeP99Ms: quantile(t, 0.99),
    keystrokeMaxMs: t[t.length - 1],
  };
}

export async function main(): Promise<void> {
  const started = performance.now();
  console.log("Woningbouw add-in benchmark (2-core machine; Node " + process.version + ")\n");

  console.log(
    "1. Per-call cost of the built dist/functions.js (a classic script in an ordinary realm, as Excel loads it)"
  );
  const calls = perCallFigures();
  for (const c of calls) {
    const budget = c.kind === "scalar" ? BUDGETS.scalarNs : BUDGETS.rangeMs * 1e6;
    console.log(
      `   ${c.id.padEnd(19)} ${c.kind.padEnd(44)} median ${fmtNs(c.medianNs).padStart(9)}  p99 ${fmtNs(c.p99Ns).padStart(9)}  budget ${fmtNs(budget)} ${verdict(c.medianNs <= budget)}`
    );
  }

  const columns = wholeColumnFigures();
  for (const c of columns.rows)
    console.log(
      `   PLANCAPACITY_RATIO  whole column B:B by C:C, ${c.label.padEnd(31)} median ${c.medianMs.toFixed(0).padStart(5)} ms  max ${c.maxMs.toFixed(0).padStart(5)} ms  budget ${BUDGETS.wholeColumnMs} ms (median) ${verdict(c.medianMs <= BUDGETS.wholeColumnMs)}`
    );
  console.log(
    `   an error cell costs at most ${columns.errorRatio.toFixed(2)}× a valid cell  budget ${BUDGETS.errorCostRatio}× ${verdict(columns.errorRatio <= BUDGETS.errorCostRatio)}`
  );

  console.log("\n2. Task pane writer (in-memory Excel fake: syncs, batches, bytes per batch)");
  const writer = await allWriterFigures();
  for (const w of writer) {
    console.log(
      `   ${w.label.padEnd(38)} rows ${String(w.rows).padStart(6)}  syncs ${w.syncs}  batches ${w.batches}  largest batch ${fmtKiB(w.largestBatch).padStart(11)} (limit 5 MB, budget 4 MiB ${verdict(w.largestBatch <= BUDGETS.maxBatchBytes)})`
    );
  }

  console.log("\n3. Bundle sizes (gzip -9)");
  const sizes = bundleSizes();
  console.log(
    `   functions.js                 ${fmtKiB(sizes.functions.raw).padStart(10)} raw ${fmtKiB(sizes.functions.gzip).padStart(9)} gzip  budget ${fmtKiB(BUDGETS.functionsGzip)} ${verdict(sizes.functions.gzip <= BUDGETS.functionsGzip)}`
  );
  console.log(
    `   taskpane.html's own scripts  ${fmtKiB(sizes.initialTotal.raw).padStart(10)} raw ${fmtKiB(sizes.initialTotal.gzip).padStart(9)} gzip  budget ${fmtKiB(BUDGETS.initialPaneGzip)} ${verdict(sizes.initialTotal.gzip <= BUDGETS.initialPaneGzip)}  (${sizes.initial.map((s) => s.file).join(", ")})`
  );
  for (const l of sizes.lazy)
    console.log(
      `   lazy chunk ${l.file.padEnd(18)} ${fmtKiB(l.raw).padStart(10)} raw ${fmtKiB(l.gzip).padStart(9)} gzip`
    );
  console.log(
    `   the pane's JS (all but functions.js) ${fmtKiB(sizes.paneJs.raw).padStart(10)} raw ${fmtKiB(sizes.paneJs.gzip).padStart(9)} gzip  budget ${fmtKiB(BUDGETS.paneJsGzip)} ${verdict(sizes.paneJs.gzip <= BUDGETS.paneJsGzip)}`
  );
  console.log(
    `   all JS, functions.js included        ${fmtKiB(sizes.allJs.raw).padStart(10)} raw ${fmtKiB(sizes.allJs.gzip).padStart(9)} gzip`
  );
  for (const p of sizes.pages)
    console.log(
      `   page ${p.file.padEnd(16)} (pre-rendered) ${fmtKiB(p.raw).padStart(10)} raw ${fmtKiB(p.gzip).padStart(9)} gzip  budget ${fmtKiB(BUDGETS.panePageGzip)} ${verdict(p.gzip <= BUDGETS.panePageGzip)}`
    );

  console.log(
    "\n4. Task pane in headless Chromium (dist/ on 127.0.0.1, office.js served locally, cold context per run)"
  );
  const paint = await paintFigures();
  const stats = (xs: number[]) => {
    const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    return { median: median(v), min: v[0], max: v[v.length - 1] };
  };
  const row = (label: string, xs: number[], budget?: number, digits = 0) => {
    const st = stats(xs);
    const f = (x: number) => x.toFixed(digits);
    console.log(
      `   ${label.padEnd(34)} median ${f(st.median).padStart(5)}  min ${f(st.min).padStart(5)}  max ${f(st.max).padStart(5)}${budget === undefined ? "" : `  budget ${budget} ${verdict(st.median <= budget)}`}`
    );
  };
  for (const kind of ["cold", "warm"] as const)
    for (const lang of ["nl", "en"] as const) {
      const v = paint[kind][lang];
      const budget = kind === "cold" ? BUDGETS.coldContentMs : BUDGETS.warmContentMs;
      console.log(
        `   ${kind}, ${lang === "nl" ? "Dutch" : "English"} (${v.length} visits), ms from navigation:`
      );
      row(
        "first contentful paint",
        v.map((x) => x.fcp)
      );
      row(
        "time to content (first task painted)",
        v.map((x) => x.content),
        budget
      );
      row(
        "time to interactive (React committed)",
        v.map((x) => x.interactive),
        kind === "cold" ? BUDGETS.coldInteractiveMs : undefined
      );
      row(
        "search ready after interactive",
        v.map((x) => x.searchReady - x.interactive),
        BUDGETS.searchReadyAfterInteractiveMs
      );
      // what that time is: waiting for the search's code, then building the index
      row(
        "  of it, waiting for the search code",
        v.map((x) => x.searchCode - x.interactive)
      );
      row(
        "  of it, building the index",
        v.map((x) => x.searchReady - x.searchCode)
      );
      row(
        "cumulative layout shift",
        v.map((x) => x.cls),
        BUDGETS.layoutShift,
        3
      );
    }
  const reg = paint.cold.nl.concat(paint.cold.en).map((x) => x.registration);
  row("functions registered after their script starts", reg, BUDGETS.registrationMs, 1);

  console.log(
    "\n5. Figure browser search (MiniSearch over every figure, province, area, commitment)"
  );
  const search = searchFigures();
  console.log(
    `   index of ${search.entries} entries built      median ${quantile(search.indexMs, 0.5).toFixed(1)} ms  max ${search.indexMs[search.indexMs.length - 1].toFixed(1)} ms  budget ${BUDGETS.searchIndexMs} ms ${verdict(quantile(search.indexMs, 0.5) <= BUDGETS.searchIndexMs)}`
  );
  console.log(
    `   one search per keystroke (${search.keystrokes} keystrokes): median ${search.keystrokeMedianMs.toFixed(2)} ms  p99 ${search.keystrokeP99Ms.toFixed(2)} ms  max ${search.keystrokeMaxMs.toFixed(2)} ms  budget ${BUDGETS.searchKeystrokeMs} ms (p99) ${verdict(search.keystrokeP99Ms <= BUDGETS.searchKeystrokeMs)}`
  );

  console.log(
    "\n6. Prepare for sharing and restore (in-memory Excel fake, Excel on the web's limits)"
  );
  const sharing = await sharingFigures();
  for (const [label, f] of [
    ["freeze", sharing.freeze],
    ["restore after a row inserted above", sharing.restore],
  ] as const)
    console.log(
      `   ${label.padEnd(36)} ${sharing.formulaCells} formulas (${sharing.spills} spills)  ${(f.ms / 1000).toFixed(1)} s  syncs ${f.syncs}  largest request ${fmtKiB(f.largestRequest)} (budget 4 MiB ${verdict(f.largestRequest <= 4 * 1024 * 1024)})  largest response ${fmtKiB(f.largestResponse)} (limit 5 MB ${verdict(f.largestResponse <= 5 * 1024 * 1024)})`
    );

  const workbookFile = await workbookFileFigures();
  console.log(
    `   reference workbook as .xlsx (ExcelJS, Node)  median ${workbookFile.medianMs.toFixed(0)} ms  size ${fmtKiB(workbookFile.bytes)}`
  );

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    budgets: BUDGETS,
    calls,
    wholeColumns: columns,
    writer,
    sizes,
    paint,
    search,
    sharing,
    workbookFile,
  };
  fs.writeFileSync(
    path.join(ROOT, "bench", "results.json"),
    JSON.stringify(results, null, 2) + "\n"
  );
  console.log(
    `\nWrote bench/results.json (${((performance.now() - started) / 1000).toFixed(1)} s).`
  );
}
