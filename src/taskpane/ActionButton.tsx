import { Button } from "@fluentui/react-components";
import type { Feature } from "../excel/requirements";
import type { Action, PaneAction, TaskId } from "./actions";

/** A button that runs one pane action (one Excel.run) whose outcome its task shows. */
export function ActionButton(props: {
  readonly label: string;
  readonly disabled: boolean;
  readonly feature: Feature;
  readonly task: TaskId;
  readonly perform: (a: PaneAction) => void;
  readonly action: Action;
  readonly primary?: boolean;
}) {
  return (
    <Button
      appearance={props.primary ? "primary" : "secondary"}
      disabled={props.disabled}
      onClick={() => props.perform({ feature: props.feature, task: props.task, run: props.action })}
    >
      {props.label}
    </Button>
  );
}
