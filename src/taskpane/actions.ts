/**
 * The pane's actions as states: idle, busy (with progress), done (lines to show) or failed
 * (explained, with what was rolled back). Pure: the hook in useWorkbook.ts drives it.
 */
import { UnsupportedHostError } from "../excel/insertAll";
import { CardRefusedError } from "../excel/insertFigure";
import type { Feature } from "../excel/requirements";
import { WriteError } from "../excel/rollback";
import type { Progress } from "../excel/tables/writer";
import { explainError, type Strings } from "./i18n";

/** One user action: a single Excel.run, its result as lines. */
export type Action = (
  context: Excel.RequestContext,
  onProgress: (p: Progress) => void
) => Promise<string[]>;

/** An action with the feature it needs of Excel (checked before it runs). */
export interface PaneAction {
  readonly feature: Feature;
  readonly run: Action;
}

export type RunState =
  | { kind: "idle" }
  | { kind: "busy"; progress: Progress | null }
  | { kind: "done"; lines: string[] }
  | { kind: "failed"; message: string; rolledBack: string[]; rollbackFailed: boolean };

/** Plain words for anything an action threw (a WriteError says what it removed again). */
export function failure(s: Strings, e: unknown): RunState {
  const we = e instanceof WriteError ? e : null;
  const cause = we ? we.cause : e;
  return {
    kind: "failed",
    message:
      cause instanceof UnsupportedHostError
        ? s.unsupported(cause.missing)
        : cause instanceof CardRefusedError
          ? s.cardFailed
          : explainError(s, cause),
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
