/**
 * Evaluates the formula of a derived figure ("a / b - 1", "round(x / y, -3)", "mean(a, b, c)")
 * over other figures. Values are intervals so that ranges (low/high) propagate: a plain number
 * is the interval [v, v].
 */
export type Interval = readonly [number, number];
export type Resolve = (id: string) => Interval;

type Token = { t: "num"; v: number } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([a-z_][a-z0-9_.-]*[a-z0-9_])|([-+*/(),]))/giy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new Error(`formula: unexpected input at ${pos}: ${src.slice(pos)}`);
    }
    pos = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: "id", v: m[2] });
    else tokens.push({ t: "op", v: m[3] });
  }
  return tokens;
}

const span = (vals: number[]): Interval => [Math.min(...vals), Math.max(...vals)];

function binary(op: string, a: Interval, b: Interval): Interval {
  switch (op) {
    case "+":
      return [a[0] + b[0], a[1] + b[1]];
    case "-":
      return [a[0] - b[1], a[1] - b[0]];
    case "*":
      return span([a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]);
    default:
      if (b[0] <= 0 && b[1] >= 0) throw new Error("formula: division by an interval containing 0");
      return span([a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]);
  }
}

const roundTo = (x: number, digits: number): number => {
  const f = Math.pow(10, -digits);
  return Math.round(x / f) * f;
};

const FUNCTIONS: Record<string, (args: Interval[]) => Interval> = {
  mean: (args) => [
    args.reduce((s, a) => s + a[0], 0) / args.length,
    args.reduce((s, a) => s + a[1], 0) / args.length,
  ],
  sum: (args) => [args.reduce((s, a) => s + a[0], 0), args.reduce((s, a) => s + a[1], 0)],
  round: (args) => {
    const d = args[1] ? args[1][0] : 0;
    return [roundTo(args[0][0], d), roundTo(args[0][1], d)];
  },
};

/** The ids a formula refers to (for checks that every input exists). */
export function formulaInputs(src: string): string[] {
  return tokenize(src)
    .filter((t, i, all) => t.t === "id" && !(all[i + 1]?.t === "op" && all[i + 1]?.v === "("))
    .map((t) => t.v as string);
}

export function evaluateFormula(src: string, resolve: Resolve): Interval {
  const tokens = tokenize(src);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const expectOp = (v: string): void => {
    const t = tokens[i++];
    if (!t || t.t !== "op" || t.v !== v) throw new Error(`formula: expected '${v}' in ${src}`);
  };
  const primary = (): Interval => {
    const t = tokens[i++];
    if (!t) throw new Error(`formula: unexpected end of ${src}`);
    if (t.t === "num") return [t.v, t.v];
    if (t.t === "op" && t.v === "-") {
      const x = primary();
      return [-x[1], -x[0]];
    }
    if (t.t === "op" && t.v === "(") {
      const x = expr();
      expectOp(")");
      return x;
    }
    if (t.t === "id") {
      const next = peek();
      if (next?.t === "op" && next.v === "(") {
        const fn = FUNCTIONS[t.v];
        if (!fn) throw new Error(`formula: unknown function ${t.v}`);
        i++;
        const args: Interval[] = [expr()];
        while (peek()?.t === "op" && peek()?.v === ",") {
          i++;
          args.push(expr());
        }
        expectOp(")");
        return fn(args);
      }
      return resolve(t.v);
    }
    throw new Error(`formula: unexpected '${t.v}' in ${src}`);
  };
  const term = (): Interval => {
    let x = primary();
    for (let t = peek(); t?.t === "op" && (t.v === "*" || t.v === "/"); t = peek()) {
      i++;
      x = binary(t.v, x, primary());
    }
    return x;
  };
  const expr = (): Interval => {
    let x = term();
    for (let t = peek(); t?.t === "op" && (t.v === "+" || t.v === "-"); t = peek()) {
      i++;
      x = binary(t.v, x, term());
    }
    return x;
  };
  const result = expr();
  if (i !== tokens.length) throw new Error(`formula: trailing input in ${src}`);
  return result;
}
