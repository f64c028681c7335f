/**
 * Ribbon commands, in the shared runtime. "Alles invoegen" checks the host, inserts every
 * reference table without opening the pane first, then shows the pane so the user sees what
 * happened (or what their Excel lacks). The writer is loaded on first use, so this file stays
 * tiny.
 */
import { announceInsertAll, type InsertAllDetail } from "../excel/events";

async function insertAllReferenceData(event: Office.AddinCommands.Event): Promise<void> {
  let detail: InsertAllDetail;
  try {
    const { runInsertAll } = await import("../excel/insertAll");
    const report = await runInsertAll(
      (name, version) => Office.context.requirements.isSetSupported(name, version),
      (batch) => Excel.run(batch)
    );
    detail = { report };
  } catch (e) {
    detail = { error: e };
  }
  announceInsertAll(detail);
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // the pane could not be opened; the sheets are written (or untouched) all the same
  }
  event.completed();
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    Office.actions.associate("insertAllReferenceData", insertAllReferenceData);
  });
}
