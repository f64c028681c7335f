/**
 * npm run bench: compiles bench/bench.ts (it shares the tests' Excel fake and static server)
 * for Node, then runs it. Needs a production build in dist/ (npm run build).
 */
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");
if (!fs.existsSync(path.join(ROOT, "dist/functions.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const out = path.join(__dirname, ".build");
const compiler = webpack({
  mode: "development",
  devtool: false,
  target: "node",
  context: ROOT,
  node: { __dirname: true, __filename: true },
  entry: path.join(__dirname, "bench.ts"),
  output: { path: out, filename: "bench.js", libraryTarget: "commonjs2" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externals: { "playwright-core": "commonjs playwright-core" },
  module: {
    rules: [{ test: /\.tsx?$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  plugins: [
    new webpack.DefinePlugin({
      __DATASET_HASH__: JSON.stringify(require("../scripts/build-support").datasetHash()),
    }),
  ],
});
compiler.run((err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err || stats.toString("errors-only"));
    process.exit(1);
  }
  compiler.close(() => {
    require(path.join(out, "bench.js"))
      .main()
      .then(
        () => process.exit(0),
        (e) => {
          console.error(e);
          process.exit(1);
        }
      );
  });
});
