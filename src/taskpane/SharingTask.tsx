/**
 * "Delen": making a workbook fit for colleagues without the add-in — prepare for sharing,
 * restore (with the blocks a colleague changed listed for the user to decide), and, outside
 * Excel, the reference workbook as a file.
 */
import { useState } from "react";
import { Caption1, Field, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import type { FunctionNames } from "../locale/functionNames";
import { freezeFormulas, restoreFormulas } from "../excel/sharing/freeze";
import { nothingToDo, refused, succeeded, type PaneAction, type RunState } from "./actions";
import { ActionButton } from "./ActionButton";
import { ActionFeedback } from "./ActionFeedback";
import { useTaskStyles } from "./ScenarioTask";
import { SharingConflicts } from "./SharingConflicts";
import { DownloadWorkbook } from "./DownloadWorkbook";
import type { Choice, Conflict } from "../excel/sharing/plan";
import type { Strings } from "../locale/pane";

export interface SharingTaskProps {
  readonly s: Strings;
  readonly names: FunctionNames;
  readonly run: RunState;
  readonly disabled: boolean;
  /** the pane is open in a browser, not in Excel: the reference workbook as a file */
  readonly outsideExcel: boolean;
  readonly perform: (action: PaneAction) => void;
}

export function SharingTask({ s, names, run, disabled, outsideExcel, perform }: SharingTaskProps) {
  const styles = useTaskStyles();
  const [scope, setScope] = useState<"workbook" | "selection">("workbook");
  /** blocks the last restore left alone, for the user to decide */
  const [conflicts, setConflicts] = useState<readonly Conflict[]>([]);
  const choose = (c: Conflict, choice: Choice) =>
    perform({
      feature: "sharing",
      task: "sharing",
      run: async (ctx) => {
        const r = await restoreFormulas(ctx, names, { choices: new Map([[c.id, choice]]) });
        setConflicts(r.conflicts);
        const where = c.sheet ? `${c.sheet}!${c.address}` : "";
        return succeeded(choice === "restore" ? s.conflictPutBack(where) : s.conflictKept(where));
      },
    });
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
            const r = await freezeFormulas(ctx, scope, names);
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
            const r = await restoreFormulas(ctx, names, { scope });
            setConflicts(r.conflicts);
            const line = s.restored(r.restored);
            const left = [
              ...(r.conflicts.length ? [s.conflictsHeading(r.conflicts.length)] : []),
              ...(r.missing.length
                ? [s.restoreMissing(r.missing.map((m) => `${m.sheetName}!${m.address}`))]
                : []),
            ];
            if (left.length) return refused(line, ...left);
            return r.restored === 0 ? nothingToDo(line) : succeeded(line);
          }}
        />
      </div>
      <ActionFeedback s={s} run={run} task="sharing" />
      <SharingConflicts
        s={s}
        names={names}
        conflicts={conflicts}
        disabled={disabled}
        onChoose={choose}
      />
      {outsideExcel && <DownloadWorkbook s={s} />}
    </section>
  );
}
