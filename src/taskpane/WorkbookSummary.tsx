/**
 * The workbook's status in one line, above the tasks, so it is in view whatever the analyst is
 * doing: connecting, outside Excel, no reference sheets yet, all current, or older sheets with
 * a button to the update in the tables task. index.tsx writes why the pane cannot start into
 * its #boot-status line (office.js or the pane's code missing; the old-webview guard too).
 */
import { Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { bootMessage, type BootMessage } from "../locale/boot";
import type { OwnedSheet } from "../excel/status";
import { requirementName } from "../excel/requirements";
import type { WorkbookState } from "./actions";
import type { Strings } from "../locale/pane";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    // two lines, whatever the status says, so nothing below moves when Office answers
    minHeight: `calc(2 * ${tokens.lineHeightBase200})`,
  },
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
  newer: { color: tokens.colorPaletteRedForeground1 },
});

export interface WorkbookSummaryProps {
  readonly s: Strings;
  readonly status: WorkbookState<OwnedSheet[]>;
  readonly notice?: BootMessage;
  readonly busy: boolean;
  /** open the tables task at its update */
  readonly onShowTables: () => void;
}

export function WorkbookSummary({ s, status, notice, busy, onShowTables }: WorkbookSummaryProps) {
  const styles = useStyles();
  const sheets = status.kind === "ready" ? status.sheets : [];
  const older = sheets.filter((o) => o.state === "older");
  const newer = sheets.filter((o) => o.state === "newer");
  return (
    <section aria-label={s.statusHeading} className={styles.bar}>
      {status.kind === "connecting" ? (
        notice ? (
          <Caption1 id="boot-status" role="alert" className={styles.caution}>
            {bootMessage(notice)}
          </Caption1>
        ) : (
          <Caption1 id="boot-status" role="status">
            {s.connecting}
          </Caption1>
        )
      ) : status.kind === "outside-excel" ? (
        <Caption1>
          <strong>{s.notInExcelTitle}</strong>: {s.notInExcel}{" "}
          <Link href={s.otherLanguagePage}>{s.otherLanguage}</Link>
        </Caption1>
      ) : status.kind === "error" ? (
        <Caption1 role="alert">{status.message}</Caption1>
      ) : status.kind === "unsupported" ? (
        <Caption1>{s.featureName("status", requirementName("status"))}.</Caption1>
      ) : status.kind !== "ready" ? (
        <Caption1>{s.statusLoading}</Caption1>
      ) : sheets.length === 0 ? (
        <Caption1>{s.statusEmpty}</Caption1>
      ) : older.length > 0 ? (
        <>
          <Caption1 className={styles.caution}>{s.summaryOlder(older.length)}</Caption1>
          <Button size="small" appearance="primary" disabled={busy} onClick={onShowTables}>
            {s.summaryUpdate}
          </Button>
        </>
      ) : newer.length > 0 ? (
        <Caption1 className={styles.newer}>{s.summaryNewer(newer.length)}</Caption1>
      ) : (
        <Caption1>{s.summaryCurrent(sheets.length)}</Caption1>
      )}
    </section>
  );
}
