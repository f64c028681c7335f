import { useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { DATASET_VERSION } from "../data/dataset";
import type { Strings } from "../locale/pane";

/** Builds the reference workbook in the browser (ExcelJS, loaded only now) and saves it. */
async function download(): Promise<string> {
  const [{ referenceWorkbook, referenceWorkbookName }, exceljs] = await Promise.all([
    import(/* webpackChunkName: "workbook-file" */ "../excel/tables/workbookFile"),
    import(/* webpackChunkName: "exceljs" */ "exceljs"),
  ]);
  const bytes = await referenceWorkbook(exceljs.default ?? exceljs);
  const name = referenceWorkbookName(DATASET_VERSION);
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    })
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return name;
}

/**
 * Outside Excel (the pane opened in a browser): the reference tables as an .xlsx file, for
 * colleagues who cannot install the add-in. The file is what the add-in writes in Excel.
 */
export function DownloadWorkbook({ s }: { s: Strings }) {
  const [state, setState] = useState<
    | { kind: "idle" }
    | { kind: "busy" }
    | { kind: "done"; name: string }
    | { kind: "failed"; why: string }
  >({ kind: "idle" });
  return (
    <div>
      <Button
        disabled={state.kind === "busy"}
        onClick={() => {
          setState({ kind: "busy" });
          download().then(
            (name) => setState({ kind: "done", name }),
            (e: unknown) =>
              setState({ kind: "failed", why: e instanceof Error ? e.message : String(e) })
          );
        }}
      >
        {s.downloadWorkbook}
      </Button>
      <Caption1 role="status">
        {state.kind === "done"
          ? s.downloaded(state.name)
          : state.kind === "failed"
            ? s.downloadFailed(state.why)
            : state.kind === "busy"
              ? s.working
              : s.downloadHint}
      </Caption1>
    </div>
  );
}
