/**
 * npm start: build, serve https://localhost:3000 and sideload into desktop Excel where the
 * platform allows (Windows, macOS: office-addin-debugging). Elsewhere (Linux, no Excel) it
 * keeps serving and says how to sideload into Excel on the web instead of failing.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const port = require(path.join(ROOT, "package.json")).config.dev_server_port || 3000;
const bin = (name) =>
  path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(
    bin("office-addin-debugging"),
    ["start", "manifest.xml", "desktop", "--app", "excel"],
    {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    }
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const server = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "serve", "--mode", "development"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    }
  );
  fs.writeFileSync(PID_FILE, String(server.pid));
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with)/i.test(chunk.toString())) {
      announced = true;
      console.log(`
Woningbouw add-in is served at https://localhost:${port}/ (manifest: https://localhost:${port}/manifest.xml, file: ${path.join(ROOT, "manifest.xml")}).
Desktop Excel cannot be sideloaded on ${process.platform}. To try it in Excel on the web:
  1. open a workbook at https://www.office.com, then Home > Add-ins > More add-ins > My add-ins > Upload my add-in;
  2. choose ${path.join(ROOT, "manifest.xml")};
  3. if the browser does not trust the development certificate, open https://localhost:${port}/taskpane.html once and accept it.
Stop with Ctrl+C or \`npm stop\`.`);
    }
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
