/**
 * Ranges: values, formulas (invariant A1, session names), formats, multi-area selections. Part of
 * the Excel fake (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { localAddress, formatAddress, cellsOf, type Box } from "./addresses";
import {
  cellValueProblem,
  TEXT_FORMAT,
  refuseFormulaText,
  excelNumber,
  invariantSyntax,
} from "./cellValues";
import { HOST_PROFILES } from "./hostProfiles";
import { OfficeError, READ_CELL_LIMIT, utf8Bytes, jsonBytes } from "./limits";
import { Proxy } from "./proxy";
import { SheetData, type ConditionalFormatData } from "./sheetData";
import { FakeWorksheet } from "./worksheets";

export class FakeRangeAreas
  extends Proxy
  implements Pick<Excel.RangeAreas, "address" | "areaCount" | "worksheet" | "load">
{
  private snap: { address: string; areaCount: number } | null = null;
  constructor(
    xl: FakeExcel,
    private readonly data: SheetData,
    private readonly boxes: Box[]
  ) {
    super(xl);
  }
  load(): Excel.RangeAreas {
    this.markLoad(() => {
      this.snap = {
        address: this.boxes.map((b) => formatAddress(this.data.name, b)).join(","),
        areaCount: this.boxes.length,
      };
    });
    return this as unknown as Excel.RangeAreas;
  }
  get address(): string {
    this.loaded("rangeAreas.address");
    return (this.snap as { address: string }).address;
  }
  get areaCount(): number {
    this.loaded("rangeAreas.areaCount");
    return (this.snap as { areaCount: number }).areaCount;
  }
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.xl, this.data, true) as unknown as Excel.Worksheet;
  }
}
export class FakeRangeFormat {
  constructor(
    private readonly xl: FakeExcel,
    private readonly data: SheetData,
    private readonly box: Box
  ) {}
  get font(): Excel.RangeFont {
    const xl = this.xl;
    const set = () => xl.record(8);
    return {
      set bold(_v: boolean) {
        set();
      },
      set italic(_v: boolean) {
        set();
      },
      set size(_v: number) {
        set();
      },
    } as unknown as Excel.RangeFont;
  }
  set columnWidth(points: number) {
    this.xl.record(8);
    for (let c = this.box.c0; c <= this.box.c1; c++) this.data.columnWidths.set(c, points);
  }
  set wrapText(_v: boolean) {
    this.xl.record(4);
  }
  autofitColumns(): void {
    this.xl.need("1.2", "RangeFormat.autofitColumns");
    this.xl.record(2);
  }
  autofitRows(): void {
    this.xl.need("1.2", "RangeFormat.autofitRows");
    this.xl.record(2);
  }
}
export class FakeRange
  extends Proxy
  implements
    Pick<
      Excel.Range,
      | "values"
      | "valuesAsJson"
      | "numberFormat"
      | "address"
      | "rowCount"
      | "isNullObject"
      | "load"
      | "clear"
      | "format"
      | "formulas"
      | "style"
      | "conditionalFormats"
      | "getSpillingToRangeOrNullObject"
      | "worksheet"
      | "hyperlink"
    >
{
  private snap: {
    values: any[][];
    formulas: any[][];
    json: Excel.CellValue[][];
    numberFormat: string[][];
    address: string;
    rowCount: number;
  } | null = null;
  constructor(
    xl: FakeExcel,
    private readonly data: SheetData,
    private readonly box: Box,
    private readonly exists: boolean
  ) {
    super(xl);
  }
  private get rows(): number {
    return this.box.r1 - this.box.r0 + 1;
  }
  private get cols(): number {
    return this.box.c1 - this.box.c0 + 1;
  }
  private checkShape(v: any[][], what: string): void {
    if (
      !Array.isArray(v) ||
      v.length !== this.rows ||
      v.some((r) => !Array.isArray(r) || r.length !== this.cols)
    ) {
      throw new OfficeError("InvalidArgument", `fake: ${what} must be ${this.rows}×${this.cols}`);
    }
  }
  load(props?: unknown): Excel.Range {
    if (props !== undefined && typeof props !== "string" && !Array.isArray(props))
      throw new Error('fake: range.load("a,b") or load(["a"]) only');
    const list: string[] = Array.isArray(props)
      ? props.map(String)
      : String(props ?? "values,formulas,address,rowCount").split(",");
    const wanted = new Set(list.map((p) => p.trim()));
    if (wanted.has("valuesAsJson")) this.xl.need("1.16", "Range.valuesAsJson");
    const reads = wanted.has("values") || wanted.has("formulas") || wanted.has("valuesAsJson");
    if (reads && this.exists && cellsOf(this.box) > READ_CELL_LIMIT)
      this.xl.defer(
        new OfficeError(
          "RangeExceedsLimit",
          `fake: reading ${cellsOf(this.box)} cells, over the 5,000,000 of one get operation`
        )
      );
    let snap: NonNullable<typeof this.snap> | null = null;
    const take = () => {
      const big = reads && cellsOf(this.box) > READ_CELL_LIMIT;
      snap = {
        values: this.exists && wanted.has("values") && !big ? this.data.valuesOf(this.box) : [],
        formulas:
          this.exists && wanted.has("formulas") && !big ? this.data.formulasOf(this.box) : [],
        json:
          this.exists && wanted.has("valuesAsJson") && !big
            ? this.data.valuesAsJsonOf(this.box)
            : [],
        numberFormat:
          this.exists && wanted.has("numberFormat") && !big ? this.data.formatsOf(this.box) : [],
        address: formatAddress(this.data.name, this.box),
        rowCount: this.rows,
      };
      return snap;
    };
    this.markLoad(
      () => {
        this.snap = snap ?? take();
      },
      () => {
        const s = take();
        return (
          jsonBytes(s.values) +
          jsonBytes(s.formulas) +
          jsonBytes(s.json) +
          jsonBytes(s.numberFormat) +
          utf8Bytes(s.address) +
          8
        );
      }
    );
    return this as unknown as Excel.Range;
  }
  get isNullObject(): boolean {
    this.loaded("range.isNullObject");
    return !this.exists;
  }
  get values(): any[][] {
    this.loaded("range.values");
    return (this.snap as { values: any[][] }).values;
  }
  set values(v: any[][]) {
    this.checkShape(v, "values");
    this.xl.recordJson(v);
    v.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.data.get(this.box.r0 + r, this.box.c0 + c);
        refuseFormulaText(value, cell, "Range.values");
        this.data.set(this.box.r0 + r, this.box.c0 + c, excelNumber(value));
      })
    );
    this.dropSpills();
  }
  /** A value or formula written over a dynamic array's anchor ends that spill. */
  private dropSpills(): void {
    for (const [k, b] of this.data.spills)
      if (b.r0 >= this.box.r0 && b.r0 <= this.box.r1 && b.c0 >= this.box.c0 && b.c0 <= this.box.c1)
        this.data.spills.delete(k);
  }
  get valuesAsJson(): Excel.CellValue[][] {
    this.loaded("range.valuesAsJson");
    return (this.snap as { json: Excel.CellValue[][] }).json;
  }
  set valuesAsJson(v: Excel.CellValue[][]) {
    this.xl.need("1.16", "Range.valuesAsJson");
    // an API the host lacks fails the batch at sync: nothing of it is written
    if (!this.xl.isSetSupported("ExcelApi", "1.16")) return;
    this.checkShape(v, "valuesAsJson");
    this.xl.recordJson(v);
    const profile = HOST_PROFILES[this.xl.profile] as { dataTypes?: boolean };
    if (
      profile.dataTypes === false &&
      v.some((row) =>
        row.some(
          (x) =>
            x.type !== "String" && x.type !== "Double" && x.type !== "Boolean" && x.type !== "Empty"
        )
      )
    ) {
      // Excel 2021: the data-type write fails at sync and writes nothing (#4750)
      this.xl.defer(
        new OfficeError(
          "GeneralException",
          "There was an internal error while processing the request."
        )
      );
      return;
    }
    const excelApi = (version: string) => this.xl.isSetSupported("ExcelApi", version);
    const problems = v.flatMap((row, r) =>
      row.map((value, c) => cellValueProblem(value, `valuesAsJson[${r}][${c}]`, excelApi))
    );
    const problem = problems.find((p) => p !== null);
    if (problem) {
      // Excel refuses the whole request at sync; nothing of it is written.
      this.xl.defer(new OfficeError("InvalidArgument", `fake: ${problem}`));
      return;
    }
    v.forEach((row, r) =>
      row.forEach((value, c) => {
        const rr = this.box.r0 + r;
        const cc = this.box.c0 + c;
        const cell = this.data.get(rr, cc);
        if (value.type === "Entity") {
          const entity = JSON.parse(JSON.stringify(value)) as Excel.EntityCellValue;
          this.data.put(rr, cc, { ...cell, formula: undefined, value: "#VALUE!", entity });
        } else this.data.set(rr, cc, value.basicValue);
      })
    );
  }
  get formulas(): any[][] {
    this.loaded("range.formulas");
    return (this.snap as { formulas: any[][] }).formulas;
  }
  set formulas(f: any[][]) {
    this.checkShape(f, "formulas");
    this.xl.recordJson(f);
    f.forEach((row, r) =>
      row.forEach((formula, c) => {
        const rr = this.box.r0 + r;
        const cc = this.box.c0 + c;
        const cell = this.data.get(rr, cc);
        if (typeof formula === "string" && cell.format === TEXT_FORMAT) {
          // a formula into a cell formatted as text stays text, as when typed (see above)
          this.data.set(rr, cc, formula);
          return;
        }
        if (typeof formula === "string" && formula.startsWith("=")) {
          if (!invariantSyntax(formula)) {
            this.xl.defer(
              new OfficeError(
                "InvalidArgument",
                `fake: ${formula} is not an invariant (en-US) formula: range.formulas separates arguments with ","`
              )
            );
            return;
          }
          const { stored, unknown } = this.xl.toStored(formula);
          this.data.put(rr, cc, {
            ...cell,
            entity: undefined,
            formula: stored,
            value: unknown ? "#NAME?" : "",
          });
        } else {
          // +31…, -5 %, @SUM(…) through formulas are formulas too: the writer must say so
          refuseFormulaText(formula, cell, "Range.formulas");
          this.data.set(rr, cc, excelNumber(formula));
        }
      })
    );
    this.dropSpills();
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.xl.need("1.7", "Range.hyperlink");
    this.xl.recordJson(link);
    const cell = this.data.get(this.box.r0, this.box.c0);
    this.data.put(this.box.r0, this.box.c0, { ...cell, hyperlink: link.address });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return { address: this.data.get(this.box.r0, this.box.c0).hyperlink };
  }
  set style(name: string) {
    this.xl.need("1.7", "Range.style");
    this.xl.record(utf8Bytes(name));
    for (let r = this.box.r0; r <= this.box.r1; r++)
      for (let c = this.box.c0; c <= this.box.c1; c++)
        this.data.put(r, c, { ...this.data.get(r, c), style: name });
  }
  get style(): string {
    return this.data.get(this.box.r0, this.box.c0).style ?? "Normal";
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    this.xl.need("1.6", "Range.conditionalFormats");
    const xl = this.xl;
    const data = this.data;
    const address = formatAddress(data.name, this.box);
    const collection: Pick<Excel.ConditionalFormatCollection, "add"> = {
      add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
        if (type !== "CellValue" && type !== "Custom")
          throw new Error("fake: only cellValue and custom conditional formats are modelled");
        xl.record(16);
        const entry: ConditionalFormatData = {
          address,
          type: type as "CellValue" | "Custom",
          rule: null,
          fill: null,
        };
        data.conditionalFormats.push(entry);
        const format = {
          fill: {
            set color(c: string) {
              entry.fill = c;
            },
          },
        };
        const cellValue = {
          format,
          set rule(r: { formula1?: string; operator?: string }) {
            entry.rule = r;
          },
        };
        const custom = {
          format,
          rule: {
            set formula(f: string) {
              // ConditionalFormatRule.formula is the invariant form (formulaLocal is the user's)
              if (!invariantSyntax(f))
                xl.defer(new OfficeError("InvalidArgument", `fake: ${f} is not invariant`));
              entry.rule = { formula: f };
            },
          },
        };
        return (type === "Custom"
          ? { custom }
          : { cellValue }) as unknown as Excel.ConditionalFormat;
      },
    };
    return collection as unknown as Excel.ConditionalFormatCollection;
  }
  /** The range's address, for the fake's own bookkeeping (charts). */
  describe(): string {
    return localAddress(this.box);
  }
  getSpillingToRangeOrNullObject(): Excel.Range {
    this.xl.need("1.12", "Range.getSpillingToRangeOrNullObject");
    this.xl.record(4);
    const box = this.data.spills.get(`${this.box.r0},${this.box.c0}`);
    return new FakeRange(this.xl, this.data, box ?? this.box, !!box) as unknown as Excel.Range;
  }
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.xl, this.data, true) as unknown as Excel.Worksheet;
  }
  get numberFormat(): any[][] {
    this.loaded("range.numberFormat");
    return (this.snap as { numberFormat: string[][] }).numberFormat;
  }
  set numberFormat(f: any[][]) {
    this.checkShape(f, "numberFormat");
    this.xl.recordJson(f);
    f.forEach((row, r) =>
      row.forEach((fmt, c) => this.data.set(this.box.r0 + r, this.box.c0 + c, undefined, fmt))
    );
  }
  get address(): string {
    this.loaded("range.address");
    return (this.snap as { address: string }).address;
  }
  get rowCount(): number {
    this.loaded("range.rowCount");
    return (this.snap as { rowCount: number }).rowCount;
  }
  get format(): Excel.RangeFormat {
    return new FakeRangeFormat(this.xl, this.data, this.box) as unknown as Excel.RangeFormat;
  }
  clear(applyTo?: string): void {
    this.xl.record(8);
    if (applyTo !== "Contents") throw new Error("fake: only clear('Contents') is modelled");
    for (let r = this.box.r0; r <= this.box.r1; r++)
      for (let c = this.box.c0; c <= this.box.c1; c++) this.data.set(r, c, "");
    for (const [k, b] of this.data.spills)
      if (b.r0 >= this.box.r0 && b.r0 <= this.box.r1 && b.c0 >= this.box.c0 && b.c0 <= this.box.c1)
        this.data.spills.delete(k);
  }
}
