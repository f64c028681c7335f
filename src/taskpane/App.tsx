import { useEffect, useRef, useState } from "react";
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { DATASET_VERSION } from "../data/dataset";
import type { ExcelHost } from "../excel/host";
import { OPTIONAL_FEATURES, type Feature } from "../excel/requirements";
import { strings, type Lang } from "../locale/pane";
import { WorkbookSummary } from "./WorkbookSummary";
import { TablesTask } from "./TablesTask";
import { ScenarioTask } from "./ScenarioTask";
import { SharingTask } from "./SharingTask";
import { HelpTask } from "./HelpTask";
import { FigureBrowser } from "./FigureBrowser";
import { TaskTabs } from "./TaskTabs";
import { useWorkbook } from "./useWorkbook";
import { TASKS, type TaskId } from "./actions";
import type { BootMessage } from "./bootMessages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    maxWidth: "480px",
    minWidth: "0",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface AppProps {
  /** null when the page is open outside Excel (or Office is not ready yet: `booting`). */
  readonly host: ExcelHost | null;
  readonly lang: Lang;
  /** Office is not ready yet: the pane is live, actions that need Excel say so */
  readonly booting?: boolean;
  /** a start-up problem to show in the status line (Office slow to answer) */
  readonly notice?: BootMessage;
}

export function App({ host, lang, booting = false, notice }: AppProps) {
  const s = strings(lang);
  const styles = useStyles();
  /** Excel refused a card this session (Excel 2021 claims data types it lacks: #4750) */
  const [cardsRefused, setCardsRefused] = useState(false);
  const [task, setTask] = useState<TaskId>("figures");
  const { run, status, missing, names, perform } = useWorkbook(host, s, booting);
  /** the tables task's update button, focused when the status line sends the user there */
  const updateButton = useRef<HTMLButtonElement>(null);
  // The pane responds to input from its first commit: the bench reads this mark as "interactive".
  useEffect(() => {
    performance.mark?.("woningbouw:interactive");
  }, []);

  const busy = run.kind === "busy";
  // while Office starts, buttons respond (they say Excel is not connected yet)
  const canWrite = (!!host || booting) && !busy;
  const lacking = (Object.entries(missing) as Array<[Feature, string | null]>).filter(
    ([f, m]) => m !== null && !OPTIONAL_FEATURES.has(f)
  );
  const goToUpdate = () => {
    setTask("tables");
    // after the tables task is shown
    setTimeout(() => updateButton.current?.focus(), 0);
  };
  const label: Record<TaskId, string> = {
    figures: s.taskFigures,
    tables: s.taskTables,
    scenario: s.taskScenario,
    sharing: s.taskSharing,
    help: s.taskHelp,
  };
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "nl" ? "nl-NL" : "en-US"}>
      <main className={styles.root} aria-busy={busy}>
        <header className={styles.header}>
          <Subtitle1 as="h1">{s.title}</Subtitle1>
          <Caption1 className={styles.muted}>{s.subtitle(DATASET_VERSION)}</Caption1>
        </header>
        {host && lacking.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>
              <ul className={styles.list}>
                {lacking.map(([feature, set]) => (
                  <li key={feature}>{s.featureName(feature, set ?? "")}.</li>
                ))}
              </ul>
              {s.unsupportedAdvice}
            </MessageBarBody>
          </MessageBar>
        )}
        <WorkbookSummary
          s={s}
          status={status}
          notice={notice}
          busy={busy}
          onShowTables={goToUpdate}
        />
        <TaskTabs
          tasks={TASKS}
          labels={label}
          selected={task}
          onSelect={setTask}
          label={s.tasksLabel}
          tabId={(t) => `task-tab-${t}`}
          panelId={(t) => `task-${t}`}
        />
        {TASKS.map((t) => (
          <div
            key={t}
            id={`task-${t}`}
            role="tabpanel"
            aria-labelledby={`task-tab-${t}`}
            hidden={t !== task}
            // a display rule would override `hidden`: only the shown task gets its layout
            className={t === task ? styles.panel : undefined}
          >
            {t === "figures" ? (
              <FigureBrowser
                s={s}
                lang={lang}
                names={names}
                busy={busy}
                run={run}
                insertBlocked={
                  !host && !booting
                    ? s.insertOnlyInExcel
                    : missing.figures
                      ? s.featureName("figures", missing.figures)
                      : null
                }
                cardBlocked={
                  missing.cards
                    ? s.featureName("cards", missing.cards)
                    : cardsRefused
                      ? s.cardFailed
                      : null
                }
                perform={(a) => void perform(a)}
                onCardsRefused={() => setCardsRefused(true)}
              />
            ) : t === "tables" ? (
              <TablesTask
                s={s}
                lang={lang}
                run={run}
                status={status}
                canWrite={canWrite}
                blocked={missing.referenceTables !== null}
                perform={(a) => void perform(a)}
                updateButton={updateButton}
              />
            ) : t === "scenario" ? (
              <ScenarioTask
                s={s}
                lang={lang}
                names={names}
                run={run}
                disabled={!canWrite || missing.scenario !== null}
                perform={(a) => void perform(a)}
              />
            ) : t === "sharing" ? (
              <SharingTask
                s={s}
                names={names}
                run={run}
                disabled={!canWrite || missing.sharing !== null}
                outsideExcel={!host && !booting}
                perform={(a) => void perform(a)}
              />
            ) : (
              <HelpTask s={s} lang={lang} names={names} />
            )}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
