// ESLint for the whole project. eslint-plugin-office-addins' configs list only
// "**/*.{js,mjs,cjs,ts,cts,mts}", so with them alone the TypeScript parser and the Office
// rules never see a .tsx file (the yo-office templates' "lint skips .tsx" defect). Every
// config block with a file pattern gets .tsx/.jsx added here; test/lint.test.ts proves it.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

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
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "*.config.js", "*.config.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
