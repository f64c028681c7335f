/**
 * An in-memory Excel for the task pane's writer: workbook, worksheets with cells by address
 * (values and number formats), tables, worksheet custom properties (the ownership marks),
 * and the request/sync model of Office.js. Method and property names are the real API's:
 * every fake class `implements Pick<Excel.X, ...>`, so a misspelt or non-existent member fails
 * to compile. It records every sync with the number of operations and bytes in the batch.
 *
 * Deliberately strict, like Excel: a loaded property read before the next sync throws
 * PropertyNotLoaded; getItem of a missing sheet or table fails at sync with ItemNotFound.
 */

export interface BatchRecord {
  readonly ops: number;
  readonly bytes: number;
}

class OfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

function parseCell(a: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.trim().toUpperCase());
  if (!m) throw new Error(`fake: bad address ${a}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, c - 1];
}
export function parseAddress(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(local.toUpperCase());
  if (columns) {
    const c0 = parseCell(`${columns[1]}1`)[1];
    const c1 = parseCell(`${columns[2]}1`)[1];
    return { r0: 0, c0, r1: 1048575, c1 };
  }
  const [a, b] = local.split(":");
  const [r0, c0] = parseCell(a);
  const [r1, c1] = b ? parseCell(b) : [r0, c0];
  return { r0, c0, r1, c1 };
}
function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function formatAddress(sheet: string, r0: number, c0: number, r1: number, c1: number): string {
  const q = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${q}!${colName(c0)}${r0 + 1}:${colName(c1)}${r1 + 1}`;
}

export interface Cell {
  value: any;
  format: string;
  formula?: string;
  style?: string;
  hyperlink?: string;
}

export interface ChartData {
  type: string;
  source: string;
  title: string;
  series: Array<{ name: string; values: string; categories: string; axisGroup: string }>;
  position: [string, string] | null;
}

export interface ConditionalFormatData {
  address: string;
  rule: { formula1?: string; operator?: string } | null;
  fill: string | null;
}

export class FakeExcel {
  readonly sheets: SheetData[] = [];
  readonly tables: TableData[] = [];
  readonly batches: BatchRecord[] = [];
  private pendingOps = 0;
  private pendingBytes = 0;
  private deferred: Error[] = [];
  private loads: Array<() => void> = [];
  private failAt: { sync: number; error: Error } | null = null;
  calculationSuspensions = 0;
  activeSheet: string | null = null;
  /** The user's selection: sheet name and address. */
  selection: { sheet: string; address: string } | null = null;

  /** Makes the n-th sync from now (1 = the next) fail with `error` after applying its batch. */
  failOnSync(
    n: number,
    error: Error = new OfficeError("GeneralException", "simulated failure")
  ): void {
    this.failAt = { sync: this.batches.length + n, error };
  }

  static officeError(code: string, message: string): Error {
    return new OfficeError(code, message);
  }

  record(bytes: number): void {
    this.pendingOps++;
    this.pendingBytes += bytes;
  }
  defer(e: Error): void {
    this.deferred.push(e);
  }
  onSync(fn: () => void): void {
    this.loads.push(fn);
  }

  async sync(): Promise<void> {
    this.batches.push({ ops: this.pendingOps, bytes: this.pendingBytes });
    this.pendingOps = 0;
    this.pendingBytes = 0;
    const loads = this.loads;
    this.loads = [];
    const errors = this.deferred;
    this.deferred = [];
    if (this.failAt && this.failAt.sync === this.batches.length) {
      const e = this.failAt.error;
      this.failAt = null;
      throw e;
    }
    if (errors.length) throw errors[0];
    for (const l of loads) l();
  }

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a sheet as a user would (no ownership mark), optionally with values from A1. */
  addUserSheet(name: string, values: any[][] = []): SheetData {
    const s = new SheetData(name);
    values.forEach((row, r) => row.forEach((v, c) => s.set(r, c, v)));
    this.sheets.push(s);
    return s;
  }

  context(): Excel.RequestContext {
    return new FakeRequestContext(this) as unknown as Excel.RequestContext;
  }
}

