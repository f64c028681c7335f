/**
 * An independent spreadsheet engine for the sheets the add-in writes: HyperFormula
 * (Handsontable; a devDependency, used only in tests). Its licence is GPL-3.0-only or
 * commercial: it runs with the licence key "gpl-v3", which HyperFormula's documentation names
 * for use under the GPLv3; it is never bundled into the add-in (MIT), only run by jest.
 *
 * The WONINGBOUW functions are registered from the built bundle (dist/functions.js, loaded in
 * a vm context with the CustomFunctions shim), called as Excel calls them: a matrix parameter
 * gets a 2-D array (a single cell as [[v]]), an omitted one null, an error in an input cell
 * the error object (the metadata's allowErrorForDataTypeAny; the shim's callAsExcel). Blank
 * cells reach the functions as null here and as "" in test/support/formulaEval.ts: the
 * functions take both for a blank, and the cross-check shows they do.
 *
 * HyperFormula does not parse structured references (`WB_Modelparameters[Waarde]`); each is
 * mapped to a named expression for the table column's data range (`WB_Modelparameters__Waarde`),
 * which survives row deletions, and is mapped back for the project's evaluator.
 *
 * The engine runs with array arithmetic on (useArrayArithmetic), as Excel with dynamic arrays
 * does: IF and INDEX take and return arrays, and an array result spills.
 */
import fs from "fs";
import path from "path";
import {
  ArraySize,
  CellError,
  CellType,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type RawCellContent,
} from "hyperformula";
import type { Ast, ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { FakeExcel, SheetData, colName as col, parseAddress } from "./excelFake";
import { DIST, loadBundle } from "./functionsUnderTest";
import { ShimError, callAsExcel, type CallMetadata } from "./customFunctionsShim";

const PREFIX = "WONINGBOUW.";

interface Metadata extends CallMetadata {
  readonly functions: ReadonlyArray<{
    readonly id: string;
    readonly parameters?: ReadonlyArray<{
      readonly type?: string;
      readonly dimensionality?: string;
    }>;
    readonly result?: { readonly dimensionality?: string };
  }>;
}

const TO_HF: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#NULL!": ErrorType.ERROR,
};

const FROM_HF: Partial<Record<ErrorType, string>> = Object.fromEntries(
  Object.entries(TO_HF).map(([code, type]) => [type, code])
);

/**
 * The size of an array result, which HyperFormula needs before it evaluates: SHORTAGE_PATH
 * spills 4 columns, a header row (unless its `header` argument is FALSE or 0) and the years
 * 2020 … 2035.
 */
const RESULT_SIZE: Record<string, (args: readonly Ast[]) => [number, number]> = {
  SHORTAGE_PATH: (args) => {
    const h = args[5];
    const off =
      h !== undefined &&
      // AstNodeType's values (hyperformula/typings/parser/Ast.d.ts); the enum is not exported
      ((h.type === ("FUNCTION_CALL" as Ast["type"]) &&
        (h as ProcedureAst).procedureName === "FALSE") ||
        (h.type === ("NUMBER" as Ast["type"]) && (h as { value?: unknown }).value === 0));
    return [4, off ? 16 : 17];
  },
};

let registered: { metadata: Metadata } | null = null;

