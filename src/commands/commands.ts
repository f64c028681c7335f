/**
 * Ribbon commands, in the shared runtime. "Alles invoegen" inserts every reference table
 * without opening the pane first, then shows the pane so the user sees what happened.
 * The writer is loaded on first use, so this file stays tiny.
 */
import { INSERT_ALL_EVENT } from "../excel/events";

async function insertAllReferenceData(event: Office.AddinCommands.Event): Promise<void> {
  let detail: unknown;
  try {
    const { runInsertAll } = await import("../excel/insertAll");
    detail = await runInsertAll();
  } catch (e) {
    detail = { error: e };
  } finally {
    globalThis.dispatchEvent?.(new CustomEvent(INSERT_ALL_EVENT, { detail }));
    try {
      await Office.addin.showAsTaskpane();
    } catch {
      // the pane could not be opened (old Office); the sheets are written all the same
    }
    event.completed();
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    Office.actions.associate("insertAllReferenceData", insertAllReferenceData);
  });
}
