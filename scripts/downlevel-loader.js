/**
 * Webpack loader for dependencies that ship syntax newer than the pane's ES2020 floor:
 * tabster (Fluent UI's keyboard navigation, pulled in by TabList's arrow-key navigation) uses
 * logical assignment (`??=`, ES2021), which the older webviews the legacy guard still has to
 * reach cannot parse. TypeScript's own transpiler rewrites it to ES2020; modules stay ESM so
 * tree shaking is unchanged.
 */
const ts = require("typescript");

module.exports = function downlevelLoader(source) {
  return ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      allowJs: true,
      sourceMap: false,
    },
    fileName: this.resourcePath,
  }).outputText;
};
