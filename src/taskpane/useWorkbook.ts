/**
 * The pane's link to the workbook: runs actions (one Excel.run each, after checking what the
 * feature needs of this Excel), keeps the run state, and keeps the workbook status fresh.
 * Overlapping status refreshes are ordered: only the latest one's answer is shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { namesFor, type FunctionNames } from "../locale/functionNames";
import { onInsertAll } from "../excel/events";
import type { ExcelHost } from "../excel/host";
import { FEATURE_REQUIREMENTS, requirementProblem, type Feature } from "../excel/requirements";
import { readStatus, type OwnedSheet } from "../excel/status";
import { failure, refused, type PaneAction, type RunState, type WorkbookState } from "./actions";
import type { Strings } from "../locale/pane";
import { reportOutcomes } from "./ActionFeedback";

export interface Workbook {
  readonly run: RunState;
  readonly status: WorkbookState<OwnedSheet[]>;
  /** what each feature lacks on this Excel (null: available) */
  readonly missing: Readonly<Record<Feature, string | null>>;
  /** the function names Excel knows in this session */
  readonly names: FunctionNames;
  readonly perform: (action: PaneAction) => Promise<void>;
}

/** every feature the requirement table knows, so a new one cannot be left unchecked */
const FEATURES = Object.keys(FEATURE_REQUIREMENTS) as Feature[];

/** What the pane shows about the workbook before it has read it. */
function initialStatus(host: ExcelHost | null, booting: boolean): WorkbookState<OwnedSheet[]> {
  return booting ? { kind: "connecting" } : host ? { kind: "loading" } : { kind: "outside-excel" };
}

/**
 * `booting`: Office is not ready yet (the pane is live before it): actions say so instead of
 * running, and nothing is read.
 */
export function useWorkbook(host: ExcelHost | null, s: Strings, booting = false): Workbook {
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [status, setStatus] = useState<WorkbookState<OwnedSheet[]>>(() =>
    initialStatus(host, booting)
  );
  // Office became ready (or the host changed): start from what is known of the new host.
  const [seen, setSeen] = useState({ host, booting });
  if (seen.host !== host || seen.booting !== booting) {
    setSeen({ host, booting });
    setStatus(initialStatus(host, booting));
  }
  const latest = useRef(0);
  const missing = useMemo(
    () =>
      Object.fromEntries(
        FEATURES.map((f) => [f, host ? requirementProblem(f, host.isSetSupported) : null])
      ) as Record<Feature, string | null>,
    [host]
  );
  const names = useMemo(() => namesFor(host?.displayLanguage), [host]);

  const refresh = useCallback(async () => {
    if (!host) return;
    if (missing.status) {
      setStatus({ kind: "unsupported", missing: missing.status });
      return;
    }
    const mine = ++latest.current;
    try {
      const sheets = await host.run((ctx) => readStatus(ctx));
      if (mine === latest.current) setStatus({ kind: "ready", sheets });
    } catch (e) {
      if (mine === latest.current)
        setStatus({
          kind: "error",
          message: s.statusError(e instanceof Error ? e.message : String(e)),
        });
    }
  }, [host, missing, s]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const perform = useCallback(
    async (action: PaneAction) => {
      const { task } = action;
      // the control the user acted with: focus returns there when the action ends
      const from = (globalThis.document?.activeElement as HTMLElement | null) ?? null;
      if (booting) {
        setRun({ kind: "done", task, report: refused(s.notReady), from });
        return;
      }
      if (!host) return;
      const lacking = missing[action.feature];
      if (lacking) {
        setRun({
          kind: "failed",
          task,
          message: s.unsupported(lacking),
          rolledBack: [],
          rollbackFailed: false,
          from,
        });
        return;
      }
      setRun({ kind: "busy", task, progress: null });
      try {
        const report = await host.run((ctx) =>
          action.run(ctx, (p) => setRun({ kind: "busy", task, progress: p }))
        );
        setRun({ kind: "done", task, report, from });
      } catch (e) {
        setRun({ ...failure(s, task, e), from } as RunState);
      }
      await refresh();
    },
    [host, booting, missing, s, refresh]
  );

  // The ribbon's "insert all" runs in this same (shared) runtime and reports in the tables task.
  useEffect(
    () =>
      onInsertAll((detail) => {
        if ("report" in detail)
          setRun({
            kind: "done",
            task: "tables",
            report: reportOutcomes(s, detail.report.outcomes),
          });
        else setRun(failure(s, "tables", detail.error));
        void refresh();
      }),
    [s, refresh]
  );

  return { run, status, missing, names, perform };
}
