/**
 * "Tabellen": the reference sheets. When the workbook holds older ones, updating them is the
 * primary action; rewriting sheets that are already current asks first.
 */
import { useState, type RefObject } from "react";
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { sheetTables, type SheetTableId } from "../data/tables";
import type { OwnedSheet } from "../excel/status";
import { insertTables } from "../excel/tables/writer";
import type { PaneAction, RunState, WorkbookState } from "./actions";
import { ActionFeedback, reportOutcomes } from "./ActionFeedback";
import { TableList } from "./TableList";
import { WorkbookStatus } from "./WorkbookStatus";
import { useTaskStyles } from "./ScenarioTask";
import type { Lang, Strings } from "../locale/pane";

export interface TablesTaskProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly run: RunState;
  readonly status: WorkbookState<OwnedSheet[]>;
  readonly canWrite: boolean;
  /** this Excel cannot insert reference tables (said above the tasks) */
  readonly blocked: boolean;
  readonly perform: (action: PaneAction) => void;
  readonly updateButton: RefObject<HTMLButtonElement>;
}

export function TablesTask(props: TablesTaskProps) {
  const { s, lang, run, status, canWrite, blocked, perform, updateButton } = props;
  const styles = useTaskStyles();
  const tables = sheetTables();
  const [selected, setSelected] = useState<ReadonlySet<SheetTableId>>(
    () => new Set(tables.map((t) => t.id))
  );
  /** the current sheets an insert would rewrite, while the user is asked */
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const sheets = status.kind === "ready" ? status.sheets : [];
  const older = sheets.filter((o) => o.state === "older" && o.table !== "scenario");
  const busy = run.kind === "busy";

  const insert = (ids: ReadonlySet<SheetTableId>) => {
    setConfirming(null);
    perform({
      feature: "referenceTables",
      task: "tables",
      run: async (ctx, onProgress) => {
        const report = await insertTables(
          ctx,
          tables.filter((t) => ids.has(t.id)),
          { onProgress }
        );
        return reportOutcomes(s, report.outcomes);
      },
    });
  };
  const askOrInsert = () => {
    const current = sheets
      .filter((o) => o.state === "current" && selected.has(o.table as SheetTableId))
      .map((o) => o.sheet);
    if (current.length) setConfirming(current);
    else insert(selected);
  };
  const disabled = !canWrite || blocked;
  return (
    <>
      {older.length > 0 && (
        <section aria-labelledby="update-heading" className={styles.section}>
          <Subtitle2 as="h2" id="update-heading">
            {s.updateHeading}
          </Subtitle2>
          <Caption1>{s.updateIntro(older.length)}</Caption1>
          <Button
            ref={updateButton}
            appearance="primary"
            disabled={disabled}
            onClick={() => insert(new Set(older.map((o) => o.table as SheetTableId)))}
          >
            {s.update(older.length)}
          </Button>
        </section>
      )}
      <WorkbookStatus s={s} lang={lang} status={status} />
      <section aria-labelledby="tables-heading" className={styles.section}>
        <Subtitle2 as="h2" id="tables-heading">
          {s.tablesHeading}
        </Subtitle2>
        <Caption1 className={styles.muted}>{s.tablesIntro}</Caption1>
        <TableList
          s={s}
          lang={lang}
          tables={tables}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            setConfirming(null);
          }}
          disabled={busy}
        />
        <Button
          appearance={older.length ? "secondary" : "primary"}
          disabled={disabled || selected.size === 0}
          onClick={askOrInsert}
        >
          {s.insert(selected.size)}
        </Button>
        {confirming && (
          <div role="group" aria-labelledby="rewrite-question" className={styles.section}>
            <Caption1 id="rewrite-question">{s.rewriteQuestion(confirming)}</Caption1>
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => insert(selected)}>
                {s.rewriteYes}
              </Button>
              <Button onClick={() => setConfirming(null)}>{s.rewriteNo}</Button>
            </div>
          </div>
        )}
        <ActionFeedback s={s} run={run} task="tables" />
      </section>
    </>
  );
}
