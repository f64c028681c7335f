/** npm stop: ends what npm start began (a desktop sideload, or the dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const { ROOT, PID_FILE, DESKTOP, SIDELOAD_TOOL, localBin } = require("./devTools");

const sideload = DESKTOP ? localBin(SIDELOAD_TOOL) : null;
if (sideload && !fs.existsSync(PID_FILE)) {
  const r = spawnSync(sideload, ["stop", "manifest.xml"], {
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
