/** npm stop: ends what npm start began (desktop sideload, or the dev server on Linux). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging"
  );
  const r = spawnSync(bin, ["stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 0);
}
if (!fs.existsSync(PID_FILE)) {
  console.log("No dev server started by npm start is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
try {
  process.kill(-pid, "SIGTERM");
  console.log(`Stopped the dev server (process group ${pid}).`);
} catch (e) {
  console.log(`The dev server (pid ${pid}) was not running: ${e.message}`);
}
fs.rmSync(PID_FILE, { force: true });
