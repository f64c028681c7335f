import { useEffect, useState } from "react";
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
import type { ExcelHost } from "../excel/host";
import { OPTIONAL_FEATURES, type Feature } from "../excel/requirements";
import { insertTables } from "../excel/tables/writer";
import { strings, type Lang } from "./i18n";
import { TableList } from "./TableList";
import { DownloadWorkbook } from "./DownloadWorkbook";
import { WorkbookStatus } from "./WorkbookStatus";
import { ResultPanel, describeOutcome } from "./ResultPanel";
import { ModelActions } from "./ModelActions";
import { FigureBrowser } from "./FigureBrowser";
import { useWorkbook } from "./useWorkbook";
import type { BootMessage } from "./bootMessages";

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
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
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
  const tables = sheetTables();
  /** Excel refused a card this session (Excel 2021 claims data types it lacks: #4750) */
  const [cardsRefused, setCardsRefused] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<SheetTableId>>(
    () => new Set(tables.map((t) => t.id))
  );
  const { run, status, missing, names, perform } = useWorkbook(host, s, booting);
  // The pane responds to input from its first commit: the bench reads this mark as "interactive".
  useEffect(() => {
    performance.mark?.("woningbouw:interactive");
  }, []);

  const insert = (ids: ReadonlySet<SheetTableId>) =>
    perform({
      feature: "referenceTables",
      run: async (ctx, onProgress) => {
        const report = await insertTables(
          ctx,
          tables.filter((t) => ids.has(t.id)),
          { onProgress }
        );
        return report.outcomes.map((o) => describeOutcome(s, o));
      },
    });

  const busy = run.kind === "busy";
  // while Office starts, buttons respond (they say Excel is not connected yet)
  const canWrite = (!!host || booting) && !busy;
  const lacking = (Object.entries(missing) as Array<[Feature, string | null]>).filter(
    ([f, m]) => m !== null && !OPTIONAL_FEATURES.has(f)
  );
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "nl" ? "nl-NL" : "en-US"}>
      <main className={styles.root} aria-busy={busy}>
        <header className={styles.header}>
          <Title3 as="h1">{s.title}</Title3>
          <Caption1 className={styles.muted}>{s.subtitle(DATASET_VERSION)}</Caption1>
        </header>
        {host && lacking.length > 0 && (
          <MessageBar intent="error" layout="multiline">
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
        <WorkbookStatus
          s={s}
          lang={lang}
          status={status}
          notice={notice}
          busy={busy || missing.referenceTables !== null}
          onUpdate={(ids) => void insert(ids)}
        />
        <FigureBrowser
          s={s}
          lang={lang}
          names={names}
          busy={busy}
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
          disabled={!canWrite || missing.referenceTables !== null || selected.size === 0}
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
        <ModelActions
          s={s}
          lang={lang}
          names={names}
          disabled={!canWrite}
          missing={missing}
          perform={(a) => void perform(a)}
        />
        {/* last, so that nothing of the pre-rendered pane moves when it appears outside Excel */}
        {!host && !booting && <DownloadWorkbook s={s} />}
      </main>
    </FluentProvider>
  );
}
