/**
 * Evaluates the formulas the add-in writes, the way Excel would, with the add-in's own
 * functions: cell and range references, structured table references, array constants, INDEX,
 * MATCH, IF, AND, OR, NOT, ISERROR, ISNA, ISNUMBER, COUNT, NA, comparisons, & and arithmetic, fields
 * of entity values (B2.Waarde), and WONINGBOUW.* calls (ranges passed as 2-D arrays, results
 * spilled). Enough for the scenario sheet's formula plan, and strict: anything else throws.
 *
 * Blank cells are Excel's: a formula whose result is a blank cell shows 0 (`=I21` of an empty
 * I21), a blank is 0 in arithmetic and "" in text and comparisons, and a WONINGBOUW function
 * gets "" for it. Test/excel/scenario/crossCheck.test.ts holds this evaluator to an independent
 * engine (HyperFormula) cell by cell.
 */
import { FakeExcel, SheetData, parseAddress } from "./excelFake";

export type Fn = (...args: unknown[]) => unknown;
type Box = { r0: number; c0: number; r1: number; c1: number };
type Token = {
  t: "num" | "str" | "ref" | "field" | "range" | "struct" | "name" | "op";
  v: string;
};

/** An empty cell (no value, no formula, not in a spill). */
export const BLANK: unique symbol = Symbol("blank");

const ERROR_CODES = new Set([
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#NAME?",
  "#REF!",
  "#SPILL!",
  "#FIELD!",
]);

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]|(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_.(])|(\$?[A-Z]{1,3}\$?\d+\.[A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_.(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/(),=<>&{};]))/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < src.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new Error(`formulaEval: cannot read ${src.slice(pos)} in ${src}`);
    }
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ t: "num", v: m[1] });
    else if (m[2] !== undefined) out.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ t: "struct", v: `${m[3]}[${m[4]}]` });
    else if (m[5] !== undefined) out.push({ t: "range", v: m[5] });
    else if (m[6] !== undefined) out.push({ t: "ref", v: m[6] });
    else if (m[7] !== undefined) out.push({ t: "field", v: m[7] });
    else if (m[8] !== undefined) out.push({ t: "name", v: m[8] });
    else out.push({ t: "op", v: m[9] });
  }
  return out;
}

const isMatrix = (v: unknown): v is unknown[][] => Array.isArray(v) && Array.isArray(v[0]);

export class SheetEvaluator {
  private readonly memo = new Map<string, unknown>();
  private readonly evaluating = new Set<string>();
  private readonly spills: Array<{ box: Box; values: unknown[][] }> = [];
  private formulaCells: Array<{ key: string; r: number; c: number }> | null = null;

  constructor(
    private readonly xl: FakeExcel,
    private readonly sheet: SheetData,
    private readonly fns: ReadonlyMap<string, Fn>,
    private readonly ErrorClass: new (...args: never[]) => unknown
  ) {}

  /** The value of a cell, e.g. "M5", as Excel shows it ("" for an empty cell). */
  value(address: string): unknown {
    const { r0, c0 } = parseAddress(address);
    const v = this.cell(r0, c0);
    return v === BLANK ? "" : v;
  }

  /** Is `v` an Excel error value (a function's error object or an error code)? */
  isError(v: unknown): boolean {
    return v instanceof this.ErrorClass || (typeof v === "string" && ERROR_CODES.has(v));
  }

  /** The error code of an error value. */
  errorCode(v: unknown): string {
    return typeof v === "string" ? v : (v as { code: string }).code;
  }

  private error(code: string): unknown {
    return new (this.ErrorClass as unknown as new (code: string) => unknown)(code);
  }

  private cell(r: number, c: number): unknown {
    const key = `${r},${c}`;
    if (this.memo.has(key)) return this.memo.get(key);
    if (this.evaluating.has(key)) throw new Error(`formulaEval: circular reference at ${key}`);
    const cell = this.sheet.get(r, c);
    let v: unknown;
    if (cell.formula) {
      this.evaluating.add(key);
      try {
        v = this.spill(r, c, this.evaluate(cell.formula));
      } finally {
        this.evaluating.delete(key);
      }
    } else if (cell.value !== "") {
      v = cell.value;
    } else {
      v = this.spilled(r, c);
    }
    this.memo.set(key, v);
    return v;
  }

