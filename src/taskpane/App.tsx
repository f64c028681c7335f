import { useEffect, useRef, useState } from "react";
import {
  Caption1,
  FluentProvider,
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
import { TaskPanel } from "./TaskPanel";
import { TaskTabs } from "./TaskTabs";
import { UnsupportedFeatures } from "./UnsupportedFeatures";
import { useWorkbook } from "./useWorkbook";
import { TASKS, type TaskId } from "./actions";
import type { BootMessage } from "../locale/boot";
import { inLanguage, LANGUAGE_TAG } from "../locale/lang";

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
  const workbook = useWorkbook(host, s, booting);
  const { run, status, missing } = workbook;
  /** the tables task's update button, focused when the status line sends the user there */
  const updateButton = useRef<HTMLButtonElement>(null);
  // The pane responds to input from its first commit: the bench reads this mark as "interactive".
  useEffect(() => {
    performance.mark?.("woningbouw:interactive");
  }, []);

  const busy = run.kind === "busy";
  // while Office starts, buttons respond (they say Excel is not connected yet)
  const canWrite = (!!host || booting) && !busy;
  const lacking = (Object.entries(missing) as Array<[Feature, string | null]>)
    .filter(([f, m]) => m !== null && !OPTIONAL_FEATURES.has(f))
    .map(([f]) => f);
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
    <FluentProvider theme={webLightTheme} lang={inLanguage(lang, LANGUAGE_TAG)}>
      <main className={styles.root} aria-busy={busy}>
        <header className={styles.header}>
          <Subtitle1 as="h1">{s.title}</Subtitle1>
          <Caption1 className={styles.muted}>{s.subtitle(DATASET_VERSION)}</Caption1>
        </header>
        {host && lacking.length > 0 && <UnsupportedFeatures s={s} lacking={lacking} />}
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
            <TaskPanel
              task={t}
              s={s}
              lang={lang}
              workbook={workbook}
              outsideExcel={!host && !booting}
              canWrite={canWrite}
              cardsRefused={cardsRefused}
              onCardsRefused={() => setCardsRefused(true)}
              updateButton={updateButton}
            />
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
