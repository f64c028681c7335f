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
 */

export interface BatchRecord {
  readonly ops: number;
  readonly bytes: number;
  readonly responseBytes: number;
}

class OfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel on the web: request and response payloads (Resource limits, Excel add-ins). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Every host: cells in one range get operation (Resource limits, Excel add-ins). */
export const READ_CELL_LIMIT = 5000000;

/** The hosts the tests run the add-in on, with the requirement sets each one supports. */
export const HOST_PROFILES = {
  /** Excel on the web, current: every set, the 5 MB payload limit. */
  web: {
    label: "Excel on the web",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" },
    payloadLimit: WEB_PAYLOAD_LIMIT,
  },
  /** Microsoft 365 on Windows, current. */
  m365: {
    label: "Microsoft 365 (Windows)",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" },
    payloadLimit: null,
  },
  /** Mac 16.40: ExcelApi 1.12, CustomFunctionsRuntime 1.3. */
  "mac-16.40": {
    label: "Excel for Mac 16.40",
    sets: { ExcelApi: "1.12", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
    payloadLimit: null,
  },
  /**
   * Excel 2021 retail (perpetual): answers isSetSupported("ExcelApi", "1.16") with true but has
   * no data types — writing an entity or formatted number through valuesAsJson fails with
   * GeneralException "There was an internal error while processing the request"
   * (OfficeDev/office-js #4750; #3504, Microsoft: rich data types are not delivered to
   * non-subscription users, and the ExcelApi 1.16 answer was not to be fixed).
   * CustomFunctionsRuntime 1.3: the requirement-set table's Office 2021 column.
   */
  "perpetual-2021": {
    label: "Excel 2021 (retail, perpetual)",
    sets: { ExcelApi: "1.16", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
    payloadLimit: null,
    dataTypes: false,
  },
  /** Windows Version 2002: SharedRuntime 1.1 but ExcelApi 1.11. */
  "win-2002": {
    label: "Excel for Windows, Version 2002",
    sets: { ExcelApi: "1.11", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" },
    payloadLimit: null,
  },
} as const;
export type HostProfileName = keyof typeof HOST_PROFILES;

/**
 * The custom-function metadata Excel would load: which file for which display language (the
 * manifest's Functions.Metadata.Url and its overrides) and the functions' ids and names in
 * each file. Tests load it from dist/ (test/support/functionMetadata.ts).
 */
export interface FunctionMetadata {
  /** the manifest's <DefaultLocale>: DefaultValue is this locale's value */
  readonly defaultLocale: string;
  readonly defaultFile: string;
  /** lower-case culture name → file */
  readonly overrides: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, ReadonlyArray<{ id: string; name: string }>>>;
  readonly namespace: string;
}

/**
 * The metadata file a session loads, by Microsoft's rule ("Localization for Office Add-ins"):
 * DefaultValue is the value "for all locales unless the client computer's locale" matches an
 * override, and is itself the DefaultLocale's value ("You may only specify a single override
 * per language, including for the default locale"), so an override naming the default locale
 * is not honoured here: a manifest with DefaultLocale nl-NL, English DefaultValue and an nl-NL
 * override gives a Dutch session the English file. The match is on the whole tag; language
 * tags compare case-insensitively (BCP 47, which the Override reference names); a language
 * alone ("nl") "isn't supported across all combinations of Office client applications and
 * platforms", so nl-SR falls back to the default, not to nl-NL's file. The setting compared is
 * the one Office.context.displayLanguage reports (the Override reference: "If the Office
 * locale setting is fr-fr"; the localization page's walk-through changes the display language).
 */
export function metadataFileFor(m: FunctionMetadata, displayLanguage: string): string {
  const tag = displayLanguage.toLowerCase();
  if (tag === m.defaultLocale.toLowerCase()) return m.defaultFile;
  return m.overrides[tag] ?? m.defaultFile;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++)
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? "");
}

type Box = { r0: number; c0: number; r1: number; c1: number };

function parseCell(a: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.trim().toUpperCase());
  if (!m) throw new Error(`fake: bad address ${a}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, c - 1];
}
export function columnIndex(letters: string): number {
  return parseCell(`${letters}1`)[1];
}
/** One area: "B2", "B2:C5", "A:C" (whole columns), "3:5" (whole rows), optionally sheet-qualified. */
export function parseAddress(address: string): Box {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const upper = local.toUpperCase().replace(/\$/g, "");
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(upper);
  if (columns)
    return { r0: 0, c0: columnIndex(columns[1]), r1: MAX_ROWS - 1, c1: columnIndex(columns[2]) };
  const rows = /^(\d+):(\d+)$/.exec(upper);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: MAX_COLS - 1 };
  const [a, b] = upper.split(":");
  const [r0, c0] = parseCell(a);
  const [r1, c1] = b ? parseCell(b) : [r0, c0];
  return { r0, c0, r1, c1 };
}
export function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function quoteSheet(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
/** Excel's own form: "A:B" for whole columns, "3:4" for whole rows, else "A1:B2". */
function localAddress(b: Box): string {
  if (b.r0 === 0 && b.r1 === MAX_ROWS - 1) return `${colName(b.c0)}:${colName(b.c1)}`;
  if (b.c0 === 0 && b.c1 === MAX_COLS - 1) return `${b.r0 + 1}:${b.r1 + 1}`;
  // Excel names a one-cell range by that cell alone ("Sheet1!B1", as in the Name Box and
  // Range.address), never "B1:B1".
  if (b.r0 === b.r1 && b.c0 === b.c1) return `${colName(b.c0)}${b.r0 + 1}`;
  return `${colName(b.c0)}${b.r0 + 1}:${colName(b.c1)}${b.r1 + 1}`;
}
function formatAddress(sheet: string, b: Box): string {
  return `${quoteSheet(sheet)}!${localAddress(b)}`;
}
const cellsOf = (b: Box): number => (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);

export interface Cell {
  value: any;
  format: string;
  /** in id form (WONINGBOUW.<id>), as Excel keeps custom functions */
  formula?: string;
  style?: string;
  hyperlink?: string;
  /** an entity value written through valuesAsJson (value is then "#VALUE!") */
  entity?: Excel.EntityCellValue;
}

/** Excel's limit on the characters in one cell ("Excel specifications and limits"). */
const CELL_TEXT_LIMIT = 32767;

/**
 * Why Excel would refuse `v` as a cell value written through valuesAsJson, or null. Rules:
 * - the types and fields of each CellValue are @types/office-js' (String, Double, Boolean,
 *   FormattedNumber, Entity; others are not modelled and fail loudly); `Double.numberFormat`
 *   and `properties` are ExcelApi 1.19, the "TwoColumn" section layout too;
 * - "Each nested property, or data type, must have a type and basicValue setting" ("Use cards
 *   with cell value data types", learn.microsoft.com/office/dev/add-ins/excel/
 *   excel-data-types-entity-card);
 * - an entity's basicValue is read-only ("basicValue is read-only for ArrayCellValue,
 *   EntityCellValue, LinkedEntityCellValue and WebImageCellValue", "Excel JavaScript API data
 *   types core concepts"): the fake refuses a writer that sets it;
 * - a card layout's title and sections name properties of the entity (the fake is stricter
 *   than documented here: a name that is not a property would show nothing, a planner bug);
 * - text is at most 32,767 characters, a number finite.
 */
export function cellValueProblem(
  v: unknown,
  path: string,
  excelApi: (version: string) => boolean,
  nested = false
): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return `${path} is not a cell value object`;
  const o = v as Record<string, unknown>;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(o, k);
  const text = (x: unknown, what: string): string | null =>
    typeof x !== "string"
      ? `${what} must be a string`
      : x.length > CELL_TEXT_LIMIT
        ? `${what} has ${x.length} characters, over Excel's ${CELL_TEXT_LIMIT}`
        : null;
  switch (o.type) {
    case "String":
      return text(o.basicValue, `${path}.basicValue`);
    case "Boolean":
      return typeof o.basicValue === "boolean" ? null : `${path}.basicValue must be a boolean`;
    case "Double":
      if (typeof o.basicValue !== "number" || !Number.isFinite(o.basicValue))
        return `${path}.basicValue must be a finite number`;
      if ((has("numberFormat") || has("properties")) && !excelApi("1.19"))
        return `${path}: a Double's numberFormat and properties need ExcelApi 1.19`;
      return null;
    case "FormattedNumber":
      if (typeof o.basicValue !== "number" || !Number.isFinite(o.basicValue))
        return `${path}.basicValue must be a finite number`;
      return typeof o.numberFormat === "string" && o.numberFormat !== ""
        ? null
        : `${path}.numberFormat is required`;
    case "Entity": {
      if (has("basicValue")) return `${path}.basicValue is read-only for an entity`;
      if (has("text") && typeof o.text !== "string") return `${path}.text must be a string`;
      if (typeof o.text === "string" && o.text.length > CELL_TEXT_LIMIT)
        return `${path}.text is over ${CELL_TEXT_LIMIT} characters`;
      const props = (o.properties ?? {}) as Record<string, unknown>;
      if (typeof props !== "object" || Array.isArray(props))
        return `${path}.properties must be an object`;
      for (const [name, p] of Object.entries(props)) {
        if (name.trim() === "") return `${path} has a property without a name`;
        const q = p as Record<string, unknown> | null;
        if (q && typeof q === "object" && q.type !== "Entity" && !("basicValue" in q))
          return `${path}.properties["${name}"] has no basicValue`;
        const inner = cellValueProblem(p, `${path}.properties["${name}"]`, excelApi, true);
        if (inner) return inner;
      }
      const card = (o.layouts as { card?: Record<string, unknown> } | undefined)?.card;
      if (card) {
        const title = card.title as { property?: unknown } | string | undefined;
        if (typeof title === "object" && title !== null) {
          if (typeof title.property !== "string" || !(title.property in props))
            return `${path}: the card title names no property (${String(title.property)})`;
        }
        const sections = (card.sections ?? []) as Array<Record<string, unknown>>;
        if (!Array.isArray(sections)) return `${path}: card sections must be an array`;
        for (const [i, sec] of sections.entries()) {
          const layout = sec.layout;
          if (layout !== "List" && layout !== "Table" && layout !== "TwoColumn")
            return `${path}: card section ${i} has layout ${String(layout)}`;
          if (layout === "TwoColumn" && !excelApi("1.19"))
            return `${path}: a TwoColumn section needs ExcelApi 1.19`;
          if (!Array.isArray(sec.properties))
            return `${path}: card section ${i} has no properties list`;
          for (const name of sec.properties as unknown[])
            if (typeof name !== "string" || !(name in props))
              return `${path}: card section ${i} names ${String(name)}, not a property`;
        }
      }
      return null;
    }
    default:
      if (nested && o.type === undefined) return `${path} has no type`;
      throw new Error(`fake: cell value type ${String(o.type)} at ${path} is not modelled`);
  }
}

/** A cell's content as valuesAsJson reads it. */
function cellValueOf(cell: Cell): Excel.CellValue {
  if (cell.entity) return { ...cell.entity, basicType: "Error", basicValue: "#VALUE!" };
  const v = cell.value;
  if (v === "" || v === null || v === undefined)
    return { type: "Empty", basicType: "Empty", basicValue: "" };
  if (typeof v === "number") return { type: "Double", basicType: "Double", basicValue: v };
  if (typeof v === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: v };
  return { type: "String", basicType: "String", basicValue: String(v) };
}

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
  protected markLoad(snapshot?: () => void, responseBytes?: () => number): void {
    this.requested = true;
    this.xl.record(0);
    this.xl.onSync(() => {
      snapshot?.();
      this.ready = true;
    }, responseBytes);
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

class FakeApplication implements Pick<
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

class FakeWorkbook implements Pick<
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

class FakeRangeAreas
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

class FakeNamedItemCollection
  extends Proxy
  implements Pick<Excel.NamedItemCollection, "items" | "load">
{
  private snapshot: string[] = [];
  load(): Excel.NamedItemCollection {
    this.markLoad(() => {
      this.snapshot = [...this.xl.definedNames];
    });
    return this as unknown as Excel.NamedItemCollection;
  }
  get items(): Excel.NamedItem[] {
    this.loaded("names.items");
    return this.snapshot.map((name) => ({ name }) as Excel.NamedItem);
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

class FakeCustomPropertyCollection implements Pick<
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

class FakeCustomProperty
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

class FakeRangeFormat {
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

/** Excel keeps 15 significant digits of a number. */
/**
 * Text Excel takes for a formula when it arrives as a cell's value. The Range.values reference
 * (@types/office-js, Excel.Range.values): "If the returned value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula." Plus "@", the
 * Lotus 1-2-3 form Excel for Windows accepts for a typed function (@SUM(A1) is =SUM(A1)).
 * A cell in the text number format "@" keeps such text as text: the Text format "treats the
 * contents of a cell as text and displays the content exactly as you type, even if you type a
 * number" (Microsoft's list of Excel's number formats), and a formula typed into a cell
 * formatted as text stays text (ExcelTips, "Formulas Don't Calculate as Formulas": "This
 * problem happens most often when the cell ... was previously formatted as text"). The fake
 * refuses such a write into a cell of any other format, so a writer that forgets the text
 * format fails its test instead of planting a formula.
 */
const FORMULA_LEAD = /^[=+\-@]/;
const TEXT_FORMAT = "@";

function refuseFormulaText(value: unknown, cell: { format: string }, via: string): void {
  if (typeof value === "string" && FORMULA_LEAD.test(value) && cell.format !== TEXT_FORMAT)
    throw new OfficeError(
      "InvalidArgument",
      `fake: ${JSON.stringify(value)} written through ${via} into a cell formatted ${JSON.stringify(cell.format)}: Excel would read it as a formula (give the cell the text format "@" first)`
    );
}

function excelNumber(v: unknown): unknown {
  return typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}

/** Outside string literals, an invariant formula has no `;` (that is formulasLocal's separator). */
function invariantSyntax(formula: string): boolean {
  return !formula.split(/"(?:[^"]|"")*"/).some((part) => part.includes(";"));
}

class FakeRange
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

/** Table names and defined names share one namespace; Excel compares them case-insensitively. */
function nameTaken(xl: FakeExcel, name: string, except?: TableData): boolean {
  const n = name.toLowerCase();
  return (
    xl.tables.some((o) => o !== except && o.name.toLowerCase() === n) ||
    xl.definedNames.some((d) => d.toLowerCase() === n)
  );
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
        xl.record(utf8Bytes(n));
        s.name = n;
      },
      setValues(r: Excel.Range) {
        xl.need("1.7", "ChartSeries.setValues");
        xl.record(16);
        s.values = (r as unknown as { describe(): string }).describe();
      },
      setXAxisValues(r: Excel.Range) {
        xl.need("1.7", "ChartSeries.setXAxisValues");
        xl.record(16);
        s.categories = (r as unknown as { describe(): string }).describe();
      },
      set axisGroup(g: string) {
        xl.need("1.8", "ChartSeries.axisGroup");
        xl.record(8);
        s.axisGroup = g;
      },
      set markerStyle(m: string) {
        // [Api set: ExcelApi 1.7] and the values of Excel.ChartMarkerStyle (@types/office-js)
        xl.need("1.7", "ChartSeries.markerStyle");
        const known = ["Automatic", "None", "Square", "Diamond", "Triangle", "X", "Star", "Dot"];
        if (![...known, "Dash", "Circle", "Plus", "Picture"].includes(m))
          throw FakeExcel.officeError("InvalidArgument", `markerStyle ${m}`);
        xl.record(8);
        s.markerStyle = m;
      },
      format: {
        line: {
          set lineStyle(l: string) {
            // ChartSeries.format and ChartSeriesFormat.line [Api set: ExcelApi 1.1];
            // ChartLineFormat.lineStyle [Api set: ExcelApi 1.7] and Excel.ChartLineStyle's
            // values (@types/office-js)
            xl.need("1.7", "ChartLineFormat.lineStyle");
            const styles = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"];
            if (![...styles, "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"].includes(l))
              throw FakeExcel.officeError("InvalidArgument", `lineStyle ${l}`);
            xl.record(8);
            s.lineStyle = l;
          },
        },
      },
    });
    const api = {
      title: {
        set text(t: string) {
          xl.record(utf8Bytes(t));
          chart.title = t;
        },
      },
      set displayBlanksAs(d: string) {
        // [Api set: ExcelApi 1.8]; Excel.ChartDisplayBlanksAs (@types/office-js)
        xl.need("1.8", "Chart.displayBlanksAs");
        if (!["NotPlotted", "Zero", "Interplotted"].includes(d))
          throw FakeExcel.officeError("InvalidArgument", `displayBlanksAs ${d}`);
        xl.record(8);
        chart.displayBlanksAs = d;
      },
      series: {
        getItemAt: (i: number) => seriesProxy(chart.series[i]),
        add: (name?: string) => {
          xl.need("1.7", "ChartSeriesCollection.add");
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
