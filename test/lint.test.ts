/**
 * The lint really covers .tsx files. ESLint's CLI
 * (in a child process: its flat config is an ES module) resolves the config for our .tsx
 * files and lints a .tsx snippet with an Office.js mistake.
 */
import fs from "fs";
import path from "path";
import { execFileSync, spawnSync } from "child_process";

const ROOT = path.resolve(__dirname, "..");
const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

/** ESLint's JSON result for `code` linted as if it were the file `filename`. */
function lintAs(filename: string, code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [ESLINT, "--stdin", "--stdin-filename", filename, "-f", "json"],
    { cwd: ROOT, input: code, encoding: "utf8" }
  );
  const [result] = JSON.parse(run.stdout) as Array<{
    messages: Array<{ ruleId: string | null }>;
  }>;
  return result.messages.map((m) => m.ruleId ?? "");
}

describe("lint configuration", () => {
  it("applies the TypeScript parser and the Office add-in rules to .tsx files", () => {
    const out = execFileSync(process.execPath, [ESLINT, "--print-config", "src/taskpane/App.tsx"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const config = JSON.parse(out) as {
      languageOptions: { parser?: string };
      rules: Record<string, unknown>;
    };
    expect(config.languageOptions.parser ?? "").toMatch(/typescript-eslint/);
    expect(config.rules["office-addins/no-context-sync-in-loop"]).toBeDefined();
    expect(config.rules["@typescript-eslint/no-unused-vars"]).toBeDefined();
  });

  it("reports context.sync() in a loop inside a .tsx component", () => {
    const code = [
      "export async function addAll(context: Excel.RequestContext, names: string[]) {",
      "  for (const n of names) {",
      "    context.workbook.worksheets.add(n);",
      "    await context.sync();",
      "  }",
      "}",
      "export const Count = (props: { names: string[] }) => <div>{props.names.length}</div>;",
      "",
    ].join("\n");
    expect(lintAs("src/taskpane/Bad.tsx", code)).toContain("office-addins/no-context-sync-in-loop");
  });

  it("keeps the dispatch on a source's kind in the provenance module", () => {
    const code = [
      'import type { Figure } from "../data/schema";',
      "export function where(f: Figure): string {",
      "  switch (f.source.kind) {",
      '    case "letter":',
      "      return f.source.section;",
      "    default:",
      '      return "";',
      "  }",
      "}",
      'export const isLetter = (f: Figure): boolean => f.source.kind === "letter";',
      "",
    ].join("\n");
    const rules = lintAs("src/excel/where.ts", code);
    expect(rules.filter((r) => r === "no-restricted-syntax")).toHaveLength(2);
    expect(lintAs("src/data/provenance.ts", code)).not.toContain("no-restricted-syntax");
  });

  it('keeps languages in src/locale (no lang === "nl", no words typed in pairs elsewhere)', () => {
    const code = [
      'import { inLanguage, type Lang } from "../locale/lang";',
      'export const a = (lang: Lang) => (lang === "nl" ? "ja" : "yes");',
      'export const b = (lang: Lang) => ("en" !== lang ? "nee" : "no");',
      "export function c(lang: Lang): string {",
      "  switch (lang) {",
      '    case "nl":',
      '      return "hallo";',
      "    default:",
      '      return "hello";',
      "  }",
      "}",
      // words typed in both languages outside a vocabulary
      'export const d = (lang: Lang) => inLanguage(lang, { nl: "ja", en: `yes ${1}` });',
      'export const e = (x: string) => x === "nlx" || x.length === 2;',
      // a pair built from data (a term and its English from the dataset) is no vocabulary
      "export const f = (lang: Lang, t: string, en: Record<string, string>) =>",
      "  inLanguage(lang, { nl: t, en: en[t] ?? t });",
      'export const g = { nl: "alleen Nederlands" };',
      "",
    ].join("\n");
    for (const file of ["src/taskpane/Words.tsx", "src/data/words.ts", "src/functions/words.ts"])
      expect([file, lintAs(file, code).filter((r) => r === "no-restricted-syntax")]).toEqual([
        file,
        [
          "no-restricted-syntax",
          "no-restricted-syntax",
          "no-restricted-syntax",
          "no-restricted-syntax",
        ],
      ]);
    expect(lintAs("src/locale/words.ts", code)).not.toContain("no-restricted-syntax");
    // the provenance module keeps the language rule; the locale keeps the provenance rule
    expect(lintAs("src/data/provenance.ts", code)).toContain("no-restricted-syntax");
    const kind =
      'export const k = (s: { source: { kind: string } }) => s.source.kind === "letter";\n';
    expect(lintAs("src/locale/kinds.ts", kind)).toContain("no-restricted-syntax");
  });

  it("refuses a function in src/ over 100 lines, counting neither blank lines nor comments", () => {
    /** a function of `lines` lines in all, `padding` blank and comment lines more */
    const fn = (lines: number, padding = 0) =>
      [
        "export function long(): number {",
        "  let n = 0;",
        ...Array.from({ length: padding }, (_, i) => (i % 2 ? "" : "  // a comment")),
        ...Array.from({ length: lines - 4 }, () => "  n += 1;"),
        "  return n;",
        "}",
        "",
      ].join("\n");
    const rule = "max-lines-per-function";
    expect(lintAs("src/excel/long.ts", fn(101))).toContain(rule);
    expect(lintAs("src/taskpane/Long.tsx", fn(101))).toContain(rule);
    expect(lintAs("src/excel/long.ts", fn(100))).not.toContain(rule);
    expect(lintAs("src/excel/long.ts", fn(100, 20))).not.toContain(rule);
    // tests and scripts may hold long tables of cases
    expect(lintAs("test/excel/long.test.ts", fn(101))).not.toContain(rule);
  });

  it("refuses a test that imports the bench (tests and bench share test/support instead)", () => {
    const code = 'import { main } from "../../bench/bench";\nexport const m = main;\n';
    expect(lintAs("test/bench/imports.test.ts", code)).toContain("import-x/no-restricted-paths");
    const kit = 'import { BUDGETS } from "../support/measure";\nexport const b = BUDGETS;\n';
    expect(lintAs("test/bench/imports.test.ts", kit)).not.toContain("import-x/no-restricted-paths");
  });
});

/**
 * The layer rules need real files (import resolution, the cycle walk): fixtures are written
 * into src/ under names no source uses, linted in one ESLint run, and removed again.
 */
function lintFixtures(files: Record<string, string>): Record<string, string[]> {
  const written = Object.keys(files).map((f) => path.join(ROOT, f));
  try {
    Object.entries(files).forEach(([f, code]) => fs.writeFileSync(path.join(ROOT, f), code));
    const run = spawnSync(process.execPath, [ESLINT, "-f", "json", ...Object.keys(files)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string | null }>;
    }>;
    return Object.fromEntries(
      results.map((r) => [
        path.relative(ROOT, r.filePath).split(path.sep).join("/"),
        r.messages.map((m) => m.ruleId ?? ""),
      ])
    );
  } finally {
    written.forEach((f) => fs.rmSync(f, { force: true }));
  }
}

describe("one-way layers in src/", () => {
  const upward: Array<[string, string]> = [
    ["src/model/zz_lint_1.ts", 'import { dataset } from "../data/dataset";'],
    ["src/model/zz_lint_2.ts", 'import { langFromTag } from "../locale/lang";'],
    ["src/locale/zz_lint_3.ts", 'import { ModelError } from "../model/errors";'],
    ["src/data/zz_lint_4.ts", 'import { insertTables } from "../excel/tables/writer";'],
    ["src/excel/zz_lint_5.ts", 'import { figureFn } from "../functions/functions";'],
    ["src/functions/zz_lint_6.ts", 'import { insertTables } from "../excel/tables/writer";'],
    ["src/excel/zz_lint_7.ts", 'import { App } from "../taskpane/App";'],
    ["src/taskpane/zz_lint_8.ts", 'import "../commands/commands";'],
  ];
  const allowed: Array<[string, string]> = [
    ["src/data/zz_lint_9.ts", 'import { figureById } from "./dataset";'],
    ["src/excel/zz_lint_10.ts", 'import { BASELINE } from "../data/baseline";'],
    ["src/taskpane/zz_lint_11.ts", 'import { insertTables } from "../excel/tables/writer";'],
    ["src/commands/zz_lint_12.ts", 'import { runInsertAll } from "../excel/insertAll";'],
  ];
  const cycle: Record<string, string> = {
    "src/data/zz_lint_a.ts": 'import { b } from "./zz_lint_b";\nexport const a = () => b;\n',
    "src/data/zz_lint_b.ts": 'import { a } from "./zz_lint_a";\nexport const b = () => a;\n',
  };
  const use = (line: string) => `${line}\nexport {};\n`;
  const rules = lintFixtures({
    ...Object.fromEntries([...upward, ...allowed].map(([f, line]) => [f, use(line)])),
    ...cycle,
  });

  it.each(upward)("%s may not contain %s", (file) => {
    expect(rules[file]).toContain("import-x/no-restricted-paths");
  });

  it.each(allowed)("%s may contain %s", (file) => {
    expect(rules[file]).not.toContain("import-x/no-restricted-paths");
  });

  it("reports an import cycle", () => {
    expect(rules["src/data/zz_lint_a.ts"]).toContain("import-x/no-cycle");
  });
});