  /** A formula's array result spills from its cell; into cells that are not empty it cannot. */
  private spill(r: number, c: number, result: unknown): unknown {
    if (!isMatrix(result)) return result;
    const box = { r0: r, c0: c, r1: r + result.length - 1, c1: c + result[0].length - 1 };
    for (let i = box.r0; i <= box.r1; i++)
      for (let j = box.c0; j <= box.c1; j++) {
        const other = this.sheet.get(i, j);
        if ((i !== r || j !== c) && (other.formula || other.value !== "")) return "#SPILL!";
      }
    this.spills.push({ box, values: result });
    return result[0][0];
  }

  /**
   * The value an empty cell shows: a spilled value, or BLANK. Only formulas above and left of it
   * can spill into it; one still being evaluated (a formula that reads this cell) cannot — in
   * Excel that would be a circular reference, not a spill — so it is never evaluated again.
   */
  private spilled(r: number, c: number): unknown {
    this.formulaCells ??= [...this.sheet.cells]
      .filter(([, cell]) => cell.formula)
      .map(([key]) => {
        const [fr, fc] = key.split(",").map(Number);
        return { key, r: fr, c: fc };
      });
    for (const f of this.formulaCells)
      if (f.r <= r && f.c <= c && !this.evaluating.has(f.key)) this.cell(f.r, f.c);
    const hit = this.spills.find(
      (s) => r >= s.box.r0 && r <= s.box.r1 && c >= s.box.c0 && c <= s.box.c1
    );
    return hit ? hit.values[r - hit.box.r0][c - hit.box.c0] : BLANK;
  }

  private range(a: string): unknown[][] {
    const b = parseAddress(a.replace(/\$/g, ""));
    const out: unknown[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: unknown[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(this.cell(r, c));
      out.push(row);
    }
    return out;
  }

  /**
   * `B2.Waarde`: a field of the entity value in B2, as a number or text (its basicValue).
   * Excel gives #FIELD! for a field the entity does not have and #VALUE! for a cell that holds
   * no entity ("Excel data types: field references", support.microsoft.com).
   */
  private field(ref: string): unknown {
    const [address, name] = ref.replace(/\$/g, "").split(".");
    const { r0, c0 } = parseAddress(address);
    const entity = this.sheet.get(r0, c0).entity;
    if (!entity) return "#VALUE!";
    const p = entity.properties?.[name] as { basicValue?: unknown } | undefined;
    return p && "basicValue" in p ? p.basicValue : "#FIELD!";
  }

  private structured(ref: string): unknown[][] {
    const [, name, column] = /^([^[]+)\[([^\]]+)\]$/.exec(ref) as RegExpExecArray;
    const table = this.xl.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`formulaEval: no table ${name}`);
    const box = parseAddress(table.address);
    let col = -1;
    for (let c = box.c0; c <= box.c1; c++) if (table.sheet.get(box.r0, c).value === column) col = c;
    if (col < 0) throw new Error(`formulaEval: no column ${column} in ${name}`);
    const out: unknown[][] = [];
    for (let r = box.r0 + 1; r <= box.r1; r++) {
      const v = table.sheet.get(r, col).value;
      out.push([v === "" ? BLANK : v]);
    }
    return out;
  }

  /** A value as a number for arithmetic: blank is 0, TRUE 1; text is #VALUE!. */
  private num(v: unknown): number | unknown {
    if (this.isError(v)) return v;
    if (v === BLANK) return 0;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return v;
    return "#VALUE!";
  }

  /** A value as a condition (IF, AND, NOT): blank is FALSE, a number is ≠ 0; text is #VALUE!. */
  private truth(v: unknown): boolean | unknown {
    if (this.isError(v)) return v;
    if (v === BLANK) return false;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    return "#VALUE!";
  }

  private text(v: unknown): string {
    if (v === BLANK) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  }

  /** Excel's comparison: blank equals 0 and ""; text case-insensitively; text ranks above numbers. */
  private compare(op: string, a: unknown, b: unknown): unknown {
    if (this.isError(a)) return a;
    if (this.isError(b)) return b;
    const norm = (x: unknown, other: unknown) =>
      x === BLANK ? (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0) : x;
    const x = norm(a, b);
    const y = norm(b, a);
    const rank = (v: unknown) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
    let d: number;
    if (rank(x) !== rank(y)) d = rank(x) - rank(y);
    else if (typeof x === "string") d = x.toLowerCase().localeCompare(String(y).toLowerCase());
    else d = Number(x) - Number(y);
    switch (op) {
      case "=":
        return d === 0;
      case "<>":
        return d !== 0;
      case "<":
        return d < 0;
      case ">":
        return d > 0;
      case "<=":
        return d <= 0;
      default:
        return d >= 0;
    }
  }

