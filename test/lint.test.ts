/**
 * The lint really covers .tsx: the yo-office templates' lint config skipped it. ESLint's CLI
 * (in a child process: its flat config is an ES module) resolves the config for our .tsx
 * files and lints a .tsx snippet with an Office.js mistake.
 */
import path from "path";
import { execFileSync, spawnSync } from "child_process";

const ROOT = path.resolve(__dirname, "..");
const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

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
    const run = spawnSync(
      process.execPath,
      [ESLINT, "--stdin", "--stdin-filename", "src/taskpane/Bad.tsx", "-f", "json"],
      {
        cwd: ROOT,
        input: code,
        encoding: "utf8",
      }
    );
    const [result] = JSON.parse(run.stdout) as Array<{
      messages: Array<{ ruleId: string | null }>;
    }>;
    expect(result.messages.map((m) => m.ruleId)).toContain("office-addins/no-context-sync-in-loop");
  });
});
