/**
 * The pane's actions as states: idle, busy (with progress), done (a report to show) or failed
 * (explained, with what was rolled back). Each state names the task whose control started it,
 * so the outcome is shown and announced next to that control. Pure: useWorkbook.ts drives it.
 */
import { UnsupportedHostError } from "../excel/insertAll";
import { CardRefusedError } from "../excel/insertFigure";
import type { Feature } from "../excel/requirements";
import { WriteError } from "../excel/rollback";
import type { Progress } from "../excel/tables/writer";
import type { Strings } from "../locale/pane";
import { explainError } from "../locale/officeErrors";

/** The pane's tasks, in the order the tab list shows them. */
export const TASKS = ["figures", "tables", "scenario", "sharing", "help"] as const;
export type TaskId = (typeof TASKS)[number];
/**
 * Where an outcome is shown: a task's own slot, or one of the figures task's other controls
 * (the table of several figures, the conversion of a column into cards).
 */
export type Slot = TaskId | "figureTable" | "figureConvert";

/**
 * What an action did, and how it went: `success` only when everything asked was done;
 * `warning` when something was refused or left alone (a non-empty cell, a sheet kept aside);
 * `info` when there was nothing to do.
 */
export interface Report {
  readonly intent: "success" | "warning" | "info";
  readonly lines: readonly string[];
}

export const succeeded = (...lines: string[]): Report => ({ intent: "success", lines });
export const refused = (...lines: string[]): Report => ({ intent: "warning", lines });
export const nothingToDo = (...lines: string[]): Report => ({ intent: "info", lines });

/** One user action: a single Excel.run, its report. */
export type Action = (
  context: Excel.RequestContext,
  onProgress: (p: Progress) => void
) => Promise<Report>;

/** An action with the feature it needs of Excel (checked before it runs) and its task. */
export interface PaneAction {
  readonly feature: Feature;
  readonly task: Slot;
  readonly run: Action;
}

export type RunState =
  | { kind: "idle" }
  | { kind: "busy"; task: Slot; progress: Progress | null }
  | { kind: "done"; task: Slot; report: Report; from?: HTMLElement | null }
  | {
      kind: "failed";
      task: Slot;
      message: string;
      rolledBack: string[];
      rollbackFailed: boolean;
      /** the control the action was started from: focus returns there when it can */
      from?: HTMLElement | null;
    };

/** Plain words for anything an action threw (a WriteError says what it removed again). */
export function failure(s: Strings, task: Slot, e: unknown): RunState {
  const we = e instanceof WriteError ? e : null;
  const cause = we ? we.cause : e;
  return {
    kind: "failed",
    task,
    message:
      cause instanceof UnsupportedHostError
        ? s.unsupported(cause.missing)
        : cause instanceof CardRefusedError
          ? s.cardFailed
          : explainError(s.office, cause),
    rolledBack: we ? [...we.rolledBack] : [],
    rollbackFailed: we ? we.rollbackFailed : false,
  };
}

/** What the pane knows about the workbook's reference sheets. */
export type WorkbookState<T> =
  | { kind: "connecting" }
  | { kind: "outside-excel" }
  | { kind: "unsupported"; missing: string }
  | { kind: "loading" }
  | { kind: "ready"; sheets: T }
  | { kind: "error"; message: string };
