/** Bundles fakeOfficeEntry.ts for the browser with webpack (in memory of a temp dir). */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

export async function buildFakeOffice(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "fake-office-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.join(__dirname, "fakeOfficeEntry.ts"),
    output: { path: out, filename: "office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => resolve());
    })
  );
  const code = fs.readFileSync(path.join(out, "office.js"), "utf8");
  fs.rmSync(out, { recursive: true, force: true });
  return code;
}
