/**
 * The task pane's first script. The page already shows the pane (the build pre-rendered it in
 * the page's language, src/taskpane/prerender.tsx), so this script only makes it live: it
 * fetches the pane's code at once, in parallel with Office's start-up, hydrates the
 * pre-rendered markup as soon as the code is there, and connects it to Excel when Office is
 * ready. No React here: the custom functions (functions.js, run before this) register first.
 */
import { bootMessage, type BootMessage } from "../locale/boot";
import { langFromTag, type Lang } from "../locale/lang";
import type { AppProps } from "./App";
import type { MountedPane } from "./mount";

const OFFICE_TIMEOUT_MS = 10000;

/** The language the page was built in (taskpane.html English, taskpane.nl.html Dutch). */
const pageLang: Lang = langFromTag(document.documentElement.lang);

/** The pane's view before Office is ready: what the build pre-rendered, so hydration starts from it. */
const BOOTING: AppProps = { host: null, lang: pageLang, booting: true };

/**
 * Why the pane will not come alive (office.js or the pane's code cannot run), written into the
 * pre-rendered status line; the pre-rendered controls are greyed out (taskpane.html's style).
 */
function showBootError(kind: BootMessage): void {
  const el = document.getElementById("boot-status");
  if (!el) return;
  el.textContent = bootMessage(kind);
  el.className = "error";
  el.setAttribute("role", "alert");
  document.documentElement.classList.add("woningbouw-stopped");
}

function boot(): void {
  const root = document.getElementById("root");
  if (!root) return;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showBootError("officeMissing");
    return;
  }
  // What the pane should show; the hydrated pane follows it.
  let wanted = BOOTING;
  let pane: MountedPane | null = null;
  let live = false;
  const show = (next: AppProps) => {
    wanted = next;
    if (live) pane?.update(next);
  };

  const failed = (e: unknown) => {
    // Said to the user and kept in the console for support (and for the browser tests).
    console.error("Woningbouw: the pane could not be loaded", e);
    showBootError("uiFailed");
  };
  void import("./mount")
    .then(({ hydrate }) => {
      pane = hydrate(root, BOOTING, () => {
        live = true;
        if (wanted !== BOOTING) pane?.update(wanted);
      });
    })
    .catch(failed);

  // Office not answering: the pane says so in its status line (once live; the markup is never
  // changed under a pane that is still to be hydrated)
  const slow = setTimeout(() => show({ ...wanted, notice: "officeSlow" }), OFFICE_TIMEOUT_MS);
  void Office.onReady().then(async (info) => {
    clearTimeout(slow);
    const inExcel = info.host === Office.HostType.Excel;
    try {
      const host = inExcel ? (await import("../excel/host")).officeHost() : null;
      // Inside Excel the pane speaks Excel's display language (the manifest serves the page in
      // it, so this is the page's language unless a host ignored the override); outside Excel
      // the page's own.
      const lang = inExcel ? langFromTag(Office.context.displayLanguage) : pageLang;
      show({ host, lang, booting: false });
    } catch (e) {
      failed(e);
    }
  });
}

boot();
