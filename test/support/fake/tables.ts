/**
 * Excel tables: names, rows, resizing. Part of the Excel fake (../excelFake.ts).
 */
import { FakeExcel } from "../excelFake";
import { parseAddress } from "./addresses";
import { OfficeError, utf8Bytes } from "./limits";
import { Proxy } from "./proxy";
import { SheetData, type TableData } from "./sheetData";

/** Table names and defined names share one namespace; Excel compares them case-insensitively. */
export function nameTaken(xl: FakeExcel, name: string, except?: TableData): boolean {
  const n = name.toLowerCase();
  return (
    xl.tables.some((o) => o !== except && o.name.toLowerCase() === n) ||
    xl.definedNames.some((d) => d.toLowerCase() === n)
  );
}
export class FakeTableCollection
  extends Proxy
  implements
    Pick<Excel.TableCollection, "items" | "load" | "add" | "getItem" | "getItemOrNullObject">
{
  private snapshot: TableData[] = [];
  constructor(
    xl: FakeExcel,
    private readonly sheet: SheetData | null
  ) {
    super(xl);
  }
  private scope(): TableData[] {
    return this.xl.tables.filter((t) => !this.sheet || t.sheet === this.sheet);
  }
  get items(): Excel.Table[] {
    this.loaded("tables.items");
    return this.snapshot.map((t) => new FakeTable(this.xl, t, true) as unknown as Excel.Table);
  }
  load(): Excel.TableCollection {
    this.markLoad(() => {
      this.snapshot = this.scope();
    });
    return this as unknown as Excel.TableCollection;
  }
  add(address: string | Excel.Range, hasHeaders: boolean): Excel.Table {
    if (typeof address !== "string" || !this.sheet || !hasHeaders)
      throw new Error("fake: tables.add(address, true) on a sheet");
    this.xl.record(utf8Bytes(address) + 8);
    let n = this.xl.tables.length + 1;
    while (nameTaken(this.xl, `Table${n}`)) n++;
    const t: TableData = {
      name: `Table${n}`,
      sheet: this.sheet,
      address,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showFilterButton: true,
    };
    const box = parseAddress(address);
    const overlaps = this.xl.tables.some((o) => {
      if (o.sheet !== this.sheet) return false;
      const b = parseAddress(o.address);
      return !(b.r1 < box.r0 || b.r0 > box.r1 || b.c1 < box.c0 || b.c0 > box.c1);
    });
    if (overlaps) this.xl.defer(new OfficeError("InvalidOperation", "fake: tables cannot overlap"));
    else this.xl.tables.push(t);
    return new FakeTable(this.xl, t, true) as unknown as Excel.Table;
  }
  getItem(key: string): Excel.Table {
    this.xl.record(utf8Bytes(key));
    const t = this.scope().find((x) => x.name.toLowerCase() === key.toLowerCase());
    if (!t) this.xl.defer(new OfficeError("ItemNotFound", `fake: no table ${key}`));
    return new FakeTable(this.xl, t ?? ({ name: key } as TableData), !!t) as unknown as Excel.Table;
  }
  getItemOrNullObject(key: string): Excel.Table {
    this.xl.need("1.4", "TableCollection.getItemOrNullObject");
    this.xl.record(utf8Bytes(key));
    const t = this.scope().find((x) => x.name.toLowerCase() === key.toLowerCase());
    return new FakeTable(this.xl, t ?? ({ name: key } as TableData), !!t) as unknown as Excel.Table;
  }
}
export class FakeTable
  extends Proxy
  implements
    Pick<
      Excel.Table,
      "name" | "style" | "showBandedRows" | "showFilterButton" | "resize" | "isNullObject" | "load"
    >
{
  constructor(
    xl: FakeExcel,
    private readonly t: TableData,
    private readonly exists: boolean
  ) {
    super(xl);
  }
  load(): Excel.Table {
    this.markLoad();
    return this as unknown as Excel.Table;
  }
  get isNullObject(): boolean {
    this.loaded("table.isNullObject");
    return !this.exists;
  }
  get name(): string {
    return this.t.name;
  }
  set name(n: string) {
    this.xl.record(utf8Bytes(n));
    if (nameTaken(this.xl, n, this.t)) {
      this.xl.defer(new OfficeError("InvalidArgument", `fake: the name ${n} is taken`));
      return;
    }
    this.t.name = n;
  }
  get style(): string {
    return this.t.style;
  }
  set style(s: string) {
    this.xl.record(utf8Bytes(s));
    this.t.style = s;
  }
  get showBandedRows(): boolean {
    return this.t.showBandedRows;
  }
  set showBandedRows(v: boolean) {
    this.xl.record(4);
    this.t.showBandedRows = v;
  }
  get showFilterButton(): boolean {
    return this.t.showFilterButton;
  }
  set showFilterButton(v: boolean) {
    this.xl.need("1.3", "Table.showFilterButton");
    this.xl.record(4);
    this.t.showFilterButton = v;
  }
  resize(address: string | Excel.Range): void {
    this.xl.need("1.13", "Table.resize");
    if (typeof address !== "string") throw new Error("fake: resize(address)");
    this.xl.record(utf8Bytes(address));
    this.t.address = address;
  }
}
