/**
 * The reference workbook as an .xlsx file, for colleagues who cannot install the add-in: the
 * same table plans the Office.js writer applies (./plan.ts, planned for an empty workbook),
 * applied a second time with ExcelJS — same sheets, title and citation rows, Excel tables with
 * their names and style, number formats (text stays text), frozen header, wide text columns.
 *
 * The dataset marks: in Excel the add-in keeps each sheet's mark in a worksheet custom
 * property, which ExcelJS cannot write. The file keeps them in a very hidden sheet of its own,
 * MARKS_SHEET (sheet name → mark), which readSheets (../sheets.ts) reads when a sheet has no
 * custom property, so a workbook made from this file is recognised as its dataset version and
 * updated in place by the add-in (which then writes the custom properties).
 */
import type ExcelJS from "exceljs";
import { sheetTables } from "../../data/tables";
import { ownMark } from "../ownership";
import { fingerprint } from "../payload";
import { HEADER_ROW } from "../sheetGrid";
import { MARKS_HEADER, MARKS_SHEET } from "../sheets";
import { TABLE_STYLE, WIDE_COLUMN_POINTS, formatOf, planTables, type TablePlan } from "./plan";

/** Excel's column width unit is a character of the default font: about 7 points at 11 pt. */
const POINTS_PER_CHARACTER = 7;

function applyPlan(wb: ExcelJS.Workbook, plan: TablePlan): void {
  const ws = wb.addWorksheet(plan.sheet, {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }],
  });
  const header = plan.grid[HEADER_ROW - 1];
  const body = plan.grid.slice(HEADER_ROW);
  // the title, citation and blank row above the table
  plan.grid.slice(0, HEADER_ROW - 1).forEach((row, r) => {
    const cell = ws.getCell(r + 1, 1);
    cell.value = row[0] === "" ? null : row[0];
    cell.numFmt = "@";
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).font = { italic: true };
  ws.addTable({
    name: plan.tableName,
    displayName: plan.tableName,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: header.map((h) => ({ name: String(h), filterButton: true })),
    rows: body.map((row) => row.map((v) => (v === "" ? null : v))),
  });
  // number formats per cell, as the writer sets them (text columns stay text)
  plan.table.columns.forEach((col, c) => {
    for (let r = HEADER_ROW - 1; r < plan.grid.length; r++)
      ws.getCell(r + 1, c + 1).numFmt = formatOf(col, r, plan.grid[r][c]);
    const column = ws.getColumn(c + 1);
    if (col.wide) {
      column.width = WIDE_COLUMN_POINTS / POINTS_PER_CHARACTER;
      for (let r = HEADER_ROW; r <= plan.grid.length; r++)
        ws.getCell(r, c + 1).alignment = { wrapText: true, vertical: "top" };
    } else {
      const longest = Math.max(
        ...plan.grid.slice(HEADER_ROW - 1).map((row) => String(row[c]).length)
      );
      column.width = Math.min(40, Math.max(8, longest + 2));
    }
  });
}

/** The reference workbook, every table of this dataset version, as .xlsx bytes. */
export async function referenceWorkbook(ExcelJSModule: typeof ExcelJS): Promise<Uint8Array> {
  const plans = planTables(sheetTables(), [], new Set(), new Map());
  const wb = new ExcelJSModule.Workbook();
  wb.creator = "Woningbouw (Excel-invoegtoepassing)";
  wb.title = "Woningbouw — referentiedata";
  for (const plan of plans) applyPlan(wb, plan);
  const marks = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
  marks.addRow([...MARKS_HEADER]);
  for (const plan of plans)
    marks.addRow([plan.sheet, ownMark(plan.table.id, fingerprint(plan.grid), plan.tableName)]);
  marks.getColumn(1).numFmt = "@";
  marks.getColumn(2).numFmt = "@";
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The file's name: the dataset version in it, so two downloads are told apart. */
export function referenceWorkbookName(version: string): string {
  return `woningbouw-referentiedata-${version}.xlsx`;
}
