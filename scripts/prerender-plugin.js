/**
 * Pre-renders the task pane at build time: compiles src/taskpane/prerender.tsx for Node with
 * the web build's loaders and definitions, runs it once per language, and keeps the markup and
 * styles for the pages' template (HtmlWebpackPlugin templateParameters). Runs before every
 * build and every watch rebuild, so the pages always hold the current pane.
 */
const path = require("path");
const { execFile } = require("child_process");
const { promisify } = require("util");
const webpack = require("webpack");

const execFileAsync = promisify(execFile);

class PrerenderPlugin {
  /**
   * @param {{ entry: string, rules: object[], define: Record<string, string>, cacheDir: string, nodeEnv: string }} options
   *   nodeEnv: the build's mode; React and Griffel must render as the browser's bundle will
   *   (Griffel's development class names carry a debug suffix, so a mismatch would not hydrate)
   */
  constructor(options) {
    this.options = options;
    /** @type {Record<string, { html: string, css: string }> | null} */
    this.result = null;
  }

  /** The pre-rendered pane in `lang` ("nl" | "en"); throws when the pre-render failed. */
  get(lang) {
    if (!this.result) throw new Error("the pane was not pre-rendered");
    return this.result[lang];
  }

  async render() {
    const { entry, rules, define, cacheDir, nodeEnv } = this.options;
    const file = path.join(cacheDir, "prerender.js");
    // one compiler, kept across watch rebuilds: its memory cache makes a rebuild incremental
    this.compiler ??= webpack({
      mode: nodeEnv === "development" ? "development" : "production",
      target: "node",
      entry,
      output: { path: cacheDir, filename: "prerender.js", library: { type: "commonjs2" } },
      resolve: { extensions: [".ts", ".tsx", ".js"] },
      // packages come from node_modules at run time; only the add-in's own code is bundled
      externals: [
        ({ request }, callback) =>
          /^[a-z@][^:]*$/i.test(request) ? callback(null, `commonjs ${request}`) : callback(),
      ],
      module: { rules },
      optimization: { minimize: false },
      plugins: [new webpack.DefinePlugin(define)],
      devtool: false,
      cache: { type: "memory" },
    });
    const stats = await new Promise((resolve, reject) =>
      this.compiler.run((err, s) => (err ? reject(err) : resolve(s)))
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    // In a Node process of its own: this build process has loaded Griffel already (its loader
    // evaluates styles at build time), and a module's state shared with that would leak into
    // the rendered class names. In the build's mode, as in the bundle.
    const { stdout } = await execFileAsync(
      process.execPath,
      [
        "-e",
        `const { prerender } = require(${JSON.stringify(file)});` +
          `process.stdout.write(JSON.stringify({ nl: prerender("nl"), en: prerender("en") }));`,
      ],
      {
        cwd: path.resolve(__dirname, ".."),
        env: { ...process.env, NODE_ENV: this.options.nodeEnv },
        maxBuffer: 64 * 1024 * 1024,
      }
    );
    this.result = JSON.parse(stdout);
  }

  apply(compiler) {
    const run = async () => {
      try {
        await this.render();
      } catch (e) {
        this.result = null;
        this.error = e;
      }
    };
    compiler.hooks.beforeRun.tapPromise("PrerenderPlugin", run);
    compiler.hooks.watchRun.tapPromise("PrerenderPlugin", run);
    compiler.hooks.thisCompilation.tap("PrerenderPlugin", (compilation) => {
      if (!this.result)
        compilation.errors.push(
          new webpack.WebpackError(
            `pre-rendering the pane failed: ${this.error?.message ?? this.error}`
          )
        );
    });
  }
}

module.exports = { PrerenderPlugin };
