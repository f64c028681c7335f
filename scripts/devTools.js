/**
 * What npm start and npm stop share: the project's paths, the dev-server port from
 * package.json's config block, and whether the optional sideloading tool is installed.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const PORT = require(path.join(ROOT, "package.json")).config.dev_server_port || 3000;
const DESKTOP = process.platform === "win32" || process.platform === "darwin";

/** The path of a local CLI in node_modules/.bin, or null when it is not installed. */
function localBin(name) {
  const file = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name
  );
  return fs.existsSync(file) ? file : null;
}

/**
 * office-addin-debugging is an optional dependency: it pulls keytar, which needs a native
 * build where its prebuilt binary cannot be downloaded (a network that reaches only an npm
 * mirror). Without it npm install still succeeds, and npm start serves the add-in and says
 * how to sideload by hand.
 */
const SIDELOAD_TOOL = "office-addin-debugging";

function manualSideloadHelp(manifest) {
  const web = [
    `Excel on the web: open a workbook at https://www.office.com, then Home > Add-ins > More add-ins >`,
    `  My add-ins > Upload my add-in, and choose ${manifest}.`,
  ];
  if (process.platform === "darwin")
    return [
      `Excel for Mac: copy ${manifest} to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`,
      `  (create the folder if needed), restart Excel, then Home > Add-ins > My add-ins.`,
      ...web,
    ];
  if (process.platform === "win32")
    return [
      `Excel for Windows: share the folder that holds ${path.basename(manifest)}, add its network path`,
      `  under File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick`,
      `  "Show in Menu"), restart Excel, then Home > Add-ins > Shared Folder.`,
      ...web,
    ];
  return [`Desktop Excel does not run on ${process.platform}.`, ...web];
}

module.exports = { ROOT, PID_FILE, PORT, DESKTOP, SIDELOAD_TOOL, localBin, manualSideloadHelp };
