/**
 * An .xlsx file opened in the fake Excel, as Excel opens a file: its sheets (and their
 * visibility), cell values, number formats and tables. Read with ExcelJS; no custom properties
 * (a file written without Excel has none).
 */
import ExcelJS from "exceljs";
import { FakeExcel, type FakeExcelOptions } from "./excelFake";

export async function openXlsx(
  bytes: Uint8Array,
  options: FakeExcelOptions = {}
): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const xl = new FakeExcel(options);
  for (const ws of wb.worksheets) {
    const sheet = xl.addUserSheet(ws.name);
    sheet.visibility =
      ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        sheet.set(
          r - 1,
          c - 1,
          v === null || v === undefined ? "" : (v as string | number),
          cell.numFmt || "General"
        );
      })
    );
    for (const t of Object.values(
      (
        ws as unknown as {
          tables: Record<string, { table: { name: string; tableRef?: string; ref: string } }>;
        }
      ).tables
    )) {
      const model = t.table;
      xl.tables.push({
        name: model.name,
        sheet,
        address: model.tableRef ?? model.ref,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showFilterButton: true,
      });
    }
  }
  return xl;
}
