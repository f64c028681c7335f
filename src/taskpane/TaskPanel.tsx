/** One task's content, with what it may do in this session (App.tsx shows one at a time). */
import type { RefObject } from "react";
import type { Workbook } from "./useWorkbook";
import { TablesTask } from "./TablesTask";
import { ScenarioTask } from "./ScenarioTask";
import { SharingTask } from "./SharingTask";
import { HelpTask } from "./HelpTask";
import { FigureBrowser } from "./FigureBrowser";
import type { TaskId } from "./actions";
import type { Lang, Strings } from "../locale/pane";

export interface TaskPanelProps {
  readonly task: TaskId;
  readonly s: Strings;
  readonly lang: Lang;
  readonly workbook: Workbook;
  /** the page is open outside Excel (not merely waiting for Office) */
  readonly outsideExcel: boolean;
  /** buttons that write respond (in Excel, or while Office starts) and nothing is running */
  readonly canWrite: boolean;
  /** Excel refused a card this session */
  readonly cardsRefused: boolean;
  readonly onCardsRefused: () => void;
  /** the tables task's update button, focused when the status line sends the user there */
  readonly updateButton: RefObject<HTMLButtonElement>;
}

export function TaskPanel(props: TaskPanelProps) {
  const { task, s, lang, canWrite, outsideExcel } = props;
  const { run, status, missing, names } = props.workbook;
  const perform = props.workbook.perform;
  if (task === "figures")
    return (
      <FigureBrowser
        s={s}
        lang={lang}
        names={names}
        busy={run.kind === "busy"}
        run={run}
        insertBlocked={
          outsideExcel
            ? s.insertOnlyInExcel
            : missing.figures
              ? s.featureName("figures", missing.figures)
              : null
        }
        cardBlocked={
          missing.cards
            ? s.featureName("cards", missing.cards)
            : props.cardsRefused
              ? s.cardFailed
              : null
        }
        perform={(a) => void perform(a)}
        onCardsRefused={props.onCardsRefused}
      />
    );
  if (task === "tables")
    return (
      <TablesTask
        s={s}
        lang={lang}
        run={run}
        status={status}
        canWrite={canWrite}
        blocked={missing.referenceTables !== null}
        perform={(a) => void perform(a)}
        updateButton={props.updateButton}
      />
    );
  if (task === "scenario")
    return (
      <ScenarioTask
        s={s}
        lang={lang}
        names={names}
        run={run}
        disabled={!canWrite || missing.scenario !== null}
        perform={(a) => void perform(a)}
      />
    );
  if (task === "sharing")
    return (
      <SharingTask
        s={s}
        names={names}
        run={run}
        disabled={!canWrite || missing.sharing !== null}
        outsideExcel={outsideExcel}
        perform={(a) => void perform(a)}
      />
    );
  return <HelpTask s={s} lang={lang} names={names} />;
}
