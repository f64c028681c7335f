/**
 * "Delen": making a workbook fit for colleagues without the add-in. The task is its own
 * component so more sharing tools (a list of conflicts, a download) join it here.
 */
import { useState } from "react";
import { Caption1, Field, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import type { FunctionNames } from "../locale/functionNames";
import { freezeFormulas, restoreFormulas } from "../excel/sharing/freeze";
import { nothingToDo, refused, succeeded, type PaneAction, type RunState } from "./actions";
import { ActionButton } from "./ActionButton";
import { ActionFeedback } from "./ActionFeedback";
import { useTaskStyles } from "./ScenarioTask";
import type { Strings } from "./i18n";

export interface SharingTaskProps {
  readonly s: Strings;
  readonly names: FunctionNames;
  readonly run: RunState;
  readonly disabled: boolean;
  readonly perform: (action: PaneAction) => void;
}

export function SharingTask({ s, names, run, disabled, perform }: SharingTaskProps) {
  const styles = useTaskStyles();
  const [scope, setScope] = useState<"workbook" | "selection">("workbook");
  return (
    <section aria-labelledby="share-heading" className={styles.section}>
      <Subtitle2 as="h2" id="share-heading">
        {s.shareHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>{s.shareIntro}</Caption1>
      <Field label={s.scopeLabel}>
        <RadioGroup
          value={scope}
          onChange={(_, d) => setScope(d.value as "workbook" | "selection")}
        >
          <Radio value="workbook" label={s.scopeWorkbook} />
          <Radio value="selection" label={s.scopeSelection} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <ActionButton
          primary
          label={s.freeze}
          disabled={disabled}
          feature="sharing"
          task="sharing"
          perform={perform}
          action={async (ctx) => {
            const r = await freezeFormulas(ctx, scope);
            const line = s.frozen(r.frozen, r.sheets);
            return r.frozen === 0 ? nothingToDo(line) : succeeded(line);
          }}
        />
        <ActionButton
          label={s.restore}
          disabled={disabled}
          feature="sharing"
          task="sharing"
          perform={perform}
          action={async (ctx) => {
            const r = await restoreFormulas(ctx, names);
            const line = s.restored(r.restored);
            if (r.missing.length)
              return refused(
                line,
                s.restoreMissing(r.missing.map((m) => `${m.sheetName}!${m.address}`))
              );
            return r.restored === 0 ? nothingToDo(line) : succeeded(line);
          }}
        />
      </div>
      <ActionFeedback s={s} run={run} task="sharing" />
    </section>
  );
}
