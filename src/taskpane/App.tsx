import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { DATASET_VERSION } from "../data/dataset";
import { sheetTables, type SheetTableId } from "../data/tables";
import { explainError, strings, type Lang, type Strings } from "./i18n";
import { REQUIRED_API, type ExcelHost } from "../excel/host";
import { insertTables, WriteError, type InsertReport, type Progress } from "../excel/writer";
import { readStatus, type OwnedSheet } from "../excel/status";
import { TableList } from "./TableList";
import { WorkbookStatus } from "./WorkbookStatus";
import { ResultPanel, describeOutcome } from "./ResultPanel";
import { ModelActions } from "./ModelActions";
import { INSERT_ALL_EVENT } from "../excel/events";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "480px",
    minWidth: "0",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface AppProps {
  /** null when the page is open outside Excel. */
  readonly host: ExcelHost | null;
  readonly lang: Lang;
}

export type RunState =
  | { kind: "idle" }
  | { kind: "busy"; progress: Progress | null }
  | { kind: "done"; lines: string[] }
  | { kind: "failed"; message: string; rolledBack: string[]; rollbackFailed: boolean };

/** Plain words for anything an action threw (a WriteError says what it removed again). */
export function failure(s: Strings, e: unknown): RunState {
  const we = e instanceof WriteError ? e : null;
  return {
    kind: "failed",
    message: explainError(s, we ? we.cause : e),
    rolledBack: we ? [...we.rolledBack] : [],
    rollbackFailed: we ? we.rollbackFailed : false,
  };
}

/** One user action: a single Excel.run, its result as lines, or its failure explained. */
export type Action = (
  context: Excel.RequestContext,
  onProgress: (p: Progress) => void
) => Promise<string[]>;

export function App({ host, lang }: AppProps) {
  const s = strings(lang);
  const styles = useStyles();
  const tables = sheetTables();
  const [selected, setSelected] = useState<ReadonlySet<SheetTableId>>(
    () => new Set(tables.map((t) => t.id))
  );
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [status, setStatus] = useState<OwnedSheet[] | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const supported = useMemo(
    () => !host || host.isSetSupported(REQUIRED_API.name, REQUIRED_API.version),
    [host]
  );

  const refreshStatus = useCallback(async () => {
    if (!host || !supported) return;
    try {
      setStatus(await host.run((ctx) => readStatus(ctx)));
      setStatusError(null);
    } catch (e) {
      setStatusError(s.statusError(e instanceof Error ? e.message : String(e)));
    }
  }, [host, supported, s]);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus]);

  const perform = useCallback(
    async (action: Action) => {
      if (!host) return;
      setRun({ kind: "busy", progress: null });
      try {
        const lines = await host.run((ctx) =>
          action(ctx, (p) => setRun({ kind: "busy", progress: p }))
        );
        setRun({ kind: "done", lines });
      } catch (e) {
        setRun(failure(s, e));
      }
      await refreshStatus();
    },
    [host, s, refreshStatus]
  );

  const insert = useCallback(
    (ids: ReadonlySet<SheetTableId>) =>
      perform(async (ctx, onProgress) => {
        const report = await insertTables(
          ctx,
          tables.filter((t) => ids.has(t.id)),
          { onProgress }
        );
        return report.outcomes.map((o) => describeOutcome(s, o));
      }),
    [perform, tables, s]
  );

  // The ribbon's "insert all" runs in this same (shared) runtime and reports here.
  useEffect(() => {
    const onCommand = (e: Event) => {
      const detail = (e as CustomEvent<InsertReport | { error: unknown }>).detail;
      if (detail && "outcomes" in detail)
        setRun({ kind: "done", lines: detail.outcomes.map((o) => describeOutcome(s, o)) });
      else setRun(failure(s, detail?.error));
      void refreshStatus();
    };
    globalThis.addEventListener(INSERT_ALL_EVENT, onCommand);
    return () => globalThis.removeEventListener(INSERT_ALL_EVENT, onCommand);
  }, [s, refreshStatus]);

  const busy = run.kind === "busy";
  const canWrite = !!host && supported && !busy;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "nl" ? "nl-NL" : "en-US"}>
      <main className={styles.root} aria-busy={busy}>
        <header className={styles.header}>
          <Title3 as="h1">{s.title}</Title3>
          <Caption1 className={styles.muted}>{s.subtitle(DATASET_VERSION)}</Caption1>
        </header>
        {!host && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{s.notInExcelTitle}</MessageBarTitle> {s.notInExcel}
            </MessageBarBody>
          </MessageBar>
        )}
        {host && !supported && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>{" "}
              {s.unsupported(`${REQUIRED_API.name} ${REQUIRED_API.version}`)}
            </MessageBarBody>
          </MessageBar>
        )}
        {host && supported && (
          <WorkbookStatus
            s={s}
            status={status}
            error={statusError}
            busy={busy}
            onUpdate={(ids) => void insert(ids)}
          />
        )}
        <section aria-labelledby="tables-heading" className={styles.section}>
          <Subtitle2 as="h2" id="tables-heading">
            {s.tablesHeading}
          </Subtitle2>
          <TableList
            s={s}
            lang={lang}
            tables={tables}
            selected={selected}
            onChange={setSelected}
            disabled={busy}
          />
        </section>
        <Button
          appearance="primary"
          disabled={!canWrite || selected.size === 0}
          onClick={() => void insert(selected)}
        >
          {s.insert(selected.size)}
        </Button>
        {busy && (
          <div role="status" aria-live="polite">
            <ProgressBar
              value={run.progress ? run.progress.done / run.progress.total : undefined}
              aria-label={s.working}
            />
            <Caption1>
              {run.progress ? s.progress(run.progress.done, run.progress.total) : s.working}
            </Caption1>
          </div>
        )}
        <ResultPanel s={s} run={run} />
        <ModelActions s={s} lang={lang} disabled={!canWrite} perform={(a) => void perform(a)} />
      </main>
    </FluentProvider>
  );
}
