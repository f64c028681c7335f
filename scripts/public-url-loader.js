/**
 * Webpack loader for src/data/dataset.json: the dataset cites the add-in's own help pages by
 * their dev URL (https://localhost:3000/help/…); the build writes them for the host the
 * add-in is published on (ADDIN_PUBLIC_URL), as it does for the manifest and the functions'
 * help links. The content hash stays that of the source file.
 */
const { DEV_URL, rewriteUrls } = require("./build-support");

module.exports = function publicUrlLoader(source) {
  const { base } = this.getOptions();
  return base === DEV_URL ? source : rewriteUrls(source, base);
};
