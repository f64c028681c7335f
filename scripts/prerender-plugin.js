/**
 * Pre-renders the task pane at build time, with webpack's own multi-compiler: a second
 * configuration (`prerenderConfig`, named "prerender") compiles src/taskpane/prerender.tsx
 * for Node with the web build's loaders and definitions; the add-in's configuration lists it
 * in `dependencies`, so webpack compiles it first, in `webpack` and `webpack serve` alike, and
 * again before the add-in whenever a watched file changes. Its bundle is taken from the
 * compilation (not the disk: `webpack serve` keeps output in memory); `PrerenderPlugin` runs it
 * once per language and keeps the markup and styles for the pages' template
 * (HtmlWebpackPlugin templateParameters).
 */
const { execFile } = require("child_process");
const webpack = require("webpack");

const BUNDLE = "prerender.js";

/** What the prerender compilation produced: the bundle's code, or why there is none. */
class PrerenderStore {
  constructor() {
    /** @type {string | null} */
    this.code = null;
    /** @type {string | null} */
    this.error = null;
  }
}

/** Captures the bundle from the prerender compilation's assets. */
class CaptureBundle {
  constructor(store) {
    this.store = store;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CaptureBundle", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CaptureBundle", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset(BUNDLE);
          this.store.code = asset ? asset.source.source().toString() : null;
        }
      );
    });
    compiler.hooks.done.tap("CaptureBundle", (stats) => {
      this.store.error = stats.hasErrors() ? stats.toString({ all: false, errors: true }) : null;
    });
  }
}

/**
 * The Node configuration of the pre-render.
 * @param {{ store: PrerenderStore, entry: string, rules: object[], define: Record<string, string>, outputDir: string, mode: string }} o
 */
function prerenderConfig({ store, entry, rules, define, outputDir, mode }) {
  return {
    name: "prerender",
    mode: mode === "development" ? "development" : "production",
    target: "node",
    entry,
    output: { path: outputDir, filename: BUNDLE, library: { type: "commonjs2" }, clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // packages come from node_modules at run time; only the add-in's own code is bundled
    externals: [
      ({ request }, callback) =>
        /^[a-z@][^:]*$/i.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    module: { rules },
    optimization: { minimize: false },
    plugins: [new webpack.DefinePlugin(define), new CaptureBundle(store)],
    devtool: false,
    performance: { hints: false },
  };
}

class PrerenderPlugin {
  /**
   * @param {{ store: PrerenderStore, root: string, nodeEnv: string }} options
   *   nodeEnv: the build's mode; React and Griffel must render as the browser's bundle will
   *   (Griffel's development class names carry a debug suffix, so a mismatch would not hydrate)
   */
  constructor(options) {
    this.options = options;
    /** @type {Record<string, { html: string, css: string, title: string }> | null} */
    this.result = null;
    this.error = null;
  }

  /** The pre-rendered pane in `lang` ("nl" | "en"); throws when the pre-render failed. */
  get(lang) {
    if (!this.result) throw new Error("the pane was not pre-rendered");
    return this.result[lang];
  }

  /**
   * Runs the bundle in a Node process of its own, read from stdin: this build process has
   * loaded Griffel already (its loader evaluates styles at build time), and a module's state
   * shared with that would leak into the rendered class names. In the build's mode.
   */
  render() {
    const { store, root, nodeEnv } = this.options;
    if (store.error) return Promise.reject(new Error(store.error));
    if (!store.code) return Promise.reject(new Error("the prerender compilation made no bundle"));
    const script =
      `${store.code}\n;const { prerender } = module.exports;` +
      `process.stdout.write(JSON.stringify({ nl: prerender("nl"), en: prerender("en") }));`;
    return new Promise((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ["-"],
        { cwd: root, env: { ...process.env, NODE_ENV: nodeEnv }, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) =>
          err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)
      );
      child.stdin.end(script);
    }).then((stdout) => {
      this.result = JSON.parse(stdout);
    });
  }

  apply(compiler) {
    const run = async () => {
      try {
        await this.render();
        this.error = null;
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

module.exports = { PrerenderPlugin, PrerenderStore, prerenderConfig };
