import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DATASET_VERSION } from "../data/dataset";
import type { Outcome } from "../excel/tables/plan";
import type { Strings } from "./i18n";
import type { RunState } from "./actions";

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

export function ResultPanel({ s, run }: { readonly s: Strings; readonly run: RunState }) {
  if (run.kind === "done") {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.doneTitle}</MessageBarTitle>
          <ul>
            {run.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (run.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.errorTitle}</MessageBarTitle> {run.message}
          {run.rolledBack.length > 0 && <p>{s.rolledBack(run.rolledBack)}</p>}
          {run.rollbackFailed && <p>{s.rollbackFailed}</p>}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
