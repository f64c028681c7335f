/**
 * The install cannot fail on a locked-down network (only an npm mirror, no GitHub downloads,
 * no libsecret-1-dev): every package with an install script that may build native code is
 * reachable only through optional dependencies, so npm drops it when its build fails.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { hasInstallScript?: boolean; optional?: boolean; dev?: boolean }>;
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

/** Install scripts that only print or copy files (no compiler, no download). */
const HARMLESS_SCRIPTS = new Set(["node_modules/core-js-pure"]);

describe("install on a machine without native build tools or GitHub access", () => {
  it("every package with an install script is optional (or known to be harmless)", () => {
    const required = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.hasInstallScript && !p.optional)
      .map(([name]) => name)
      .filter((name) => !HARMLESS_SCRIPTS.has(name));
    expect(required).toEqual([]);
  });

  it("keytar, the native build behind office-addin-debugging, is optional", () => {
    expect(lock.packages["node_modules/keytar"]?.optional).toBe(true);
  });

  it("the sideloading tool is an optional dependency, not a required one", () => {
    expect(pkg.optionalDependencies?.["office-addin-debugging"]).toBeDefined();
    expect(pkg.devDependencies?.["office-addin-debugging"]).toBeUndefined();
    expect(pkg.dependencies?.["office-addin-debugging"]).toBeUndefined();
  });
});
