/**
 * The stored state of a sheet: its cells, charts, conditional formats, tables and properties. Part
 * of the Excel fake (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { type Box } from "./addresses";
import { cellValueOf, type Cell } from "./cellValues";

export interface ChartData {
  type: string;
  source: string;
  title: string;
  series: Array<{
    name: string;
    values: string;
    categories: string;
    axisGroup: string;
    markerStyle?: string;
    lineStyle?: string;
  }>;
  displayBlanksAs?: string;
  position: [string, string] | null;
}
export interface ConditionalFormatData {
  address: string;
  type: "CellValue" | "Custom";
  rule: { formula1?: string; operator?: string; formula?: string } | null;
  fill: string | null;
}
export class SheetData {
  name: string;
  private sessionId: string;
  readonly cells = new Map<string, Cell>();
  readonly props = new Map<string, string>();
  readonly charts: ChartData[] = [];
  readonly conditionalFormats: ConditionalFormatData[] = [];
  /** Dynamic-array spills: anchor "r,c" → box. */
  readonly spills = new Map<string, Box>();
  visibility = "Visible";
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  private static next = 1;
  constructor(
    name: string,
    private readonly xl?: FakeExcel
  ) {
    this.name = name;
    this.sessionId = SheetData.nextId();
  }
  private static nextId(): string {
    const n = SheetData.next++;
    return `{${n.toString(16).padStart(8, "0")}-0000-4000-8000-000000000000}`;
  }
  get id(): string {
    return this.sessionId;
  }
  newSessionId(): void {
    this.sessionId = SheetData.nextId();
  }
  get(r: number, c: number): Cell {
    return this.cells.get(`${r},${c}`) ?? { value: "", format: "General" };
  }
  set(r: number, c: number, value: any, format?: string): void {
    const cur = this.get(r, c);
    const next: Cell = { ...cur, value: value ?? cur.value, format: format ?? cur.format };
    if (value !== undefined) {
      delete next.formula;
      delete next.entity;
    }
    this.put(r, c, next);
  }
  put(r: number, c: number, cell: Cell): void {
    if (cell.value === "" && cell.format === "General" && !cell.formula && !cell.style)
      this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, cell);
  }
  /**
   * A formula as a user typed it in this workbook's session (any language the session knows),
   * its calculated value, and optionally the block it spills into.
   */
  setFormula(r: number, c: number, formula: string, value: any, spill?: any[][]): void {
    const stored = this.xl ? this.xl.toStored(formula) : { stored: formula, unknown: false };
    this.put(r, c, {
      ...this.get(r, c),
      formula: stored.stored,
      value: stored.unknown ? "#NAME?" : value,
    });
    if (spill) {
      spill.forEach((row, i) =>
        row.forEach(
          (v, j) => (i || j) && this.put(r + i, c + j, { ...this.get(r + i, c + j), value: v })
        )
      );
      this.spills.set(`${r},${c}`, {
        r0: r,
        c0: c,
        r1: r + spill.length - 1,
        c1: c + spill[0].length - 1,
      });
    }
  }
  /** The formula as the current session shows it (or the value of a constant). */
  formulaOf(r: number, c: number): any {
    const cell = this.get(r, c);
    if (cell.formula === undefined) return cell.value;
    return this.xl ? this.xl.toShown(cell.formula) : cell.formula;
  }
  /** Bounding box of non-empty cells, or null. */
  usedBox(): Box | null {
    let box: Box | null = null;
    for (const [k, cell] of this.cells) {
      if ((cell.value === "" || cell.value === null) && !cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      box = box
        ? {
            r0: Math.min(box.r0, r),
            c0: Math.min(box.c0, c),
            r1: Math.max(box.r1, r),
            c1: Math.max(box.c1, c),
          }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return box;
  }
  formulasOf(box: Box): any[][] {
    const out: any[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: any[] = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(this.formulaOf(r, c));
      out.push(row);
    }
    return out;
  }
  valuesAsJsonOf(box: Box): Excel.CellValue[][] {
    const out: Excel.CellValue[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: Excel.CellValue[] = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(cellValueOf(this.get(r, c)));
      out.push(row);
    }
    return out;
  }
  /** One property of every cell of `box`, as a grid. */
  private gridOf<T>(box: Box, of: (cell: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: T[] = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(of(this.get(r, c)));
      out.push(row);
    }
    return out;
  }
  formatsOf(box: Box): string[][] {
    return this.gridOf(box, (cell) => cell.format);
  }
  valuesOf(box: Box): any[][] {
    return this.gridOf(box, (cell) => cell.value);
  }
}
export interface TableData {
  name: string;
  sheet: SheetData;
  address: string;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}
