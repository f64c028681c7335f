/**
 * The request context, the application (calculation) and the workbook. Part of the Excel fake
 * (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { parseAddress } from "./addresses";
import { OfficeError } from "./limits";
import { FakeNamedItemCollection } from "./names";
import { FakeRangeAreas, FakeRange } from "./ranges";
import { SheetData } from "./sheetData";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheets";

export class FakeRequestContext implements Pick<Excel.RequestContext, "sync"> {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private readonly xl: FakeExcel;
  constructor(xl: FakeExcel) {
    this.xl = xl;
    this.workbook = new FakeWorkbook(xl);
    this.application = new FakeApplication(xl);
  }
  sync<T>(passThroughValue?: T): Promise<T> {
    return this.xl.sync().then(() => passThroughValue as T);
  }
}
export class FakeApplication implements Pick<
  Excel.Application,
  "suspendApiCalculationUntilNextSync" | "calculate"
> {
  constructor(private readonly xl: FakeExcel) {}
  suspendApiCalculationUntilNextSync(): void {
    this.xl.need("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.xl.calculationSuspensions++;
    this.xl.suspendCalculation();
    this.xl.record(0);
  }
  calculate(): void {
    this.xl.record(4);
    this.xl.onSync(() => {
      this.xl.needsRecalc = false;
    });
  }
}
export class FakeWorkbook implements Pick<
  Excel.Workbook,
  "getSelectedRange" | "getSelectedRanges" | "getActiveCell"
> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private readonly xl: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(xl);
    this.tables = new FakeTableCollection(xl, null);
    this.names = new FakeNamedItemCollection(xl);
  }
  private selected(): { sheet: SheetData; areas: string[] } {
    const sel = this.xl.selection;
    const sheet = sel ? this.xl.sheet(sel.sheet) : undefined;
    if (!sel || !sheet) throw new Error("fake: set xl.selection first");
    return { sheet, areas: sel.address.split(",").map((a) => a.trim()) };
  }
  getSelectedRange(): Excel.Range {
    this.xl.record(2);
    const { sheet, areas } = this.selected();
    if (areas.length > 1)
      this.xl.defer(
        new OfficeError("InvalidSelection", "fake: getSelectedRange on a multi-area selection")
      );
    return new FakeRange(this.xl, sheet, parseAddress(areas[0]), true) as unknown as Excel.Range;
  }
  /** The top-left cell of the selection's first area. */
  getActiveCell(): Excel.Range {
    this.xl.need("1.7", "Workbook.getActiveCell");
    this.xl.record(2);
    const { sheet, areas } = this.selected();
    const b = parseAddress(areas[0]);
    return new FakeRange(
      this.xl,
      sheet,
      { r0: b.r0, c0: b.c0, r1: b.r0, c1: b.c0 },
      true
    ) as unknown as Excel.Range;
  }
  getSelectedRanges(): Excel.RangeAreas {
    this.xl.need("1.9", "Workbook.getSelectedRanges");
    this.xl.record(2);
    const { sheet, areas } = this.selected();
    return new FakeRangeAreas(
      this.xl,
      sheet,
      areas.map((a) => parseAddress(a))
    ) as unknown as Excel.RangeAreas;
  }
}
