import { useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FunctionNames } from "../locale/functionNames";
import type { Feature } from "../excel/requirements";
import { PRESETS, PRESET_LABELS, type Preset } from "../excel/scenario/layout";
import { NoScenarioError, applyPreset, insertScenario } from "../excel/scenario/writer";
import { freezeFormulas, restoreFormulas } from "../excel/sharing/freeze";
import type { Choice, Conflict } from "../excel/sharing/plan";
import { SharingConflicts } from "./SharingConflicts";
import type { Action, PaneAction } from "./actions";
import type { Lang, Strings } from "./i18n";

/** The functions' help, next to this page, in the pane's language (help/functions(.nl).html). */
function helpUrl(lang: Lang): string {
  const page = lang === "nl" ? "help/functions.nl.html" : "help/functions.html";
  try {
    return new URL(page, globalThis.location?.href).href;
  } catch {
    return page;
  }
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A button that runs one pane action (one Excel.run) and reports its lines. */
function ActionButton(props: {
  label: string;
  disabled: boolean;
  feature: Feature;
  perform: (a: PaneAction) => void;
  action: Action;
}) {
  return (
    <Button
      disabled={props.disabled}
      onClick={() => props.perform({ feature: props.feature, run: props.action })}
    >
      {props.label}
    </Button>
  );
}

export interface ModelActionsProps {
  readonly s: Strings;
  readonly lang: Lang;
  /** the function names Excel knows in this session, for the formulas written */
  readonly names: FunctionNames;
  readonly disabled: boolean;
  readonly missing: Readonly<Record<Feature, string | null>>;
  readonly perform: (action: PaneAction) => void;
}

export function ModelActions({ s, lang, names, disabled, missing, perform }: ModelActionsProps) {
  const styles = useStyles();
  const [preset, setPreset] = useState<Preset>("brief");
  const [scope, setScope] = useState<"workbook" | "selection">("workbook");
  /** blocks the last restore left alone, for the user to decide */
  const [conflicts, setConflicts] = useState<readonly Conflict[]>([]);
  const choose = (c: Conflict, choice: Choice) =>
    perform({
      feature: "sharing",
      run: async (ctx) => {
        const r = await restoreFormulas(ctx, names, { choices: new Map([[c.id, choice]]) });
        setConflicts(r.conflicts);
        const where = c.sheet ? `${c.sheet}!${c.address}` : "";
        return [choice === "restore" ? s.conflictPutBack(where) : s.conflictKept(where)];
      },
    });
  return (
    <>
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
            label={s.insertScenario}
            disabled={disabled || missing.scenario !== null}
            feature="scenario"
            perform={perform}
            action={async (ctx) => {
              const { sheet } = await insertScenario(ctx, preset, helpUrl(lang), names);
              return [s.scenarioCreated(sheet)];
            }}
          />
          <ActionButton
            label={s.applyPreset}
            disabled={disabled || missing.scenario !== null}
            feature="scenario"
            perform={perform}
            action={async (ctx) => {
              try {
                const { sheet } = await applyPreset(ctx, preset, names);
                return [s.presetApplied(sheet)];
              } catch (e) {
                if (e instanceof NoScenarioError) return [s.noScenario];
                throw e;
              }
            }}
          />
        </div>
      </section>
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
            label={s.freeze}
            disabled={disabled || missing.sharing !== null}
            feature="sharing"
            perform={perform}
            action={async (ctx) => {
              const r = await freezeFormulas(ctx, scope, names);
              return [s.frozen(r.frozen, r.sheets)];
            }}
          />
          <ActionButton
            label={s.restore}
            disabled={disabled || missing.sharing !== null}
            feature="sharing"
            perform={perform}
            action={async (ctx) => {
              const r = await restoreFormulas(ctx, names, { scope });
              setConflicts(r.conflicts);
              const lines = [s.restored(r.restored)];
              if (r.conflicts.length) lines.push(s.conflictsHeading(r.conflicts.length));
              if (r.missing.length)
                lines.push(s.restoreMissing(r.missing.map((m) => `${m.sheetName}!${m.address}`)));
              return lines;
            }}
          />
        </div>
        <SharingConflicts
          s={s}
          names={names}
          conflicts={conflicts}
          disabled={disabled || missing.sharing !== null}
          onChoose={choose}
        />
      </section>
    </>
  );
}
