/**
 * An in-memory Excel for the add-in's Office.js code: workbook, worksheets with cells by
 * address (values, formulas, number formats), tables, defined names, worksheet custom
 * properties (the ownership marks), charts, conditional formats, and the request/sync model of
 * Office.js. Method and property names are the real API's: every fake class
 * `implements Pick<Excel.X, ...>`, so a misspelt or non-existent member fails to compile. It
 * records every sync with the number of operations and the UTF-8 bytes of the batch.
 *
 * It refuses what Excel refuses; each rule names where it comes from:
 * - a loaded property read before sync throws PropertyNotLoaded; getItem of a missing sheet or
 *   table fails at sync with ItemNotFound (Office.js request model, "Load the properties of an
 *   object", learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 * - a session has a display language and knows only the function names of the metadata file
 *   the manifest serves for it: a custom function written by another language's name gives
 *   #NAME? (office-js issues #891, #6614). Formulas are kept in id form and shown with the
 *   session's names, as Excel keeps custom functions by id (custom-functions-naming: "the id
 *   is how Excel identifies your function");
 * - `range.formulas` is A1 in the invariant (en-US) language: `;` between arguments is refused
 *   (@types/office-js Range.formulas vs formulasLocal "in the user's language and
 *   number-formatting locale");
 * - numbers keep 15 significant digits (Excel's precision; "Excel specifications and limits");
 * - host profiles with their requirement sets: an API above the profile fails at sync with
 *   ApiNotFound (each API's [Api set: ExcelApi x.y] in @types/office-js; requirement sets table
 *   at learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets);
 * - Excel on the web refuses requests and responses over 5 MB, and every host a range read
 *   over 5,000,000 cells ("Resource limits and performance optimization for Office Add-ins",
 *   Excel add-ins section);
 * - getSelectedRange on a multi-area selection fails with InvalidSelection (use
 *   getSelectedRanges, ExcelApi 1.9); whole columns and rows are addressed "A:A", "3:3";
 * - after suspendApiCalculationUntilNextSync the workbook needs a recalculation ("it is the
 *   developer's responsibility to re-calc the workbook", Application docs) until calculate();
 * - saving and reopening gives every sheet a new id (office-js-docs #297: "constant within a
 *   single session but will change between sessions") and keeps custom properties; copying a
 *   sheet does not copy its custom properties (office-js #5486);
 * - table names share one namespace with defined names (Excel refuses a table name that is
 *   already a name in the workbook);
 * - entity values (Range.valuesAsJson, ExcelApi 1.16) are checked as cellValueProblem() says,
 *   each rule with its source; a cell holding one reads as #VALUE! through values and formulas
 *   (EntityCellValue.basicValue "#VALUE!", @types/office-js).
 *
 * One file per Excel concept under ./fake/: limits (grid, request and read limits, OfficeError),
 * hostProfiles (requirement sets, function metadata per display language), addresses,
 * cellValues, sheetData (the stored state), proxy (load/sync), workbook (context, application),
 * names, worksheets (and custom properties), ranges, tables, charts. This file holds FakeExcel,
 * the workbook under test, and is the one import for tests and bench.
 */

import {
  HOST_PROFILES,
  metadataFileFor,
  compareVersions,
  type HostProfileName,
  type FunctionMetadata,
} from "./fake/hostProfiles";
import { OfficeError, jsonBytes, type BatchRecord } from "./fake/limits";
import { SheetData, type TableData } from "./fake/sheetData";
import { FakeRequestContext } from "./fake/workbook";
export { columnIndex, parseAddress, colName } from "./fake/addresses";
export { cellValueProblem } from "./fake/cellValues";
export type { Cell } from "./fake/cellValues";
export { HOST_PROFILES, metadataFileFor, compareVersions } from "./fake/hostProfiles";
export type { HostProfileName, FunctionMetadata } from "./fake/hostProfiles";
export { MAX_ROWS, MAX_COLS, WEB_PAYLOAD_LIMIT, READ_CELL_LIMIT } from "./fake/limits";
export type { BatchRecord } from "./fake/limits";
export { SheetData } from "./fake/sheetData";
export type { ChartData, ConditionalFormatData, TableData } from "./fake/sheetData";

