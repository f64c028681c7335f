import { useState } from "react";
import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FunctionNames } from "../locale/functionNames";
import { PRESETS, PRESET_LABELS, type Preset } from "../excel/scenario/layout";
import { NoScenarioError, applyPreset, insertScenario } from "../excel/scenario/writer";
import { refused, succeeded, type PaneAction, type RunState } from "./actions";
import { ActionButton } from "./ActionButton";
import { ActionFeedback } from "./ActionFeedback";
import { helpUrl } from "./helpLinks";
import type { Lang, Strings } from "../locale/pane";

export const useTaskStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ScenarioTaskProps {
  readonly s: Strings;
  readonly lang: Lang;
  /** the function names Excel knows in this session, for the formulas written */
  readonly names: FunctionNames;
  readonly run: RunState;
  readonly disabled: boolean;
  readonly perform: (action: PaneAction) => void;
}

/** "Scenario": the model on a sheet of live formulas, and a production preset for it. */
export function ScenarioTask({ s, lang, names, run, disabled, perform }: ScenarioTaskProps) {
  const styles = useTaskStyles();
  const [preset, setPreset] = useState<Preset>("brief");
  return (
    <section aria-labelledby="scenario-heading" className={styles.section}>
      <Subtitle2 as="h2" id="scenario-heading">
        {s.scenarioHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>{s.scenarioIntro}</Caption1>
      <Field label={s.presetLabel}>
        <RadioGroup value={preset} onChange={(_, d) => setPreset(d.value as Preset)}>
          {PRESETS.map((p) => (
            <Radio key={p} value={p} label={PRESET_LABELS[p][lang]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <ActionButton
          primary
          label={s.insertScenario}
          disabled={disabled}
          feature="scenario"
          task="scenario"
          perform={perform}
          action={async (ctx) => {
            const { sheet } = await insertScenario(ctx, preset, helpUrl(lang, "functions"), names);
            return succeeded(s.scenarioCreated(sheet));
          }}
        />
        <ActionButton
          label={s.applyPreset}
          disabled={disabled}
          feature="scenario"
          task="scenario"
          perform={perform}
          action={async (ctx) => {
            try {
              const { sheet } = await applyPreset(ctx, preset, names);
              return succeeded(s.presetApplied(sheet));
            } catch (e) {
              if (e instanceof NoScenarioError) return refused(s.noScenario);
              throw e;
            }
          }}
        />
      </div>
      <ActionFeedback s={s} run={run} task="scenario" />
    </section>
  );
}
