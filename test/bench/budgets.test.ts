/**
 * The benchmark's deterministic budgets, enforced in CI: bundle bytes, sync counts and batch
 * sizes. (Timings stay in `npm run bench`.)
 */
import fs from "fs";
import path from "path";
import {
  BUDGETS,
  DIST,
  DOWNLOAD_CHUNK,
  allWriterFigures,
  bundleSizes,
  initialScripts,
} from "../support/measure";

if (!fs.existsSync(path.join(DIST, "functions.js")))
  throw new Error("run `npm run build` first (npm test does)");

describe("performance budgets that do not depend on timing", () => {
  it(`functions.js is at most ${BUDGETS.functionsGzip / 1024} KiB gzip, data included`, () => {
    expect(bundleSizes().functions.gzip).toBeLessThanOrEqual(BUDGETS.functionsGzip);
  });

  it(`the JavaScript taskpane.html loads before first paint is at most ${BUDGETS.initialPaneGzip / 1024} KiB gzip`, () => {
    expect(initialScripts()).toEqual(["functions.js", "commands.js", "taskpane.js"]);
    expect(bundleSizes().initialTotal.gzip).toBeLessThanOrEqual(BUDGETS.initialPaneGzip);
  });

  it(`the pane's JavaScript, every chunk but functions.js and the download's, is at most ${BUDGETS.paneJsGzip / 1024} KiB gzip`, () => {
    expect(bundleSizes().paneJs.gzip).toBeLessThanOrEqual(BUDGETS.paneJsGzip);
  });

  it(`the reference-workbook download (ExcelJS, loaded on demand outside Excel) is at most ${BUDGETS.downloadGzip / 1024} KiB gzip, and nothing loads it at first paint`, () => {
    const { download } = bundleSizes();
    expect(download.gzip).toBeGreaterThan(0);
    expect(download.gzip).toBeLessThanOrEqual(BUDGETS.downloadGzip);
    for (const file of initialScripts())
      expect([file, DOWNLOAD_CHUNK.test(file)]).toEqual([file, false]);
    for (const page of ["taskpane.html", "taskpane.nl.html"])
      expect(fs.readFileSync(path.join(DIST, page), "utf8")).not.toMatch(/exceljs\.[0-9a-f]+\.js/);
  });

  it(`each pane page, with its pre-rendered pane and styles, is at most ${BUDGETS.panePageGzip / 1024} KiB gzip`, () => {
    for (const page of bundleSizes().pages)
      expect([page.file, page.gzip <= BUDGETS.panePageGzip]).toEqual([page.file, true]);
  });

  it("React and Fluent UI are not in the scripts the page loads itself", () => {
    for (const file of initialScripts()) {
      const code = fs.readFileSync(path.join(DIST, file), "utf8");
      expect([file, /react-dom|__SECRET_INTERNALS|FluentProvider/.test(code)]).toEqual([
        file,
        false,
      ]);
    }
  });

  it("inserting all tables takes a constant number of syncs, independent of rows, and no batch exceeds 4 MiB", async () => {
    const figures = await allWriterFigures();
    const byLabel = Object.fromEntries(figures.map((f) => [f.label, f]));
    expect(byLabel["insert all reference tables"].syncs).toBe(3);
    expect(byLabel["update all reference tables in place"].syncs).toBe(4);
    expect(byLabel["synthetic table, 1000 rows"].syncs).toBe(3);
    expect(byLabel["synthetic table, 10000 rows"].syncs).toBe(3);
    for (const f of figures) expect(f.largestBatch).toBeLessThanOrEqual(BUDGETS.maxBatchBytes);
  });
});
