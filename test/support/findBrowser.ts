/**
 * Which installed Chromium-family browser the browser tests and the bench drive. Never a
 * downloaded one: playwright-core brings no browser, and `npx playwright install` is not part
 * of the set-up. In order:
 *
 * 1. `CHROMIUM_PATH`, when set: that executable or a clear failure (never a silent fallback,
 *    so a CI that names its browser gets exactly that one);
 * 2. Chromium at the paths its installers use (Debian/Ubuntu packages, snap, Homebrew cask,
 *    the Windows installer) — Playwright's channels do not cover Chromium itself;
 * 3. Playwright's channels `chrome` and `msedge`: playwright-core knows where Google Chrome and
 *    Microsoft Edge install on Linux, macOS and Windows (`/opt/google/chrome/chrome`,
 *    `/Applications/Google Chrome.app/…`, `%PROGRAMFILES%\Google\Chrome\Application\chrome.exe`,
 *    `…\Microsoft\Edge\Application\msedge.exe`, …) and fails with "is not found at" when the
 *    channel is not installed (https://playwright.dev/docs/browsers#google-chrome--microsoft-edge).
 *
 * `candidates` is pure (platform, environment and a file test are parameters) so each
 * system's order is tested on any machine (test/support/findBrowser.test.ts).
 */
import fs from "fs";
import path from "path";

export type Candidate =
  | { readonly kind: "path"; readonly path: string; readonly from: string }
  | { readonly kind: "channel"; readonly channel: "chrome" | "msedge" };

export const ENV_VARIABLE = "CHROMIUM_PATH";

/** Chromium's own install locations per platform (Chrome and Edge come from the channels). */
export function chromiumPaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>
): string[] {
  if (platform === "darwin")
    return [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      ...(env.HOME
        ? [path.posix.join(env.HOME, "Applications/Chromium.app/Contents/MacOS/Chromium")]
        : []),
    ];
  if (platform === "win32")
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]]
      .filter((dir): dir is string => !!dir)
      .map((dir) => path.win32.join(dir, "Chromium", "Application", "chrome.exe"));
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
}

/** The browsers to try, in order; `exists` decides which paths are there. */
export function candidates(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  exists: (file: string) => boolean
): Candidate[] {
  const chosen = env[ENV_VARIABLE];
  if (chosen) return [{ kind: "path", path: chosen, from: ENV_VARIABLE }];
  return [
    ...chromiumPaths(platform, env)
      .filter(exists)
      .map((p): Candidate => ({ kind: "path", path: p, from: "Chromium install path" })),
    { kind: "channel", channel: "chrome" },
    { kind: "channel", channel: "msedge" },
  ];
}

/** What to do when nothing was found, per system. */
export function notFoundMessage(platform: NodeJS.Platform, tried: readonly string[]): string {
  const install =
    platform === "darwin"
      ? "install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, or `brew install --cask chromium`"
      : platform === "win32"
        ? "install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge (Windows has it by default)"
        : "install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`) or Google Chrome";
  return (
    `No Chromium, Chrome or Edge found for the browser tests (tried: ${tried.join("; ")}). ` +
    `To fix: ${install}; or set ${ENV_VARIABLE} to the browser's executable.`
  );
}

/** Playwright's words when a channel's browser is not installed (its registry's message). */
export function isChannelMissing(error: unknown): boolean {
  // e.g. "browserType.launch: Chromium distribution 'msedge' is not found at /opt/microsoft/msedge/msedge"
  return /distribution '[^']+' is not found at/.test(
    error instanceof Error ? error.message : String(error)
  );
}

/** The environment's choice, when set and not there: a failure that names the variable. */
export function assertChosenExists(
  env: Readonly<Record<string, string | undefined>>,
  exists: (file: string) => boolean
): void {
  const chosen = env[ENV_VARIABLE];
  if (chosen && !exists(chosen))
    throw new Error(
      `${ENV_VARIABLE}=${chosen}: no such file. Point it at a Chromium, Chrome or Edge executable, or unset it to let the tests find one.`
    );
}

export const fileExists = (file: string): boolean => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};
