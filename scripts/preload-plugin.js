/**
 * Adds <link rel="preload" as="script"> for the pane's lazily loaded code (the chunks behind
 * `import("./mount")` in src/taskpane/index.tsx) to the pages' <head>, so the browser fetches
 * them while office.js loads instead of after the page's scripts run. `fetchpriority="low"`:
 * they must not overtake functions.js (a deferred script, itself low priority), whose custom
 * functions Excel is waiting for.
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");

class PreloadPanePlugin {
  /** @param {{ request: string }} options the import() request whose chunks to preload */
  constructor(options) {
    this.request = options.request;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadPanePlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "PreloadPanePlugin",
        (data) => {
          const groups = compilation.chunkGroups.filter((g) =>
            g.origins.some((o) => o.request === this.request)
          );
          if (groups.length === 0)
            compilation.errors.push(
              new (require("webpack").WebpackError)(`no chunks load ${this.request}`)
            );
          const files = [
            ...new Set(
              groups
                .flatMap((g) => g.chunks.flatMap((c) => [...c.files]))
                .filter((f) => f.endsWith(".js"))
            ),
          ].sort();
          const publicPath = data.publicPath ?? "";
          const links = files.map((f) =>
            HtmlWebpackPlugin.createHtmlTagObject("link", {
              rel: "preload",
              as: "script",
              fetchpriority: "low",
              href: `${publicPath}${f}`,
            })
          );
          data.headTags.push(...links);
          return data;
        }
      );
    });
  }
}

module.exports = { PreloadPanePlugin };
