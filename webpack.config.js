const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Marked } = require("marked");
const { gfmHeadingId } = require("marked-gfm-heading-id");
const {
  DEV_URL,
  datasetHash,
  publicUrl,
  rewriteUrls,
  localizeMetadata,
  withRuntimeFlags,
  buildManifest,
} = require("./scripts/build-support");
const { datasetProblems, DATASET, SCHEMA } = require("./scripts/validate-dataset");
const { PrerenderPlugin, PrerenderStore, prerenderConfig } = require("./scripts/prerender-plugin");
const { PreloadPanePlugin } = require("./scripts/preload-plugin");
const { ContentSecurityPolicyPlugin } = require("./scripts/csp");
const { BuildStampPlugin } = require("./scripts/build-stamp");

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";

/**
 * custom-functions-metadata-plugin taps every compilation, the child compilations of
 * HtmlWebpackPlugin's pages too: there it would emit the raw functions.json again (on a watch
 * rebuild clashing with the processed one, "Multiple assets emit different content to the same
 * filename"). Applied through this, it sees the add-in's own compilation only; its loader,
 * which adds the CustomFunctions.associate calls to functions.ts, runs there.
 */
function mainCompilationOnly(plugin) {
  return {
    apply(compiler) {
      const compilation = {
        tap: (options, fn) =>
          compiler.hooks.compilation.tap(options, (c, params) => {
            if (!c.compiler.isChild()) fn(c, params);
          }),
      };
      const hooks = Object.create(compiler.hooks, { compilation: { value: compilation } });
      plugin.apply(Object.create(compiler, { hooks: { value: hooks } }));
    },
  };
}

/**
 * After the metadata plugin wrote functions.json: writes the Dutch functions.nl.json from the
 * translation table, and points every help URL at the public host.
 */
class FunctionsMetadataPostProcess {
  constructor(urlBase) {
    this.urlBase = urlBase;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPostProcess", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsMetadataPostProcess",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported its errors already
          const table = JSON.parse(
            fs.readFileSync(path.resolve(__dirname, "src/locale/functions.nl.json"), "utf8")
          );
          const english = withRuntimeFlags(
            JSON.parse(rewriteUrls(asset.source.source().toString(), this.urlBase))
          );
          try {
            const dutch = localizeMetadata(english, table);
            compilation.updateAsset(
              "functions.json",
              new webpack.sources.RawSource(JSON.stringify(english, null, 2))
            );
            compilation.emitAsset(
              "functions.nl.json",
              new webpack.sources.RawSource(JSON.stringify(dutch, null, 2))
            );
          } catch (e) {
            compilation.errors.push(new webpack.WebpackError(e.message));
          }
        }
      );
    });
  }
}

/**
 * The ExcelJS chunk is ExcelJS's own minified browser build: marked minimized so the minimizer
 * does not spend a minute on it again (the same reason office.js is copied so).
 */
class PrebuiltChunks {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PrebuiltChunks", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PrebuiltChunks", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          for (const asset of compilation.getAssets())
            if (/^exceljs\.[0-9a-f]+\.js$/.test(asset.name))
              compilation.updateAsset(asset.name, asset.source, { minimized: true });
        }
      );
    });
  }
}

/** Fails the build when src/data/dataset.json does not match src/data/schema.ts. */
class ValidateDataset {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ValidateDataset", (compilation) => {
      compilation.fileDependencies.add(DATASET);
      compilation.fileDependencies.add(SCHEMA);
      for (const problem of datasetProblems())
        compilation.errors.push(new webpack.WebpackError(`dataset.json: ${problem}`));
    });
  }
}

/**
 * A page of docs/ as HTML, every heading with GitHub's anchor (marked-gfm-heading-id, the
 * maintained extension: "PLANCAPACITY_RATIO" → #plancapacity_ratio, "Known deviation" →
 * #known-deviation); the functions' help links and the pane use them.
 */
