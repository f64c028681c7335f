import { candidates, assertChosenExists, isChannelMissing, notFoundMessage } from "./findBrowser";

const none = () => false;

describe("which installed browser the browser tests drive", () => {
  it("takes CHROMIUM_PATH alone when it is set, and fails naming it when it is not there", () => {
    const env = { CHROMIUM_PATH: "/opt/x/chrome" };
    expect(candidates("linux", env, () => true)).toEqual([
      { kind: "path", path: "/opt/x/chrome", from: "CHROMIUM_PATH" },
    ]);
    expect(() => assertChosenExists(env, none)).toThrow(
      /CHROMIUM_PATH=\/opt\/x\/chrome: no such file/
    );
    expect(() => assertChosenExists(env, () => true)).not.toThrow();
    expect(() => assertChosenExists({}, none)).not.toThrow();
  });

  it("on Linux tries the Chromium packages that are installed, then Chrome's and Edge's channels", () => {
    const there = new Set(["/snap/bin/chromium"]);
    expect(candidates("linux", {}, (f) => there.has(f))).toEqual([
      { kind: "path", path: "/snap/bin/chromium", from: "Chromium install path" },
      { kind: "channel", channel: "chrome" },
      { kind: "channel", channel: "msedge" },
    ]);
    expect(candidates("linux", {}, none).map((c) => c.kind)).toEqual(["channel", "channel"]);
  });

  it("on macOS looks for Chromium.app in /Applications and ~/Applications", () => {
    const paths = candidates("darwin", { HOME: "/Users/an" }, () => true).flatMap((c) =>
      c.kind === "path" ? [c.path] : []
    );
    expect(paths).toEqual([
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Users/an/Applications/Chromium.app/Contents/MacOS/Chromium",
    ]);
  });

  it("on Windows looks for Chromium under LOCALAPPDATA and Program Files with backslashes", () => {
    const env = {
      LOCALAPPDATA: "C:\\Users\\an\\AppData\\Local",
      PROGRAMFILES: "C:\\Program Files",
    };
    const paths = candidates("win32", env, () => true).flatMap((c) =>
      c.kind === "path" ? [c.path] : []
    );
    expect(paths).toEqual([
      "C:\\Users\\an\\AppData\\Local\\Chromium\\Application\\chrome.exe",
      "C:\\Program Files\\Chromium\\Application\\chrome.exe",
    ]);
  });

  it("tells a channel that is not installed from a browser that fails to start", () => {
    expect(
      isChannelMissing(
        new Error(
          "browserType.launch: Chromium distribution 'msedge' is not found at /opt/microsoft/msedge/msedge\nRun \"npx playwright install msedge\""
        )
      )
    ).toBe(true);
    expect(isChannelMissing(new Error("Target page, context or browser has been closed"))).toBe(
      false
    );
    expect(isChannelMissing(new Error("error while loading shared libraries: libnss3.so"))).toBe(
      false
    );
  });

  it("says per system how to get a browser, and how to name one", () => {
    expect(notFoundMessage("linux", ["/usr/bin/chromium"])).toMatch(
      /apt-get install chromium.*CHROMIUM_PATH/
    );
    expect(notFoundMessage("darwin", [])).toMatch(/brew install --cask chromium/);
    expect(notFoundMessage("win32", [])).toMatch(/Microsoft Edge/);
    expect(notFoundMessage("linux", ["/usr/bin/chromium", "channel chrome"])).toContain(
      "tried: /usr/bin/chromium; channel chrome"
    );
  });
});
