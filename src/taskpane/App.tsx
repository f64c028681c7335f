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
import { explainError, strings, type Lang } from "./i18n";
import { REQUIRED_API, type ExcelHost } from "./host";
import { insertTables, WriteError, type Outcome, type Progress } from "./excel/writer";
import { readStatus, type OwnedSheet } from "./excel/status";
import { TableList } from "./TableList";
import { WorkbookStatus } from "./WorkbookStatus";
import { ResultPanel } from "./ResultPanel";
import { INSERT_ALL_EVENT } from "../commands/events";
import type { InsertReport } from "./excel/writer";

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
  | { kind: "done"; outcomes: Outcome[] }
  | { kind: "failed"; message: string; rolledBack: string[]; rollbackFailed: boolean };

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

  const write = useCallback(
    async (ids: ReadonlySet<SheetTableId>) => {
      if (!host) return;
      const chosen = tables.filter((t) => ids.has(t.id));
      setRun({ kind: "busy", progress: null });
      try {
        const report = await host.run((ctx) =>
          insertTables(ctx, chosen, { onProgress: (p) => setRun({ kind: "busy", progress: p }) })
        );
        setRun({ kind: "done", outcomes: report.outcomes });
      } catch (e) {
        const we = e instanceof WriteError ? e : null;
        setRun({
          kind: "failed",
          message: explainError(s, we ? we.cause : e),
          rolledBack: we ? [...we.rolledBack] : [],
          rollbackFailed: we ? we.rollbackFailed : false,
        });
      }
      await refreshStatus();
    },
    [host, tables, s, refreshStatus]
  );

  // The ribbon's "insert all" runs in this same (shared) runtime and reports here.
  useEffect(() => {
    const onCommand = (e: Event) => {
      const detail = (e as CustomEvent<InsertReport | { error: unknown }>).detail;
      if (detail && "outcomes" in detail) setRun({ kind: "done", outcomes: detail.outcomes });
      else {
        const err = detail?.error;
        const we = err instanceof WriteError ? err : null;
        setRun({
          kind: "failed",
          message: explainError(s, we ? we.cause : err),
          rolledBack: we ? [...we.rolledBack] : [],
          rollbackFailed: we ? we.rollbackFailed : false,
        });
      }
      void refreshStatus();
    };
    globalThis.addEventListener(INSERT_ALL_EVENT, onCommand);
    return () => globalThis.removeEventListener(INSERT_ALL_EVENT, onCommand);
  }, [s, refreshStatus]);

  const busy = run.kind === "busy";
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
            onUpdate={(ids) => void write(ids)}
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
          disabled={!host || !supported || busy || selected.size === 0}
          onClick={() => void write(selected)}
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
      </main>
    </FluentProvider>
  );
}
