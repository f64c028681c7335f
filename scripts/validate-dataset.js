/**
 * Build-time validation of src/data/dataset.json against src/data/schema.ts (zod): a bad
 * dataset fails `npm run build`, so the add-in's runtime code can trust the data and carries
 * no validation library. The schema is TypeScript: it is transpiled here with TypeScript's own
 * transpileModule and loaded as CommonJS.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "src/data/schema.ts");
const DATASET = path.join(ROOT, "src/data/dataset.json");

function loadTs(file) {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
    fileName: file,
  });
  // the schema's own modules beside it (./cellText) are TypeScript too; packages come from node_modules
  const local = (request) =>
    request.startsWith("./")
      ? loadTs(path.join(path.dirname(file), `${request}.ts`))
      : require(request);
  const module = { exports: {} };
  new Function("require", "module", "exports", outputText)(local, module, module.exports);
  return module.exports;
}

function loadSchema() {
  return loadTs(SCHEMA);
}

/** The dataset file's problems, [] when it is valid. */
function datasetProblems(file = DATASET) {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    return [`${path.basename(file)} is not JSON: ${e.message}`];
  }
  const result = loadSchema().validateDataset(json);
  return result.ok ? [] : result.problems;
}

module.exports = { datasetProblems, DATASET, SCHEMA };

if (require.main === module) {
  const problems = datasetProblems(process.argv[2]);
  if (problems.length) {
    console.error(`dataset: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log("dataset: valid");
}
