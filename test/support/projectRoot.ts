/** The project's root: the nearest folder upward with its package.json (works from compiled copies too). */
import fs from "fs";
import path from "path";

export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (
      fs.existsSync(pkg) &&
      JSON.parse(fs.readFileSync(pkg, "utf8")).name === "woningbouw-excel-addin"
    )
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${from}`);
  }
}