export class SheetData {
  name: string;
  readonly id: string;
  readonly cells = new Map<string, Cell>();
  readonly props = new Map<string, string>();
  readonly charts: ChartData[] = [];
  readonly conditionalFormats: ConditionalFormatData[] = [];
  /** Dynamic-array spills: anchor "r,c" → box. */
  readonly spills = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
  visibility = "Visible";
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  private static next = 1;
  constructor(name: string) {
    this.name = name;
    this.id = `{sheet-${SheetData.next++}}`;
  }
  get(r: number, c: number): Cell {
    return this.cells.get(`${r},${c}`) ?? { value: "", format: "General" };
  }
  set(r: number, c: number, value: any, format?: string): void {
    const cur = this.get(r, c);
    const next: Cell = { ...cur, value: value ?? cur.value, format: format ?? cur.format };
    if (value !== undefined) delete next.formula;
    this.put(r, c, next);
  }
  put(r: number, c: number, cell: Cell): void {
    if (cell.value === "" && cell.format === "General" && !cell.formula && !cell.style)
      this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, cell);
  }
  /** A formula as Excel holds it: the formula, its calculated value, and optionally the block it spills into. */
  setFormula(r: number, c: number, formula: string, value: any, spill?: any[][]): void {
    this.put(r, c, { ...this.get(r, c), formula, value });
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
  formulaOf(r: number, c: number): any {
    const cell = this.get(r, c);
    return cell.formula ?? cell.value;
  }
  /** Bounding box of non-empty values, or null. */
  usedBox(): { r0: number; c0: number; r1: number; c1: number } | null {
    let box: { r0: number; c0: number; r1: number; c1: number } | null = null;
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
  formulasOf(box: { r0: number; c0: number; r1: number; c1: number }): any[][] {
    const out: any[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: any[] = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(this.formulaOf(r, c));
      out.push(row);
    }
    return out;
  }
  valuesOf(box: { r0: number; c0: number; r1: number; c1: number }): any[][] {
    const out: any[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: any[] = [];
      for (let c = box.c0; c <= box.c1; c++) row.push(this.get(r, c).value);
      out.push(row);
    }
    return out;
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

/** Shared behaviour of proxies: load() makes properties readable after the next sync. */
class Proxy {
  protected readonly xl: FakeExcel;
  private ready = false;
  private requested = false;
  constructor(xl: FakeExcel) {
    this.xl = xl;
  }
  protected loaded(prop: string): void {
    if (!this.ready)
      throw new OfficeError("PropertyNotLoaded", `fake: ${prop} read before load() and sync()`);
  }
  protected markLoad(snapshot?: () => void): void {
    this.requested = true;
    this.xl.record(0);
    this.xl.onSync(() => {
      snapshot?.();
      this.ready = true;
    });
  }
  get isLoadRequested(): boolean {
    return this.requested;
  }
}

class FakeRequestContext implements Pick<Excel.RequestContext, "sync"> {
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

class FakeApplication implements Pick<Excel.Application, "suspendApiCalculationUntilNextSync"> {
  constructor(private readonly xl: FakeExcel) {}
  suspendApiCalculationUntilNextSync(): void {
    this.xl.calculationSuspensions++;
    this.xl.record(0);
  }
}

class FakeWorkbook implements Pick<Excel.Workbook, "getSelectedRange"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  constructor(private readonly xl: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(xl);
    this.tables = new FakeTableCollection(xl, null);
  }
  getSelectedRange(): Excel.Range {
    this.xl.record(2);
    const sel = this.xl.selection;
    const sheet = sel ? this.xl.sheet(sel.sheet) : undefined;
    if (!sel || !sheet) throw new Error("fake: set xl.selection first");
    return new FakeRange(this.xl, sheet, parseAddress(sel.address), true) as unknown as Excel.Range;
  }
}

class FakeWorksheetCollection
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
    this.xl.record(n.length + 20);
    if (this.xl.sheet(n)) {
      this.xl.defer(new OfficeError("ItemAlreadyExists", `fake: a sheet named ${n} exists`));
      return new FakeWorksheet(this.xl, new SheetData(n), false) as unknown as Excel.Worksheet;
    }
    const s = new SheetData(n);
    this.xl.sheets.push(s);
    return new FakeWorksheet(this.xl, s, true) as unknown as Excel.Worksheet;
  }
  getItem(key: string): Excel.Worksheet {
    this.xl.record(key.length);
    const s = this.xl.sheet(key);
    if (!s) this.xl.defer(new OfficeError("ItemNotFound", `fake: no sheet ${key}`));
    return new FakeWorksheet(this.xl, s ?? new SheetData(key), !!s) as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    this.xl.record(key.length);
    const s = this.xl.sheet(key);
    return new FakeWorksheet(this.xl, s ?? new SheetData(key), !!s) as unknown as Excel.Worksheet;
  }
}

class FakeWorksheet
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
    private readonly exists: boolean
  ) {
    super(xl);
  }
  get name(): string {
    return this.data.name;
  }
  get id(): string {
    return this.data.id;
  }
  get isNullObject(): boolean {
    this.loaded("worksheet.isNullObject");
    return !this.exists;
  }
  load(): Excel.Worksheet {
    this.markLoad();
    return this as unknown as Excel.Worksheet;
  }
  get customProperties(): Excel.WorksheetCustomPropertyCollection {
    return new FakeCustomPropertyCollection(
      this.xl,
      this.data
    ) as unknown as Excel.WorksheetCustomPropertyCollection;
  }
  get tables(): Excel.TableCollection {
    return new FakeTableCollection(this.xl, this.data) as unknown as Excel.TableCollection;
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
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
    this.xl.record((address ?? "").length);
    return new FakeRange(
      this.xl,
      this.data,
      address ? parseAddress(address) : { r0: 0, c0: 0, r1: 1048575, c1: 16383 },
      true
    ) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
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
    const i = this.xl.sheets.indexOf(this.data);
    if (i >= 0) this.xl.sheets.splice(i, 1);
    for (let t = this.xl.tables.length - 1; t >= 0; t--)
      if (this.xl.tables[t].sheet === this.data) this.xl.tables.splice(t, 1);
  }
}

