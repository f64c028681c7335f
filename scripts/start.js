/**
 * npm start: build, serve https://localhost:3000 and sideload into desktop Excel where the
 * platform and the installed tools allow (Windows, macOS with the optional
 * office-addin-debugging). Otherwise it keeps serving and says how to sideload by hand.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const {
  ROOT,
  PID_FILE,
  PORT,
  DESKTOP,
  SIDELOAD_TOOL,
  localBin,
  manualSideloadHelp,
} = require("./devTools");

const sideload = DESKTOP ? localBin(SIDELOAD_TOOL) : null;

if (sideload) {
  const child = spawn(sideload, ["start", "manifest.xml", "desktop", "--app", "excel"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const server = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "serve", "--mode", "development"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], detached: true }
  );
  fs.writeFileSync(PID_FILE, String(server.pid));
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (announced || !/compiled (successfully|with)/i.test(chunk.toString())) return;
    announced = true;
    const manifest = path.join(ROOT, "manifest.xml");
    const why = DESKTOP
      ? `${SIDELOAD_TOOL} is not installed (an optional dependency; it needs a native build of keytar that failed or was skipped), so Excel is not started for you.`
      : `Desktop Excel cannot be sideloaded on ${process.platform}.`;
    console.log(
      [
        "",
        `Woningbouw add-in is served at https://localhost:${PORT}/ (manifest: ${manifest}).`,
        why,
        "Sideload it by hand:",
        ...manualSideloadHelp(manifest).map((l) => `  ${l}`),
        `If the browser does not trust the development certificate, open https://localhost:${PORT}/taskpane.html once and accept it.`,
        "Stop with Ctrl+C or `npm stop`.",
      ].join("\n")
    );
  });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    fs.rmSync(PID_FILE, { force: true });
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
}
