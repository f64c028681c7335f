/**
 * Evaluates the formulas the add-in writes, the way Excel would, with the add-in's own
 * functions: cell and range references, structured table references, INDEX, MATCH, IF, OR,
 * comparison with "", fields of entity values (B2.Waarde), and WONINGBOUW.* calls (ranges passed as 2-D arrays, results spilled).
 * Enough for the scenario sheet's formula plan, and strict: anything else throws.
 */
import { FakeExcel, SheetData, parseAddress } from "./excelFake";

export type Fn = (...args: unknown[]) => unknown;
type Box = { r0: number; c0: number; r1: number; c1: number };
type Token = {
  t: "num" | "str" | "ref" | "field" | "range" | "struct" | "name" | "op";
  v: string;
};

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|"([^"]*)"|([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]|(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_.(])|(\$?[A-Z]{1,3}\$?\d+\.[A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_.(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/(),=<>]))/y;

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
    else if (m[2] !== undefined) out.push({ t: "str", v: m[2] });
    else if (m[3] !== undefined) out.push({ t: "struct", v: `${m[3]}[${m[4]}]` });
    else if (m[5] !== undefined) out.push({ t: "range", v: m[5] });
    else if (m[6] !== undefined) out.push({ t: "ref", v: m[6] });
    else if (m[7] !== undefined) out.push({ t: "field", v: m[7] });
    else if (m[8] !== undefined) out.push({ t: "name", v: m[8] });
    else out.push({ t: "op", v: m[9] });
  }
  return out;
}

export class SheetEvaluator {
  private readonly memo = new Map<string, unknown>();
  private readonly spills: Array<{ box: Box; values: unknown[][] }> = [];

  constructor(
    private readonly xl: FakeExcel,
    private readonly sheet: SheetData,
    private readonly fns: ReadonlyMap<string, Fn>,
    private readonly ErrorClass: new (...args: never[]) => unknown
  ) {}

  /** The value of a cell, e.g. "M5". */
  value(address: string): unknown {
    const { r0, c0 } = parseAddress(address);
    return this.cell(r0, c0);
  }

  private cell(r: number, c: number): unknown {
    const key = `${r},${c}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const cell = this.sheet.get(r, c);
    let v: unknown;
    if (cell.formula) {
      const result = this.evaluate(cell.formula);
      if (Array.isArray(result) && Array.isArray(result[0])) {
        const values = result as unknown[][];
        this.spills.push({
          box: { r0: r, c0: c, r1: r + values.length - 1, c1: c + values[0].length - 1 },
          values,
        });
        v = values[0][0];
      } else v = result;
    } else if (cell.value !== "") {
      v = cell.value;
    } else {
      v = this.spilled(r, c);
    }
    this.memo.set(key, v);
    return v;
  }

  private spilled(r: number, c: number): unknown {
    for (const [key, cell] of this.sheet.cells) {
      if (!cell.formula) continue;
      const [ar, ac] = key.split(",").map(Number);
      if (ar > r || ac > c) continue;
      this.cell(ar, ac);
    }
    const hit = this.spills.find(
      (s) => r >= s.box.r0 && r <= s.box.r1 && c >= s.box.c0 && c <= s.box.c1
    );
    return hit ? hit.values[r - hit.box.r0][c - hit.box.c0] : "";
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
    for (let r = box.r0 + 1; r <= box.r1; r++) out.push([table.sheet.get(r, col).value]);
    return out;
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
    const call = (name: string, list: unknown[]): unknown => {
      const upper = name.toUpperCase();
      if (upper.startsWith("WONINGBOUW.")) {
        const id = upper.slice("WONINGBOUW.".length);
        const fn = this.fns.get(id);
        if (!fn) throw new Error(`formulaEval: no function ${id}`);
        const passed = list.map((a) =>
          a === undefined ? null : id === "FIGURE" || Array.isArray(a) ? a : [[a]]
        );
        try {
          return fn(...passed);
        } catch (e) {
          if (e instanceof this.ErrorClass) return e;
          throw e;
        }
      }
      switch (upper) {
        case "INDEX": {
          const m = list[0] as unknown[][];
          return m[Number(list[1]) - 1][list[2] === undefined ? 0 : Number(list[2]) - 1];
        }
        case "MATCH": {
          const m = (list[1] as unknown[][]).map((r) => r[0]);
          const at = m.findIndex((v) => v === list[0]);
          if (at < 0) throw new Error(`formulaEval: MATCH found no ${String(list[0])}`);
          return at + 1;
        }
        case "IF":
          return list[0] ? list[1] : list[2];
        case "OR":
          return list.some(Boolean);
        default:
          throw new Error(`formulaEval: unsupported function ${name}`);
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
        case "ref":
          return this.cell(
            parseAddress(t.v.replace(/\$/g, "")).r0,
            parseAddress(t.v.replace(/\$/g, "")).c0
          );
        case "field":
          return this.field(t.v);
        case "range":
          return this.range(t.v);
        case "struct":
          return this.structured(t.v);
        case "name":
          return call(t.v, args());
        default:
          if (t.v === "(") {
            const v = comparison();
            expect(")");
            return v;
          }
          throw new Error(`formulaEval: unexpected ${t.v} in ${formula}`);
      }
    };
    // products and quotients of numbers (an error value passes on, as in Excel)
    const product = (): unknown => {
      let left = primary();
      while (peek()?.v === "*" || peek()?.v === "/") {
        const op = tokens[i++].v;
        const right = primary();
        if (typeof left === "string" && left.startsWith("#")) continue;
        if (typeof right === "string" && right.startsWith("#")) left = right;
        else if (typeof left !== "number" || typeof right !== "number") left = "#VALUE!";
        else left = op === "*" ? left * right : right === 0 ? "#DIV/0!" : left / right;
      }
      return left;
    };
    const comparison = (): unknown => {
      const left = product();
      if (peek()?.v === "=") {
        i++;
        return left === product();
      }
      return left;
    };
    const result = comparison();
    if (i !== tokens.length) throw new Error(`formulaEval: trailing input in ${formula}`);
    return result;
  }
}