export interface FakeExcelOptions {
  /** Office.context.displayLanguage of the session; Dutch analysts first. */
  displayLanguage?: string;
  profile?: HostProfileName;
  metadata?: FunctionMetadata;
}
export class FakeExcel {
  /** Set once per test process (setup-globals.ts from dist/, the browser entry from its imports). */
  static defaultMetadata: FunctionMetadata | null = null;

  readonly sheets: SheetData[] = [];
  readonly tables: TableData[] = [];
  /** The workbook's defined names (Formulas > Name Manager). */
  readonly definedNames: string[] = [];
  /** A defined name's reference ("=Blad1!$A$1:$B$2"), for names a test gives one. */
  readonly nameRefs = new Map<string, string>();
  readonly batches: BatchRecord[] = [];
  displayLanguage: string;
  profile: HostProfileName;
  metadata: FunctionMetadata | null;
  private pendingOps = 0;
  private pendingBytes = 0;
  private pendingResponse: Array<() => number> = [];
  private deferred: Error[] = [];
  private loads: Array<() => void> = [];
  private failAt: { sync: number; error: Error } | null = null;
  private calcSuspendedInBatch = false;
  calculationSuspensions = 0;
  /** True after a suspended-calculation batch wrote cells, until application.calculate(). */
  needsRecalc = false;
  activeSheet: string | null = null;
  /** The user's selection: sheet name and address, possibly several areas ("A1:B2,D:D"). */
  selection: { sheet: string; address: string } | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.displayLanguage = options.displayLanguage ?? "nl-NL";
    this.profile = options.profile ?? "web";
    this.metadata = options.metadata ?? FakeExcel.defaultMetadata;
  }

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

  isSetSupported(name: string, version: string): boolean {
    const have = (HOST_PROFILES[this.profile].sets as Record<string, string>)[name];
    return have !== undefined && compareVersions(have, version) >= 0;
  }

  /** An API of ExcelApi `version`: on an older host the batch fails at sync with ApiNotFound. */
  need(version: string, api: string): void {
    if (!this.isSetSupported("ExcelApi", version))
      this.defer(
        new OfficeError(
          "ApiNotFound",
          `fake: ${api} needs ExcelApi ${version}; ${HOST_PROFILES[this.profile].label} has ${HOST_PROFILES[this.profile].sets.ExcelApi}`
        )
      );
  }

  record(bytes: number): void {
    this.pendingOps++;
    this.pendingBytes += bytes;
  }
  recordJson(v: unknown): void {
    this.record(jsonBytes(v));
  }
  defer(e: Error): void {
    this.deferred.push(e);
  }
  onSync(fn: () => void, responseBytes?: () => number): void {
    this.loads.push(fn);
    if (responseBytes) this.pendingResponse.push(responseBytes);
  }
  suspendCalculation(): void {
    this.calcSuspendedInBatch = true;
  }

  async sync(): Promise<void> {
    const limit = HOST_PROFILES[this.profile].payloadLimit;
    const bytes = this.pendingBytes;
    const response = this.pendingResponse.reduce((n, f) => n + f(), 0);
    this.batches.push({ ops: this.pendingOps, bytes, responseBytes: response });
    const wrote = this.pendingBytes > 0;
    this.pendingOps = 0;
    this.pendingBytes = 0;
    this.pendingResponse = [];
    const loads = this.loads;
    this.loads = [];
    const errors = this.deferred;
    this.deferred = [];
    if (this.calcSuspendedInBatch && wrote) this.needsRecalc = true;
    this.calcSuspendedInBatch = false;
    if (this.failAt && this.failAt.sync === this.batches.length) {
      const e = this.failAt.error;
      this.failAt = null;
      throw e;
    }
    if (errors.length) throw errors[0];
    if (limit !== null && bytes > limit)
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        `fake: request of ${bytes} bytes over Excel on the web's 5 MB`
      );
    if (limit !== null && response > limit)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `fake: response of ${response} bytes over Excel on the web's 5 MB`
      );
    for (const l of loads) l();
  }

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a sheet as a user would (no ownership mark), optionally with values from A1. */
  addUserSheet(name: string, values: any[][] = []): SheetData {
    const s = new SheetData(name, this);
    values.forEach((row, r) => row.forEach((v, c) => s.set(r, c, v)));
    this.sheets.push(s);
    return s;
  }

  /** "Move or copy > Create a copy": cells and formulas, but not custom properties (#5486). */
  copySheet(name: string, copyName: string): SheetData {
    const from = this.sheet(name);
    if (!from) throw new Error(`fake: no sheet ${name}`);
    const copy = new SheetData(copyName, this);
    for (const [k, c] of from.cells) copy.cells.set(k, { ...c });
    for (const [k, b] of from.spills) copy.spills.set(k, { ...b });
    this.sheets.push(copy);
    return copy;
  }

  /**
   * Save, close and open again, possibly on another computer: every sheet gets a new id,
   * custom properties, cells, tables and names stay; the selection is gone.
   */
  saveAndReopen(options: Omit<FakeExcelOptions, "metadata"> = {}): void {
    for (const s of this.sheets) s.newSessionId();
    this.selection = null;
    if (options.displayLanguage) this.displayLanguage = options.displayLanguage;
    if (options.profile) this.profile = options.profile;
  }

  context(): Excel.RequestContext {
    return new FakeRequestContext(this) as unknown as Excel.RequestContext;
  }

  // --- custom functions by display language -------------------------------------------------

  private sessionNames(): { byName: Map<string, string>; byId: Map<string, string> } {
    const m = this.metadata;
    if (!m)
      throw new Error("fake: no function metadata (run `npm run build`; see functionMetadata.ts)");
    const file = metadataFileFor(m, this.displayLanguage);
    const fns = m.files[file];
    if (!fns) throw new Error(`fake: metadata file ${file} missing`);
    return {
      byName: new Map(fns.map((f) => [f.name.toUpperCase(), f.id])),
      byId: new Map(fns.map((f) => [f.id, f.name])),
    };
  }

  private calls(formula: string, rename: (name: string) => string): string {
    const ns = this.metadata?.namespace ?? "WONINGBOUW";
    const call = new RegExp(`\\b${ns}\\.([\\p{L}\\p{N}_.]+)(\\s*\\()`, "giu");
    return formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 ? part : part.replace(call, (_m, n: string, p: string) => `${ns}.${rename(n)}${p}`)
      )
      .join("");
  }

  /** A formula as this session writes it → id form, and whether every custom name was known. */
  toStored(formula: string): { stored: string; unknown: boolean } {
    if (!/WONINGBOUW\./i.test(formula)) return { stored: formula, unknown: false };
    const { byName } = this.sessionNames();
    let unknown = false;
    const stored = this.calls(formula, (name) => {
      const id = byName.get(name.toUpperCase());
      if (!id) unknown = true;
      return id ?? name;
    });
    return { stored, unknown };
  }

  /** A stored formula as this session shows it: ids by the session's names. */
  toShown(formula: string): string {
    if (!/WONINGBOUW\./i.test(formula)) return formula;
    const { byId } = this.sessionNames();
    return this.calls(formula, (name) => byId.get(name) ?? name);
  }

  /** Does this stored formula call a name no metadata file of this session knows? */
  unresolved(formula: string): boolean {
    if (!/WONINGBOUW\./i.test(formula)) return false;
    const { byId } = this.sessionNames();
    let bad = false;
    this.calls(formula, (name) => {
      if (!byId.has(name)) bad = true;
      return name;
    });
    return bad;
  }
}