class FakeCustomPropertyCollection implements Pick<
  Excel.WorksheetCustomPropertyCollection,
  "add" | "getItemOrNullObject"
> {
  constructor(
    private readonly xl: FakeExcel,
    private readonly data: SheetData
  ) {}
  add(key: string, value: string): Excel.WorksheetCustomProperty {
    this.xl.record(key.length + value.length);
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
    this.xl.record(key.length);
    return new FakeCustomProperty(
      this.xl,
      this.data,
      key
    ) as unknown as Excel.WorksheetCustomProperty;
  }
}

class FakeCustomProperty
  extends Proxy
  implements Pick<Excel.WorksheetCustomProperty, "value" | "isNullObject" | "load">
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
    this.markLoad(() => {
      this.snap = this.data.props.get(this.key);
    });
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
}

class FakeRangeFormat {
  constructor(
    private readonly xl: FakeExcel,
    private readonly data: SheetData,
    private readonly box: { r0: number; c0: number; r1: number; c1: number }
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
    this.xl.record(2);
  }
  autofitRows(): void {
    this.xl.record(2);
  }
}

class FakeRange
  extends Proxy
  implements
    Pick<
      Excel.Range,
      | "values"
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
  private snap: { values: any[][]; formulas: any[][]; address: string; rowCount: number } | null =
    null;
  constructor(
    xl: FakeExcel,
    private readonly data: SheetData,
    private readonly box: { r0: number; c0: number; r1: number; c1: number },
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
  load(): Excel.Range {
    this.markLoad(() => {
      this.snap = {
        values: this.exists ? this.data.valuesOf(this.box) : [],
        formulas: this.exists ? this.data.formulasOf(this.box) : [],
        address: formatAddress(this.data.name, this.box.r0, this.box.c0, this.box.r1, this.box.c1),
        rowCount: this.rows,
      };
    });
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
    this.xl.record(JSON.stringify(v).length);
    v.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.data.get(this.box.r0 + r, this.box.c0 + c);
        if (typeof value === "string" && value.startsWith("=") && cell.format !== "@") {
          throw new OfficeError(
            "InvalidArgument",
            "fake: the writer must not write formulas through values"
          );
        }
        this.data.set(this.box.r0 + r, this.box.c0 + c, value);
      })
    );
  }
  get formulas(): any[][] {
    this.loaded("range.formulas");
    return (this.snap as { formulas: any[][] }).formulas;
  }
  set formulas(f: any[][]) {
    this.checkShape(f, "formulas");
    this.xl.record(JSON.stringify(f).length);
    f.forEach((row, r) =>
      row.forEach((formula, c) => {
        const rr = this.box.r0 + r;
        const cc = this.box.c0 + c;
        const cell = this.data.get(rr, cc);
        if (typeof formula === "string" && formula.startsWith("=")) {
          this.data.put(rr, cc, { ...cell, formula, value: "" });
        } else this.data.set(rr, cc, formula);
      })
    );
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.xl.record(JSON.stringify(link).length);
    const cell = this.data.get(this.box.r0, this.box.c0);
    this.data.put(this.box.r0, this.box.c0, { ...cell, hyperlink: link.address });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return { address: this.data.get(this.box.r0, this.box.c0).hyperlink };
  }
  set style(name: string) {
    this.xl.record(name.length);
    for (let r = this.box.r0; r <= this.box.r1; r++)
      for (let c = this.box.c0; c <= this.box.c1; c++)
        this.data.put(r, c, { ...this.data.get(r, c), style: name });
  }
  get style(): string {
    return this.data.get(this.box.r0, this.box.c0).style ?? "Normal";
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    const xl = this.xl;
    const data = this.data;
    const address = formatAddress(data.name, this.box.r0, this.box.c0, this.box.r1, this.box.c1);
    const collection: Pick<Excel.ConditionalFormatCollection, "add"> = {
      add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
        if (type !== "CellValue")
          throw new Error("fake: only cellValue conditional formats are modelled");
        xl.record(16);
        const entry: ConditionalFormatData = { address, rule: null, fill: null };
        data.conditionalFormats.push(entry);
        const cellValue = {
          format: {
            fill: {
              set color(c: string) {
                entry.fill = c;
              },
            },
          },
          set rule(r: { formula1?: string; operator?: string }) {
            entry.rule = r;
          },
        };
        return { cellValue } as unknown as Excel.ConditionalFormat;
      },
    };
    return collection as unknown as Excel.ConditionalFormatCollection;
  }
  /** The range's address, for the fake's own bookkeeping (charts). */
  describe(): string {
    return formatAddress(this.data.name, this.box.r0, this.box.c0, this.box.r1, this.box.c1).split(
      "!"
    )[1];
  }
  getSpillingToRangeOrNullObject(): Excel.Range {
    this.xl.record(4);
    const box = this.data.spills.get(`${this.box.r0},${this.box.c0}`);
    return new FakeRange(this.xl, this.data, box ?? this.box, !!box) as unknown as Excel.Range;
  }
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.xl, this.data, true) as unknown as Excel.Worksheet;
  }
  get numberFormat(): any[][] {
    throw new Error("fake: numberFormat is write-only here");
  }
  set numberFormat(f: any[][]) {
    this.checkShape(f, "numberFormat");
    this.xl.record(JSON.stringify(f).length);
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

class FakeTableCollection
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
    this.xl.record(address.length + 8);
    const t: TableData = {
      name: `Table${this.xl.tables.length + 1}`,
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
    this.xl.record(key.length);
    const t = this.scope().find((x) => x.name.toLowerCase() === key.toLowerCase());
    if (!t) this.xl.defer(new OfficeError("ItemNotFound", `fake: no table ${key}`));
    return new FakeTable(this.xl, t ?? ({ name: key } as TableData), !!t) as unknown as Excel.Table;
  }
  getItemOrNullObject(key: string): Excel.Table {
    this.xl.record(key.length);
    const t = this.scope().find((x) => x.name.toLowerCase() === key.toLowerCase());
    return new FakeTable(this.xl, t ?? ({ name: key } as TableData), !!t) as unknown as Excel.Table;
  }
}

