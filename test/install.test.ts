/**
 * Install scripts run by decision, and the install cannot fail on a locked-down network (only
 * an npm mirror, no GitHub downloads, no libsecret-1-dev).
 *
 * npm 11 blocks dependencies' install scripts unless package.json's `allowScripts` approves
 * them (`npm help install-scripts`), and lists the unreviewed ones after every install. The
 * project decides for every package of the lock file that has one: approvals pinned to the
 * reviewed version, so an upgrade needs a new review; a new dependency with an install script
 * fails here until it is decided. Every package whose script may build native code is reachable
 * only through optional dependencies, so npm drops it when its build fails.
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
  allowScripts?: Record<string, boolean>;
};

type LockPackages = Record<
  string,
  { version?: string; hasInstallScript?: boolean; optional?: boolean }
>;

/** The packages of a lock file that have an install script: name, version, optional. */
const scriptsIn = (packages: LockPackages) =>
  Object.entries(packages)
    .filter(([key, p]) => key && p.hasInstallScript)
    .map(([key, p]) => ({
      name: key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length),
      version: p.version ?? "",
      optional: !!p.optional,
    }));
const withScripts = scriptsIn(lock.packages as LockPackages);

/** The packages of a lock file whose install script package.json has not decided on. */
const undecided = (packages: LockPackages) =>
  scriptsIn(packages)
    .filter((p) => decision(p.name, p.version) === undefined)
    .map((p) => `${p.name}@${p.version}`);

/** package.json's decision for a package: true, false, or undefined (not reviewed). */
function decision(name: string, version: string): boolean | undefined {
  const rules = pkg.allowScripts ?? {};
  return rules[`${name}@${version}`] ?? rules[name];
}

describe("install scripts, by decision", () => {
  it("every package of the lock file with an install script has a decision in allowScripts", () => {
    expect(undecided(lock.packages as LockPackages)).toEqual([]);
  });

  it("an approval names the reviewed version (an upgrade needs a new review)", () => {
    const unpinned = Object.entries(pkg.allowScripts ?? {})
      .filter(([key, allowed]) => allowed && !/^@?[^@]+@\d+\.\d+\.\d+$/.test(key))
      .map(([key]) => key);
    expect(unpinned).toEqual([]);
    const stale = Object.keys(pkg.allowScripts ?? {}).filter(
      (key) => !withScripts.some((p) => key === p.name || key === `${p.name}@${p.version}`)
    );
    expect(stale).toEqual([]);
  });

  it("a new dependency with an install script, or an upgrade of an approved one, is caught", () => {
    const next: LockPackages = {
      ...(lock.packages as LockPackages),
      "node_modules/some-new-native-dep": { version: "1.0.0", hasInstallScript: true },
      "node_modules/office-addin-debugging/node_modules/keytar": {
        version: "7.9.1",
        hasInstallScript: true,
        optional: true,
      },
    };
    expect(undecided(next)).toEqual(["some-new-native-dep@1.0.0", "keytar@7.9.1"]);
  });
});

describe("install on a machine without native build tools or GitHub access", () => {
  it("every package whose install script runs is optional: npm drops it when the script fails", () => {
    const required = withScripts
      .filter((p) => !p.optional && decision(p.name, p.version) === true)
      .map((p) => p.name);
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
