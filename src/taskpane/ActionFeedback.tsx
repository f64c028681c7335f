/**
 * The outcome of an action, shown next to the control that started it and announced: a live
 * region that is always there (a region added together with its text is not read out), a
 * message bar whose colour says how it went (a refusal is a warning, never a success), and
 * focus back on the control afterwards, or on the message when that control is gone.
 */
import { useEffect, useRef } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DATASET_VERSION } from "../data/dataset";
import type { Outcome } from "../excel/tables/plan";
import type { Strings } from "../locale/pane";
import { refused, succeeded, type Report, type RunState, type Slot } from "./actions";

export function describeOutcome(s: Strings, o: Outcome): string {
  switch (o.action) {
    case "created":
      return s.outcomeCreated(o.sheet);
    case "created-renamed":
      return s.outcomeRenamed(o.sheet, o.wanted);
    case "created-beside":
      return s.outcomeBeside(o.sheet, o.userEdited);
    case "updated":
      return s.outcomeUpdated(o.sheet, o.fromVersion, DATASET_VERSION);
  }
}

/** A table insert's report: a warning when a sheet had to go beside one that was left alone. */
export function reportOutcomes(s: Strings, outcomes: readonly Outcome[]): Report {
  const lines = outcomes.map((o) => describeOutcome(s, o));
  const aside = outcomes.some(
    (o) => o.action === "created-renamed" || o.action === "created-beside"
  );
  return aside ? refused(...lines) : succeeded(...lines);
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface ActionFeedbackProps {
  readonly s: Strings;
  readonly run: RunState;
  /** this slot shows the outcomes of this task's actions only */
  readonly task: Slot;
}

export function ActionFeedback({ s, run, task }: ActionFeedbackProps) {
  const styles = useStyles();
  const message = useRef<HTMLDivElement>(null);
  const mine = run.kind !== "idle" && run.task === task ? run : null;
  const settled = mine && mine.kind !== "busy" ? mine : null;
  useEffect(() => {
    if (!settled) return;
    const from = settled.from;
    const usable =
      from &&
      from !== from.ownerDocument.body &&
      from.isConnected &&
      !(from as HTMLButtonElement).disabled &&
      !from.closest("[hidden]");
    if (usable) from.focus();
    else message.current?.focus();
  }, [settled]);
  const titleOf = (r: Report) =>
    r.intent === "success" ? s.doneTitle : r.intent === "warning" ? s.warningTitle : s.infoTitle;
  return (
    <div role="status" aria-live="polite" className={styles.region}>
      {mine?.kind === "busy" && (
        <div>
          <ProgressBar
            value={mine.progress ? mine.progress.done / mine.progress.total : undefined}
            aria-label={s.working}
          />
          <Caption1>
            {mine.progress ? s.progress(mine.progress.done, mine.progress.total) : s.working}
          </Caption1>
        </div>
      )}
      {settled?.kind === "done" && (
        <div ref={message} tabIndex={-1}>
          <MessageBar intent={settled.report.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{titleOf(settled.report)}</MessageBarTitle>
              {settled.report.lines.length === 1 ? (
                settled.report.lines[0]
              ) : (
                <ul className={styles.list}>
                  {settled.report.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {settled?.kind === "failed" && (
        <div ref={message} tabIndex={-1} role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.errorTitle}</MessageBarTitle> {settled.message}
              {settled.rolledBack.length > 0 && <p>{s.rolledBack(settled.rolledBack)}</p>}
              {settled.rollbackFailed && <p>{s.rollbackFailed}</p>}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </div>
  );
}
