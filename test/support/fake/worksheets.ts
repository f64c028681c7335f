/**
 * Worksheets and their custom properties (the ownership marks). Part of the Excel fake
 * (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { parseAddress } from "./addresses";
import { FakeChartCollection } from "./charts";
import { OfficeError, MAX_ROWS, MAX_COLS, utf8Bytes } from "./limits";
import { Proxy } from "./proxy";
import { FakeRange } from "./ranges";
import { SheetData } from "./sheetData";
import { FakeTableCollection } from "./tables";

export class FakeWorksheetCollection
  extends Proxy
  implements
    Pick<
      Excel.WorksheetCollection,
      "items" | "load" | "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet"
    >
{
  private snapshot: SheetData[] = [];
  getActiveWorksheet(): Excel.Worksheet {
    this.xl.record(2);
    // A real workbook always has a sheet; the fake may start empty, then the active sheet has no name.
    const s = (this.xl.activeSheet && this.xl.sheet(this.xl.activeSheet)) || this.xl.sheets[0];
    return new FakeWorksheet(this.xl, s ?? new SheetData(""), !!s) as unknown as Excel.Worksheet;
  }
  get items(): Excel.Worksheet[] {
    this.loaded("worksheets.items");
    return this.snapshot.map(
      (s) => new FakeWorksheet(this.xl, s, true) as unknown as Excel.Worksheet
    );
  }
  load(): Excel.WorksheetCollection {
    this.markLoad(() => {
      this.snapshot = [...this.xl.sheets];
    });
    return this as unknown as Excel.WorksheetCollection;
  }
  add(name?: string): Excel.Worksheet {
    const n = name ?? `Sheet${this.xl.sheets.length + 1}`;
    this.xl.record(utf8Bytes(n) + 20);
    if (this.xl.sheet(n)) {
      this.xl.defer(new OfficeError("ItemAlreadyExists", `fake: a sheet named ${n} exists`));
      return new FakeWorksheet(this.xl, new SheetData(n), false) as unknown as Excel.Worksheet;
    }
    const s = new SheetData(n, this.xl);
    this.xl.sheets.push(s);
    return new FakeWorksheet(this.xl, s, true) as unknown as Excel.Worksheet;
  }
  getItem(key: string): Excel.Worksheet {
    this.xl.record(utf8Bytes(key));
    const s = this.xl.sheet(key);
    if (!s) this.xl.defer(new OfficeError("ItemNotFound", `fake: no sheet ${key}`));
    return new FakeWorksheet(this.xl, s ?? new SheetData(key), !!s) as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    this.xl.need("1.4", "WorksheetCollection.getItemOrNullObject");
    this.xl.record(utf8Bytes(key));
    const s = this.xl.sheet(key);
    return new FakeWorksheet(this.xl, s ?? new SheetData(key), !!s) as unknown as Excel.Worksheet;
  }
}
export class FakeWorksheet
  extends Proxy
  implements
    Pick<
      Excel.Worksheet,
      | "name"
      | "id"
      | "isNullObject"
      | "customProperties"
      | "tables"
      | "freezePanes"
      | "getRange"
      | "getUsedRangeOrNullObject"
      | "activate"
      | "delete"
      | "load"
      | "visibility"
      | "charts"
    >
{
  private snap: { name: string; id: string } | null = null;
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.data.visibility as Excel.SheetVisibility;
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.xl.record(8);
    this.data.visibility = v;
  }
  get charts(): Excel.ChartCollection {
    return new FakeChartCollection(this.xl, this.data) as unknown as Excel.ChartCollection;
  }
  constructor(
    xl: FakeExcel,
    private readonly data: SheetData,
    private readonly exists: boolean,
    /** items of a loaded collection carry their properties already */
    private readonly preloaded = true
  ) {
    super(xl);
  }
  get name(): string {
    if (!this.preloaded) this.loaded("worksheet.name");
    return this.snap?.name ?? this.data.name;
  }
  get id(): string {
    return this.snap?.id ?? this.data.id;
  }
  get isNullObject(): boolean {
    this.loaded("worksheet.isNullObject");
    return !this.exists;
  }
  load(): Excel.Worksheet {
    this.markLoad(() => {
      this.snap = { name: this.data.name, id: this.data.id };
    });
    return this as unknown as Excel.Worksheet;
  }
  get customProperties(): Excel.WorksheetCustomPropertyCollection {
    this.xl.need("1.12", "Worksheet.customProperties");
    return new FakeCustomPropertyCollection(
      this.xl,
      this.data
    ) as unknown as Excel.WorksheetCustomPropertyCollection;
  }
  get tables(): Excel.TableCollection {
    return new FakeTableCollection(this.xl, this.data) as unknown as Excel.TableCollection;
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    this.xl.need("1.7", "Worksheet.freezePanes");
    const data = this.data;
    const xl = this.xl;
    const panes: Pick<Excel.WorksheetFreezePanes, "freezeRows"> = {
      freezeRows(count?: number) {
        xl.record(4);
        data.frozenRows = count ?? 1;
      },
    };
    return panes as unknown as Excel.WorksheetFreezePanes;
  }
  getRange(address?: string): Excel.Range {
    this.xl.record(utf8Bytes(address ?? ""));
    if (address?.includes(","))
      throw new Error("fake: getRange takes one area (use getRanges for several)");
    return new FakeRange(
      this.xl,
      this.data,
      address ? parseAddress(address) : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 },
      true
    ) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    this.xl.need("1.4", "Worksheet.getUsedRangeOrNullObject");
    this.xl.record(4);
    if (!valuesOnly) throw new Error("fake: only getUsedRangeOrNullObject(true) is modelled");
    const box = this.data.usedBox();
    return new FakeRange(
      this.xl,
      this.data,
      box ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
      !!box
    ) as unknown as Excel.Range;
  }
  activate(): void {
    this.xl.record(2);
    this.xl.activeSheet = this.data.name;
  }
  delete(): void {
    this.xl.record(2);
    if (!this.exists) return;
    if (this.data.visibility === "VeryHidden")
      this.xl.defer(
        new OfficeError(
          "InvalidOperation",
          "fake: a very hidden sheet is deleted only after it is made visible"
        )
      );
    const i = this.xl.sheets.indexOf(this.data);
    if (i >= 0) this.xl.sheets.splice(i, 1);
    for (let t = this.xl.tables.length - 1; t >= 0; t--)
      if (this.xl.tables[t].sheet === this.data) this.xl.tables.splice(t, 1);
  }
}
export class FakeCustomPropertyCollection implements Pick<
  Excel.WorksheetCustomPropertyCollection,
  "add" | "getItemOrNullObject"