class FakeTable
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
    this.xl.record(n.length);
    if (this.xl.tables.some((o) => o !== this.t && o.name.toLowerCase() === n.toLowerCase())) {
      this.xl.defer(new OfficeError("InvalidArgument", `fake: table name ${n} is taken`));
      return;
    }
    this.t.name = n;
  }
  get style(): string {
    return this.t.style;
  }
  set style(s: string) {
    this.xl.record(s.length);
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
    this.xl.record(4);
    this.t.showFilterButton = v;
  }
  resize(address: string | Excel.Range): void {
    if (typeof address !== "string") throw new Error("fake: resize(address)");
    this.xl.record(address.length);
    this.t.address = address;
  }
}

class FakeChartCollection implements Pick<Excel.ChartCollection, "add"> {
  constructor(
    private readonly xl: FakeExcel,
    private readonly data: SheetData
  ) {}
  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | string
  ): Excel.Chart {
    this.xl.record(32);
    const source = (sourceData as unknown as { describe(): string }).describe();
    if (seriesBy !== "Columns") throw new Error("fake: charts.add(type, range, 'Columns')");
    const chart: ChartData = {
      type: String(type),
      source,
      title: "",
      series: [{ name: "", values: source, categories: "", axisGroup: "Primary" }],
      position: null,
    };
    this.data.charts.push(chart);
    const xl = this.xl;
    const seriesProxy = (s: ChartData["series"][number]) => ({
      set name(n: string) {
        xl.record(n.length);
        s.name = n;
      },
      setValues(r: Excel.Range) {
        xl.record(16);
        s.values = (r as unknown as { describe(): string }).describe();
      },
      setXAxisValues(r: Excel.Range) {
        xl.record(16);
        s.categories = (r as unknown as { describe(): string }).describe();
      },
      set axisGroup(g: string) {
        xl.record(8);
        s.axisGroup = g;
      },
    });
    const api = {
      title: {
        set text(t: string) {
          xl.record(t.length);
          chart.title = t;
        },
      },
      series: {
        getItemAt: (i: number) => seriesProxy(chart.series[i]),
        add: (name?: string) => {
          xl.record(16);
          const s = { name: name ?? "", values: "", categories: "", axisGroup: "Primary" };
          chart.series.push(s);
          return seriesProxy(s);
        },
      },
      setPosition: (start: string, end?: string) => {
        xl.record(8);
        chart.position = [start, end ?? start];
      },
    };
    return api as unknown as Excel.Chart;
  }
}