/** Registers the bundle's functions with HyperFormula once per test file. */
function register(): Metadata {
  if (registered) return registered.metadata;
  const metadata = JSON.parse(
    fs.readFileSync(path.join(DIST, "functions.json"), "utf8")
  ) as Metadata;
  const { shim, context } = loadBundle();
  (context as { Office?: unknown }).Office = { context: { displayLanguage: "nl-NL" } };

  const fromHf = (v: unknown): unknown => {
    if (v instanceof CellError)
      return new ShimError(FROM_HF[v.type] ?? "#VALUE!", v.message || undefined);
    if (typeof v === "symbol") return null; // HyperFormula's EmptyValue
    if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
    return v;
  };
  const toHf = (v: unknown): unknown => {
    if (v instanceof ShimError) return new CellError(TO_HF[v.code] ?? ErrorType.ERROR, v.message);
    return v;
  };

  class WoningbouwPlugin extends FunctionPlugin {}
  const implemented: Record<string, object> = {};
  for (const f of metadata.functions) {
    const id = f.id;
    const fn = shim.registered.get(id);
    if (!fn) throw new Error(`independentEngine: ${id} not registered by the bundle`);
    const params = f.parameters ?? [];
    const method = `call_${id}`;
    const size = `size_${id}`;
    implemented[`${PREFIX}${id}`] = {
      method,
      ...(RESULT_SIZE[id] ? { sizeOfResultArrayMethod: size } : {}),
      parameters: params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      vectorizationForbidden: true,
    };
    const proto = WoningbouwPlugin.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: FunctionPlugin, ast: ProcedureAst, state: InterpreterState) {
      const self = this as unknown as {
        runFunction: (...a: unknown[]) => unknown;
        metadata: (n: string) => unknown;
      };
      return self.runFunction(
        ast.args,
        state,
        self.metadata(`${PREFIX}${id}`),
        (...args: unknown[]) => {
          const passed = params.map((p, i) => {
            const a = args[i];
            if (a === undefined) return null;
            if (a instanceof SimpleRangeValue) {
              const m = a.rawData().map((row) => row.map(fromHf));
              return p.dimensionality === "matrix" ? m : m[0][0];
            }
            const v = fromHf(a);
            return p.dimensionality === "matrix" ? [[v]] : v;
          });
          let result: unknown;
          try {
            result = callAsExcel(metadata, id, fn, passed);
          } catch (e) {
            if (e instanceof ShimError) return toHf(e);
            throw e;
          }
          if (result instanceof ShimError) return toHf(result);
          if (Array.isArray(result)) {
            const m = result as unknown[][];
            if (!RESULT_SIZE[id]) {
              if (m.length !== 1 || m[0].length !== 1)
                throw new Error(`independentEngine: ${id} spilled in a one-cell formula`);
              return toHf(m[0][0]);
            }
            const [w, h] = RESULT_SIZE[id](ast.args);
            if (m.length !== h || m[0].length !== w)
              throw new Error(`independentEngine: ${id} returned ${m.length}×${m[0].length}`);
            return SimpleRangeValue.onlyValues(m.map((row) => row.map(toHf)) as never);
          }
          return toHf(result);
        }
      );
    };
    if (RESULT_SIZE[id]) {
      const sizeOf = RESULT_SIZE[id];
      proto[size] = (ast: ProcedureAst) => new ArraySize(...sizeOf(ast.args));
    }
  }
  (WoningbouwPlugin as unknown as { implementedFunctions: object }).implementedFunctions =
    implemented;
  const names = Object.fromEntries(Object.keys(implemented).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(WoningbouwPlugin as never, { enGB: names } as never);
  registered = { metadata };
  return metadata;
}

/** A structured reference `Table[Column]` as a named expression's name, and back. */
const namedFor = (table: string, column: string) =>
  `${table}__${column.replace(/[^A-Za-z0-9]/g, "_")}`;
const STRUCTURED = /([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]/g;
const namesTable = (formula: string) => /[A-Za-z_][A-Za-z0-9_]*\[[^\]]+\]/.test(formula);

export type Shown =
  | { kind: "blank" }
  | { kind: "number"; v: number }
  | { kind: "text"; v: string }
  | { kind: "bool"; v: boolean }
  | { kind: "error"; code: string };

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The workbook of a FakeExcel in HyperFormula: every sheet's values and formulas. */
export class IndependentEngine {
  readonly hf: HyperFormula;
  private readonly back = new Map<string, string>();

