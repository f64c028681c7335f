// ESLint for the whole project. eslint-plugin-office-addins' configs list only
// "**/*.{js,mjs,cjs,ts,cts,mts}", so with them alone the TypeScript parser and the Office
// rules would never see a .tsx file. Every config block with a file pattern gets .tsx/.jsx
// added here; test/lint.test.ts proves it.
import officeAddins from "eslint-plugin-office-addins";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";
import * as espree from "espree";
import tseslint from "typescript-eslint";

/**
 * The layers of src/, lowest first. A layer imports only from the layers before it (and
 * itself); locale and model import nothing else from src/. The pane and the ribbon command
 * are the top, side by side.
 */
const LAYERS = [["locale"], ["model"], ["data"], ["functions", "excel"], ["taskpane", "commands"]];
const ALL = LAYERS.flat();
const layerZones = LAYERS.flatMap((group, level) => {
  const below = new Set(LAYERS.slice(0, level).flat());
  // locale and model stand alone: neither may import the other
  if (level <= 1) below.clear();
  return group.map((name) => ({
    target: `./src/${name}`,
    from: ALL.filter((other) => other !== name && !below.has(other)).map((o) => `./src/${o}`),
    message: `src/${name} may import only from ${[...below].map((b) => `src/${b}`).join(", ") || "itself"} (README: Layout).`,
  }));
});

/** Import resolution for the import-x rules, in src/ and test/ alike. */
const importSettings = {
  "import-x/resolver-next": [createTypeScriptImportResolver()],
  // no-cycle follows only files with these endings (default: .js alone)
  "import-x/extensions": [".ts", ".tsx"],
  "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
};

/** The provenance module and the schema that validates a source's kind. */
const PROVENANCE_HOME = ["src/data/provenance.ts", "src/data/schema.ts"];
const PROVENANCE_SYNTAX = [
  {
    selector: "SwitchCase[test.value=/^(letter|external|derived|calculation|assumption)$/]",
    message: "render a source through renderSource (src/data/provenance.ts)",
  },
  {
    selector: "BinaryExpression[left.property.name='kind'][left.object.property.name='source']",
    message: "render a source through renderSource (src/data/provenance.ts)",
  },
];
/** A comparison with a language literal (lang === "nl", "en" !== x, a switch case "nl"). */
const LANGUAGE_SYNTAX = [
  {
    selector:
      "BinaryExpression[operator=/^[!=]==?$/]:matches([left.value=/^(nl|en)$/], [right.value=/^(nl|en)$/])",
    message:
      'choose a language through inLanguage(lang, { nl, en }) and words from src/locale/, not lang === "nl" (README: Layout)',
  },
  {
    selector: "SwitchCase[test.value=/^(nl|en)$/]",
    message:
      "choose a language through inLanguage(lang, { nl, en }) and words from src/locale/ (README: Layout)",
  },
  {
    // words typed in two languages belong in a vocabulary; a pair built from data is fine
    selector:
      "ObjectExpression:has(> Property[key.name='nl'][value.type=/^(Literal|TemplateLiteral)$/]):has(> Property[key.name='en'][value.type=/^(Literal|TemplateLiteral)$/])",
    message:
      "words typed in Dutch and English live in a vocabulary under src/locale/ (README: Layout)",
  },
];

const withJsx = (config) =>
  config.files
    ? { ...config, files: [...new Set([...config.files, "**/*.tsx", "**/*.jsx"])] }
    : config;

export default [
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "test-results/**",
      "coverage/**",
      "bench/results.json",
      "bench/.build/**",
      "reports/**",
      ".stryker-tmp/**",
    ],
  },
  ...officeAddins.configs.react.map(withJsx),
  {
    // The plugin's own parser reference resolves to undefined with this typescript-eslint
    // version (files then fall back to espree at ES2015): set it explicitly.
    files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx,jsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
  },
  // TypeScript itself checks names (Office, Excel, CustomFunctions come from @types).
  { files: ["**/*.{ts,tsx,mts,cts}"], rules: { "no-undef": "off" } },
  {
    settings: { react: { version: "18.3" } },
    rules: {
      "react/react-in-jsx-scope": "off",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
    },
  },
  {
    // One-way layers and no import cycles in src/ (README: Layout); test/lint.test.ts proves
    // that an upward import and a cycle fail.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: importSettings,
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
  {
    // Small pieces: no function in src/ over 100 lines (blank lines and comments not counted);
    // a longer one is split into named steps. test/lint.test.ts proves the bound.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "max-lines-per-function": ["error", { max: 100, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The old-webview guard must run in Internet Explorer 11: parsed as ES5, a browser script.
    files: ["src/taskpane/legacyGuard.js"],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    // Its partner: a browser script in exactly ES2020, the bundles' language level.
    files: ["src/taskpane/es2020Probe.js"],
    languageOptions: {
      parser: espree,
      ecmaVersion: 2020,
      sourceType: "script",
      globals: { ...globals.browser },
    },
  },
  // Provenance has one home (src/data/provenance.ts): no other file dispatches on the kind of
  // a figure's source (the schema validates it). Words have one home (src/locale/): no other
  // file chooses a language by comparing it with "nl" or "en"; they read a vocabulary through
  // inLanguage (src/locale/lang.ts). README: Layout; test/lint.test.ts proves both.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [...PROVENANCE_HOME, "src/locale/**"],
    rules: { "no-restricted-syntax": ["error", ...PROVENANCE_SYNTAX, ...LANGUAGE_SYNTAX] },
  },
  {
    files: PROVENANCE_HOME,
    rules: { "no-restricted-syntax": ["error", ...LANGUAGE_SYNTAX] },
  },
  {
    files: ["src/locale/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...PROVENANCE_SYNTAX] },
  },
  {
    // The test kit (test/support) serves tests and bench alike; no test imports the bench
    // (README: Layout), so the bench can change its timings without touching a test.
    files: ["test/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: importSettings,
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./test",
              from: "./bench",
              message: "tests import the test kit (test/support), never the bench.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "*.config.js", "*.config.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