> {
  constructor(
    private readonly xl: FakeExcel,
    private readonly data: SheetData
  ) {}
  add(key: string, value: string): Excel.WorksheetCustomProperty {
    this.xl.record(utf8Bytes(key) + utf8Bytes(value));
    if (value.length > 255)
      this.xl.defer(
        new OfficeError("InvalidArgument", "fake: custom property value over 255 characters")
      );
    else this.data.props.set(key, value);
    return new FakeCustomProperty(
      this.xl,
      this.data,
      key
    ) as unknown as Excel.WorksheetCustomProperty;
  }
  getItemOrNullObject(key: string): Excel.WorksheetCustomProperty {
    this.xl.record(utf8Bytes(key));
    return new FakeCustomProperty(
      this.xl,
      this.data,
      key
    ) as unknown as Excel.WorksheetCustomProperty;
  }
}
export class FakeCustomProperty
  extends Proxy
  implements Pick<Excel.WorksheetCustomProperty, "value" | "isNullObject" | "load" | "delete">
{
  private snap: string | undefined;
  constructor(
    xl: FakeExcel,
    private readonly data: SheetData,
    private readonly key: string
  ) {
    super(xl);
  }
  load(): Excel.WorksheetCustomProperty {
    this.markLoad(
      () => {
        this.snap = this.data.props.get(this.key);
      },
      () => utf8Bytes(this.data.props.get(this.key) ?? "")
    );
    return this as unknown as Excel.WorksheetCustomProperty;
  }
  get value(): string {
    this.loaded("customProperty.value");
    if (this.snap === undefined) throw new OfficeError("InvalidObjectPath", "fake: null object");
    return this.snap;
  }
  get isNullObject(): boolean {
    this.loaded("customProperty.isNullObject");
    return this.snap === undefined;
  }
  /** WorksheetCustomProperty.delete (ExcelApi 1.12); on a null object nothing happens. */
  delete(): void {
    this.xl.need("1.12", "WorksheetCustomProperty.delete");
    this.xl.record(utf8Bytes(this.key));
    this.data.props.delete(this.key);
  }
}
