/**
 * The reference workbook as a file: generated from the same table plans as the Office.js
 * writer, opened by a real spreadsheet application (LibreOffice Calc, headless), and
 * recognised — then updated in place — by the add-in when opened in Excel.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { referenceWorkbook, referenceWorkbookName } from "../../../src/excel/tables/workbookFile";
import { planTables } from "../../../src/excel/tables/plan";
import { sheetTables } from "../../../src/data/tables";
import { DATASET_VERSION } from "../../../src/data/dataset";
import { MARKS_SHEET } from "../../../src/excel/sheets";
import { readStatus } from "../../../src/excel/status";
import { insertTables } from "../../../src/excel/tables/writer";
import { MARK_KEY, encodeMark, parseMark } from "../../../src/excel/ownership";
import { fingerprint } from "../../../src/excel/payload";
import { openXlsx } from "../../support/fakeFromXlsx";

const plans = planTables(sheetTables(), [], new Set(), new Map());
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await referenceWorkbook(ExcelJS);
});

describe("the reference workbook as a file", () => {
  it("has the sheets, tables, cells and number formats the add-in writes in Excel", async () => {
    expect(referenceWorkbookName(DATASET_VERSION)).toBe(
      `woningbouw-referentiedata-${DATASET_VERSION}.xlsx`
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...plans.map((p) => p.sheet), MARKS_SHEET]);
    expect(wb.getWorksheet(MARKS_SHEET)?.state).toBe("veryHidden");
    for (const p of plans) {
      const ws = wb.getWorksheet(p.sheet)!;
      const table = ws.getTable(p.tableName) as unknown as {
        table: { tableRef?: string; ref: string };
      };
      expect([p.sheet, table.table.tableRef ?? table.table.ref]).toEqual([
        p.sheet,
        `A4:${String.fromCharCode(64 + p.table.columns.length)}${p.grid.length}`,
      ]);
      p.grid.forEach((row, r) =>
        row.forEach((v, c) => {
          const got = ws.getCell(r + 1, c + 1).value ?? "";
          expect([p.sheet, r, c, got]).toEqual([p.sheet, r, c, v]);
        })
      );
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    }
  });

  it("LibreOffice Calc opens it: every sheet, converted to CSV, holds the dataset's cells", () => {
    const soffice = ["soffice", "libreoffice"].find((cmd) => {
      try {
        execFileSync("which", [cmd], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    });
    if (!soffice)
      throw new Error(
        "LibreOffice is needed to open the file: on Debian or Ubuntu `apt-get install libreoffice-calc-nogui` (.ci/run installs it), elsewhere install LibreOffice and put soffice on the PATH"
      );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wb-xlsx-"));
    const file = path.join(dir, "ref.xlsx");
    fs.writeFileSync(file, bytes);
    // CSV filter tokens: comma, double quote, UTF-8, from line 1, standard cell format, …,
    // not "as shown" (raw values), no formulas, every sheet into a file of its own (-1).
    execFileSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        file,
      ],
      { stdio: "ignore", timeout: 120000 }
    );
    for (const p of plans) {
      const csv = fs.readFileSync(path.join(dir, `ref-${p.sheet}.csv`), "utf8");
      const rows = parseCsv(csv);
      p.grid.forEach((row, r) =>
        row.forEach((v, c) => {
          const got = rows[r]?.[c] ?? "";
          // LibreOffice writes a percentage-formatted cell as shown ("2%") whatever the
          // filter's "as shown" token says: read it back as the fraction it shows
          const asNumber = got.endsWith("%") ? Number(got.slice(0, -1)) / 100 : Number(got);
          const same =
            typeof v === "number"
              ? Math.abs(asNumber - v) <= 1e-12 * Math.max(1, Math.abs(v))
              : got === v;
          expect([p.sheet, r, c, same ? v : got]).toEqual([p.sheet, r, c, v]);
        })
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180000);

  it("opened in Excel with the add-in, it is recognised as its dataset version, and an older one is updated in place", async () => {
    const xl = await openXlsx(bytes);
    const status = await readStatus(xl.context());
    expect(status.map((s) => [s.sheet, s.version, s.state])).toEqual(
      plans.map((p) => [p.sheet, DATASET_VERSION, "current"])
    );
    // a file from an older add-in version: another plan capacity for Zuid-Holland, marked so
    const older = await openXlsx(bytes);
    const sheet = older.sheet("WB Provincies")!;
    const col = plans
      .find((p) => p.sheet === "WB Provincies")!
      .table.columns.findIndex((c) => c.header === "Waarde");
    for (const [k, c] of sheet.cells)
      if (c.value === "zh.plancapaciteit") sheet.set(Number(k.split(",")[0]), col, 180000);
    const marks = older.sheet(MARKS_SHEET)!;
    for (const [k, c] of marks.cells)
      if (c.value === "WB Provincies") {
        const r = Number(k.split(",")[0]);
        const mark = parseMark(marks.get(r, 1).value)!;
        marks.set(
          r,
          1,
          encodeMark({ ...mark, v: "0.9.0", f: fingerprint(sheet.valuesOf(sheet.usedBox()!)) })
        );
      }
    const before = await readStatus(older.context());
    expect(before.find((s) => s.sheet === "WB Provincies")).toMatchObject({
      version: "0.9.0",
      state: "older",
    });
    const report = await insertTables(
      older.context(),
      sheetTables().filter((t) => t.id === "provincies")
    );
    expect(report.outcomes).toEqual([
      { table: "provincies", sheet: "WB Provincies", action: "updated", fromVersion: "0.9.0" },
    ]);
    expect(parseMark(sheet.props.get(MARK_KEY))?.v).toBe(DATASET_VERSION);
    expect(older.sheets.filter((s) => s.name.startsWith("WB Provincies"))).toHaveLength(1);
  });
});

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