  /** What a WONINGBOUW function gets for a value: blank is "", an error code an error object. */
  private passed(v: unknown): unknown {
    if (isMatrix(v)) return v.map((row) => row.map((x) => this.passed(x)));
    if (v === BLANK) return "";
    if (typeof v === "string" && ERROR_CODES.has(v)) return this.error(v);
    return v;
  }

  /** INDEX(array, row, column), with arrays of rows and columns as Excel 365 lifts them. */
  private index(m: unknown, rows: unknown, cols: unknown): unknown {
    if (this.isError(m)) return m;
    const matrix = isMatrix(m) ? m : [[m]];
    const list = (v: unknown) => (isMatrix(v) ? v : [[v === undefined ? 0 : v]]);
    const rs = list(rows);
    const cs = list(cols);
    const pick = (r: unknown, c: unknown): unknown => {
      const ri = Number(r);
      const ci = Number(c);
      if (ri === 0 && matrix.length > 1) throw new Error("formulaEval: INDEX with row 0");
      const row = matrix[(ri || 1) - 1];
      const v = row?.[(ci || 1) - 1];
      return v === undefined ? "#REF!" : v;
    };
    if (rs.length * rs[0].length === 1 && cs.length * cs[0].length === 1)
      return pick(rs[0][0], cs[0][0]);
    // a column of rows and a row of columns give a rows × columns block
    return rs.map((r) => cs[0].map((c) => pick(r[0], c)));
  }