function helpPage(file, lang, title) {
  const md = fs.readFileSync(path.resolve(__dirname, "docs", file), "utf8");
  // Tables scroll sideways inside a focusable box (axe: scrollable-region-focusable) instead of
  // squeezing a number or an error code over several lines at 350 px.
  const body = new Marked({ async: false })
    .use(gfmHeadingId())
    .parse(md)
    .replace(/<table>/g, '<div class="table" tabindex="0"><table>')
    .replace(/<\/table>/g, "</table></div>");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><link rel="icon" href="../assets/icon-32.png">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
h1,h2,h3{overflow-wrap:anywhere}table{border-collapse:collapse;width:100%}.table{overflow-x:auto;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:normal}td code,th code{white-space:nowrap;overflow-wrap:normal}code,pre{background:#f4f4f4;overflow-wrap:anywhere}pre{padding:.5rem;white-space:pre-wrap}</style>
</head><body><main>${body}</main></body></html>`;
}

/** The help pages the functions' @helpurl and the pane link to, from docs/. */
const HELP_PAGES = [
  { out: "help/functions.html", file: "functions.md", lang: "en", title: "WONINGBOUW functions" },
  {
    out: "help/functions.nl.html",
    file: "functions.nl.md",
    lang: "nl",
    title: "WONINGBOUW-functies",
  },
  {
    out: "help/model.html",
    file: "model.md",
    lang: "nl",
    title: "Het woningbouwmodel · The housing model",
  },
  {
    out: "help/since-letter.html",
    file: "since-letter.md",
    lang: "nl",
    title: "Sinds de brief · Since the letter",
  },
  {
    out: "help/changelog.html",
    file: "changelog.md",
    lang: "nl",
    title: "Wijzigingslog · Changelog",
  },
];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlBase = dev ? DEV_URL : publicUrl();
  const rules = [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: [
        // Griffel's ahead-of-time compilation: the pane's makeStyles become precomputed class
        // maps (__styles), as Fluent's own packages ship, so no style is computed at run time
        // and Griffel's run-time compiler (stylis, rtl-css-js) stays out of the bundle
        { loader: "@griffel/webpack-loader" },
        { loader: "ts-loader", options: { transpileOnly: true } },
      ],
    },
    {
      test: /src[\\/]data[\\/]dataset\.json$/,
      use: {
        loader: path.resolve(__dirname, "scripts/public-url-loader.js"),
        options: { base: urlBase },
      },
    },
  ];
  const define = { __DATASET_HASH__: JSON.stringify(datasetHash()) };
  // The pane's pre-render is a configuration of its own (webpack's multi-compiler), compiled
  // first: this configuration depends on it (scripts/prerender-plugin.js).
  const store = new PrerenderStore();
  const prerender = new PrerenderPlugin({
    store,
    root: __dirname,
    nodeEnv: dev ? "development" : "production",
  });
  const prerenderBuild = prerenderConfig({
    store,
    entry: path.resolve(__dirname, "src/taskpane/prerender.tsx"),
    rules,
    define,
    outputDir: path.resolve(__dirname, "node_modules/.cache/woningbouw-prerender"),
    mode: options.mode,
  });
  const inlineScript = (file) => fs.readFileSync(path.resolve(__dirname, file), "utf8");
  const legacyGuard = inlineScript("src/taskpane/legacyGuard.js");
  const es2020Probe = inlineScript("src/taskpane/es2020Probe.js");
  /**
   * The pane's page per language, each holding the pane pre-rendered in that language: the
   * manifest serves taskpane.nl.html to Dutch Excel and taskpane.html to every other language
   * (src/locale/metadataLocales.json, the same table as the functions' metadata).
   */
  const panePage = (filename, lang) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      templateParameters: (compilation, assets, assetTags, options) => ({
        compilation,
        htmlWebpackPlugin: { tags: assetTags, files: assets, options },
        // inlined before the bundles: a message instead of a stuck pane in old webviews (the
        // probe parses only as ES2020, the ES5 guard reads its flag); both hashed into the
        // page's Content-Security-Policy (scripts/csp.js)
        es2020Probe,
        legacyGuard,
        lang,
        prerendered: prerender.get(lang),
      }),
      chunks: ["functions", "commands", "taskpane"],
      chunksSortMode: "manual",
      scriptLoading: "defer",
      // the pre-rendered markup and styles must reach the browser exactly as React and Griffel
      // wrote them: hydration compares text nodes, Griffel recognises its rules by their text
      minify: false,
    });
  const config = {
    name: "addin",
    dependencies: ["prerender"],
    devtool: "source-map",
    // One page runs all three (the shared runtime): commands and the pane reuse the modules
    // functions.js already holds — the dataset above all — instead of bundling them again.
    entry: {
      functions: FUNCTIONS_ENTRY,
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      globalObject: "globalThis",
      // chunks sit beside the pages that load them; a fixed relative path also keeps
      // functions.js (which holds the runtime, see entry) free of document.currentScript
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // ExcelJS's browser build is one prebuilt minified file (the "xlsx download" chunk, loaded
    // only when a user asks for the file outside Excel): nothing in it for webpack to parse.
    module: { rules, noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/ },
    performance: { hints: false },
    // webpack minifies HTML assets itself; the pane's pages carry pre-rendered markup and
    // styles that must stay exactly as React and Griffel wrote them (see panePage)
    optimization: { minimizeOptions: { html: false } },
    plugins: [
      mainCompilationOnly(
        new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY })
      ),
      new FunctionsMetadataPostProcess(urlBase),
      new PrebuiltChunks(),
      new webpack.DefinePlugin(define),
      prerender,
      panePage("taskpane.html", "en"),
      panePage("taskpane.nl.html", "nl"),
      new PreloadPanePlugin({ request: "./mount" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // the letter the figures quote: the pane searches its passages and links to it
          { from: "seeds/kamerbrief-woningbouw-2020.txt", to: "letter/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => buildManifest(content.toString(), urlBase),
          },
        ],
      }),
      ...HELP_PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.out,
            templateContent: () => helpPage(page.file, page.lang, page.title),
            inject: false,
            minify: false,
          })
      ),
      new ValidateDataset(),
      // every page above gets its Content-Security-Policy as a <meta>, hashes included
      new ContentSecurityPolicyPlugin(),
      // what dist/ was built from, so the tests rebuild a stale dist/ (test/support/globalSetup.ts)
      new BuildStampPlugin({ mode: options.mode, urlBase }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      // The Content-Security-Policy is in every page as a <meta> (scripts/csp.js), the same as
      // on any static host the department publishes dist/ to; not repeated as a header here:
      // a header policy would be enforced *in addition* and would need each page's hashes.
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: dev ? { type: "https", options: await devHttpsOptions() } : "http",
      hot: false,
      liveReload: false,
      client: false,
    },
  };
  return [config, prerenderBuild];
};

/**
 * Certificates from office-addin-dev-certs. Without admin rights (Linux without sudo) it
 * generates them but cannot install its CA: then the generated files are used anyway and the
 * user is told how to trust the CA; failing that, webpack-dev-server's self-signed certificate.
 */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.key", "localhost.crt"].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(
        `The development CA could not be installed (${String(e.message).trim()}). ` +
          `Serving with its certificates anyway; trust ${files[0]} in your browser or OS to avoid certificate warnings.`
      );
      const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
      return { ca, key, cert };
    }
    console.warn(
      `office-addin-dev-certs could not provide certificates (${e.message}); serving with a self-signed certificate.`
    );
    return {};
  }
}
