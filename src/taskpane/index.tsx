/**
 * The task pane's first script: no React here, so the page paints at once and the custom
 * functions (functions.js, loaded before this) register before the UI's code is fetched.
 */
import { BOOT_MESSAGES, type BootMessage } from "./bootMessages";
import { langFromTag } from "../locale/lang";

const OFFICE_TIMEOUT_MS = 10000;

function showBootMessage(kind: BootMessage, severity: "error" | "warning"): void {
  const el = document.getElementById("boot-status");
  if (!el) return;
  el.textContent = BOOT_MESSAGES[kind];
  el.className = severity;
  el.setAttribute("role", "alert");
}

function boot(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showBootMessage("officeMissing", "error");
    return;
  }
  const slow = setTimeout(() => showBootMessage("officeSlow", "warning"), OFFICE_TIMEOUT_MS);
  void Office.onReady().then(async (info) => {
    clearTimeout(slow);
    const inExcel = info.host === Office.HostType.Excel;
    const lang = langFromTag(inExcel ? Office.context.displayLanguage : navigator.language);
    try {
      const [{ mount }, { officeHost }] = await Promise.all([
        import("./mount"),
        import("../excel/host"),
      ]);
      const root = document.getElementById("root");
      if (root) mount(root, { host: inExcel ? officeHost() : null, lang });
    } catch (e) {
      // Said to the user and kept in the console for support (and for the browser tests).
      console.error("Woningbouw: the pane could not be loaded", e);
      showBootMessage("uiFailed", "error");
    }
  });
}

boot();