  evaluate(formula: string): unknown {
    const tokens = tokenize(formula.replace(/^=/, ""));
    let i = 0;
    const peek = () => tokens[i];
    const expect = (v: string) => {
      const t = tokens[i++];
      if (!t || t.v !== v) throw new Error(`formulaEval: expected ${v} in ${formula}`);
    };
    const args = (): unknown[] => {
      expect("(");
      const list: unknown[] = [];
      if (peek()?.v === ")") {
        i++;
        return list;
      }
      for (;;) {
        if (peek()?.v === "," || peek()?.v === ")") list.push(undefined);
        else list.push(comparison());
        const t = tokens[i++];
        if (t?.v === ")") return list;
        if (t?.v !== ",") throw new Error(`formulaEval: bad argument list in ${formula}`);
      }
    };
    const flat = (list: unknown[]) => list.flatMap((a) => (isMatrix(a) ? a.flat() : [a]));
    const call = (name: string, list: unknown[]): unknown => {
      const upper = name.toUpperCase();
      if (upper.startsWith("WONINGBOUW.")) {
        const id = upper.slice("WONINGBOUW.".length);
        const fn = this.fns.get(id);
        if (!fn) throw new Error(`formulaEval: no function ${id}`);
        const passed = list.map((a) =>
          a === undefined
            ? null
            : id === "FIGURE" || isMatrix(a)
              ? this.passed(a)
              : [[this.passed(a)]]
        );
        try {
          return fn(...passed);
        } catch (e) {
          if (e instanceof this.ErrorClass) return e;
          throw e;
        }
      }
      switch (upper) {
        case "INDEX":
          return this.index(list[0], list[1], list[2]);
        case "MATCH": {
          if (this.isError(list[0])) return list[0];
          const m = (list[1] as unknown[][]).map((r) => r[0]);
          const at = m.findIndex((v) => this.compare("=", v, list[0]) === true && v !== BLANK);
          return at < 0 ? this.error("#N/A") : at + 1;
        }
        case "IF": {
          const cond = this.truth(list[0]);
          if (typeof cond !== "boolean") return cond;
          const chosen = cond ? list[1] : list[2];
          return chosen === undefined ? (cond ? 0 : false) : chosen;
        }
        case "AND":
        case "OR": {
          const values = flat(list).filter((v) => v !== BLANK && typeof v !== "string");
          const err = flat(list).find((v) => this.isError(v));
          if (err !== undefined) return err;
          const bools = values.map((v) => this.truth(v) as boolean);
          return upper === "AND" ? bools.every(Boolean) : bools.some(Boolean);
        }
        case "NOT": {
          const t = this.truth(list[0]);
          return typeof t === "boolean" ? !t : t;
        }
        case "ISERROR":
          return this.isError(list[0]);
        case "ISNA":
          return this.isError(list[0]) && this.errorCode(list[0]) === "#N/A";
        case "ISNUMBER":
          return typeof list[0] === "number";
        case "COUNT":
          // numbers in ranges; a number (or a number's text) given directly
          return flat(list).filter((v) => typeof v === "number").length;
        case "NA":
          return this.error("#N/A");
        case "TRUE":
          return true;
        case "FALSE":
          return false;
        default:
          throw new Error(`formulaEval: unsupported function ${name}`);
      }
    };
    const arrayConstant = (): unknown[][] => {
      const rows: unknown[][] = [[]];
      for (;;) {
        const t = tokens[i++];
        if (!t) throw new Error(`formulaEval: unclosed {} in ${formula}`);
        if (t.t === "num") rows[rows.length - 1].push(Number(t.v));
        else if (t.t === "str") rows[rows.length - 1].push(t.v);
        else throw new Error(`formulaEval: unexpected ${t.v} in {} of ${formula}`);
        const sep = tokens[i++];
        if (sep?.v === "}") return rows;
        if (sep?.v === ";") rows.push([]);
        else if (sep?.v !== ",") throw new Error(`formulaEval: bad array constant in ${formula}`);
      }
    };
    const primary = (): unknown => {
      const t = tokens[i++];
      if (!t) throw new Error(`formulaEval: unexpected end of ${formula}`);
      switch (t.t) {
        case "num":
          return Number(t.v);
        case "str":
          return t.v;
        case "ref": {
          const { r0, c0 } = parseAddress(t.v.replace(/\$/g, ""));
          return this.cell(r0, c0);
        }
        case "field":
          return this.field(t.v);
        case "range":
          return this.range(t.v);
        case "struct":
          return this.structured(t.v);
        case "name":
          if (peek()?.v !== "(") {
            if (/^(TRUE|FALSE)$/i.test(t.v)) return t.v.toUpperCase() === "TRUE";
            throw new Error(`formulaEval: unknown name ${t.v} in ${formula}`);
          }
          return call(t.v, args());
        default:
          if (t.v === "(") {
            const v = comparison();
            expect(")");
            return v;
          }
          if (t.v === "{") return arrayConstant();
          if (t.v === "-") {
            const x = this.num(primary());
            return typeof x === "number" ? -x : x;
          }
          throw new Error(`formulaEval: unexpected ${t.v} in ${formula}`);
      }
    };
    // arithmetic on numbers (a blank is 0; an error value passes on, as in Excel)
    const arithmetic = (op: string, a: unknown, b: unknown): unknown => {
      const x = this.num(a);
      const y = this.num(b);
      if (typeof x !== "number") return x;
      if (typeof y !== "number") return y;
      switch (op) {
        case "*":
          return x * y;
        case "/":
          return y === 0 ? "#DIV/0!" : x / y;
        case "+":
          return x + y;
        default:
          return x - y;
      }
    };
    /** One level of left-associative arithmetic: `next` (op `next`)* for the given operators. */
    const level = (next: () => unknown, ops: readonly string[]) => (): unknown => {
      let left = next();
      while (ops.includes(peek()?.v ?? "")) {
        const op = tokens[i++].v;
        left = arithmetic(op, left, next());
      }
      return left;
    };
    const product = level(primary, ["*", "/"]);
    const sum = level(product, ["+", "-"]);
    const concat = (): unknown => {
      let left = sum();
      while (peek()?.v === "&") {
        i++;
        const right = sum();
        if (this.isError(left)) continue;
        left = this.isError(right) ? right : this.text(left) + this.text(right);
      }
      return left;
    };
    const comparison = (): unknown => {
      const left = concat();
      const op = peek()?.v;
      if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
        i++;
        return this.compare(op, left, concat());
      }
      return left;
    };
    const result = comparison();
    if (i !== tokens.length) throw new Error(`formulaEval: trailing input in ${formula}`);
    // a formula whose result is an empty cell shows 0, as in Excel
    return result === BLANK ? 0 : result;
  }
}