  constructor(xl: FakeExcel, main: SheetData) {
    register();
    // the sheet itself and the sheets of the tables it reads
    const used = (sheet: SheetData) =>
      sheet === main ||
      xl.tables.some(
        (t) =>
          t.sheet === sheet &&
          [...main.cells.values()].some((c) => c.formula?.includes(`${t.name}[`))
      );
    // of a table's sheet only the columns the sheet names (HyperFormula's build time grows
    // with the cells it is given; the others are never read)
    const named = new Set<string>();
    for (const c of main.cells.values())
      for (const m of c.formula?.matchAll(STRUCTURED) ?? []) named.add(`${m[1]}[${m[2]}]`);
    const columnsOf = (sheet: SheetData): Set<number> | null => {
      if (sheet === main) return null;
      const cols = new Set<number>();
      for (const t of xl.tables.filter((t) => t.sheet === sheet)) {
        const box = parseAddress(t.address);
        for (let c = box.c0; c <= box.c1; c++)
          if (named.has(`${t.name}[${String(sheet.get(box.r0, c).value)}]`)) cols.add(c);
      }
      return cols;
    };
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of xl.sheets.filter(used)) sheets[s.name] = this.contents(s, columnsOf(s));
    this.hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: "gpl-v3",
      useArrayArithmetic: true,
      // Excel's text comparison ignores case; its MATCH(…,0) is exact, without wildcards here
      caseSensitive: false,
    });
    for (const t of xl.tables.filter((t) => sheets[t.sheet.name])) {
      const box = parseAddress(t.address);
      for (let c = box.c0; c <= box.c1; c++) {
        const column = String(t.sheet.get(box.r0, c).value);
        const name = namedFor(t.name, column);
        this.back.set(name, `${t.name}[${column}]`);
        this.hf.addNamedExpression(
          name,
          `=${quote(t.sheet.name)}!$${col(c)}$${box.r0 + 2}:$${col(c)}$${box.r1 + 1}`
        );
      }
    }
    // formulas that name a table are set once the names exist
    for (const s of xl.sheets.filter(used))
      for (const [key, cell] of s.cells)
        if (cell.formula && namesTable(cell.formula)) {
          const [r, c] = key.split(",").map(Number);
          this.hf.setCellContents(
            { sheet: this.id(s.name), row: r, col: c },
            this.toHf(cell.formula)
          );
        }
  }

  private contents(s: SheetData, columns: Set<number> | null): RawCellContent[][] {
    const rows: RawCellContent[][] = [];
    for (const [key, cell] of s.cells) {
      const [r, c] = key.split(",").map(Number);
      if (columns && !columns.has(c)) continue;
      while (rows.length <= r) rows.push([]);
      // a formula naming a table waits for the table's named expressions (constructor)
      const v = cell.formula
        ? namesTable(cell.formula)
          ? null
          : this.toHf(cell.formula)
        : cell.value === ""
          ? null
          : (cell.value as RawCellContent);
      rows[r][c] = v;
    }
    return rows;
  }

  /**
   * A formula as HyperFormula reads it: structured references as named expressions, and the
   * logical constants TRUE and FALSE, which it has only as functions, as TRUE() and FALSE()
   * (outside string literals).
   */
  private toHf(formula: string): string {
    return formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(STRUCTURED, (_m, t: string, c: string) => namedFor(t, c))
              .replace(/\b(TRUE|FALSE)\b(?!\s*\()/gi, "$1()")
      )
      .join("");
  }

  id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`independentEngine: no sheet ${sheet}`);
    return id;
  }

  /** Types a value (or clears the cell with "") as a user would. */
  set(sheet: string, address: string, value: string | number): void {
    const { r0, c0 } = parseAddress(address);
    this.hf.setCellContents(
      { sheet: this.id(sheet), row: r0, col: c0 },
      value === "" ? null : value
    );
  }

  /** Undoes the last `n` changes (typed values, deleted rows). */
  undo(n: number): void {
    for (let i = 0; i < n; i++) this.hf.undo();
  }

  /** Deletes whole rows (1-based, as Excel numbers them); references below move up. */
  deleteRows(sheet: string, first: number, count: number): void {
    this.hf.removeRows(this.id(sheet), [first - 1, count]);
  }

  /** Puts the engine's formulas and values of a sheet back into the fake (after row deletions). */
  copyInto(sheet: SheetData): void {
    const serialized = this.hf.getSheetSerialized(this.id(sheet.name));
    sheet.cells.clear();
    sheet.spills.clear();
    serialized.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (typeof v === "string" && v.startsWith("="))
          sheet.put(r, c, {
            value: 0,
            format: "General",
            formula: v.replace(
              /\b([A-Za-z_][A-Za-z0-9_]*__[A-Za-z0-9_]+)\b/g,
              (n) => this.back.get(n) ?? n
            ),
          });
        else sheet.put(r, c, { value: v, format: "General" });
      })
    );
  }

  /**
   * What a cell shows in Excel, from the engine's value. Two known differences of HyperFormula
   * from Excel are taken out: a formula whose result is an empty cell is empty in HyperFormula
   * and 0 in Excel; an array formula that fails fills its whole area with the error in
   * HyperFormula, where Excel shows the error in the formula's cell only.
   */
  shown(sheet: string, address: string): Shown {
    const { r0, c0 } = parseAddress(address);
    const at = { sheet: this.id(sheet), row: r0, col: c0 };
    const v = this.hf.getCellValue(at);
    const type = this.hf.getCellType(at);
    if (v instanceof DetailedCellError) {
      if (
        type === CellType.ARRAY &&
        v.address !== `${sheet}!${address}` &&
        !v.address?.endsWith(`!${address}`)
      )
        return { kind: "blank" };
      return { kind: "error", code: v.value };
    }
    if (v === null) return type === CellType.FORMULA ? { kind: "number", v: 0 } : { kind: "blank" };
    if (typeof v === "number") return { kind: "number", v };
    if (typeof v === "boolean") return { kind: "bool", v };
    // "" from a formula looks empty in Excel; the evaluator's value() gives "" for both
    return v === "" ? { kind: "blank" } : { kind: "text", v: String(v) };
  }
}

/** What the project's evaluator's value of a cell shows, in the same terms. */
export function shownFromEvaluator(
  v: unknown,
  isError: (v: unknown) => boolean,
  code: (v: unknown) => string
): Shown {
  if (isError(v)) return { kind: "error", code: code(v) };
  if (v === "" || v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", v };
  if (typeof v === "boolean") return { kind: "bool", v };
  if (typeof v === "string") return { kind: "text", v };
  throw new Error(`independentEngine: the evaluator gave ${String(v)}`);
}
