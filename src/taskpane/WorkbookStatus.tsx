import { BOOT_MESSAGES, type BootMessage } from "./bootMessages";
import {
  Body1,
  Button,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Cell } from "../data/tables";
import { changedRows, type TableChanges } from "../excel/tables/diff";
import { DATASET_VERSION } from "../data/dataset";
import type { SheetTableId } from "../data/tables";
import type { OwnedSheet } from "../excel/status";
import type { WorkbookState } from "./actions";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    // two lines, whatever the status says: connecting, outside Excel and an empty workbook
    // all fit, so nothing below moves when Office answers (layout shift)
    minHeight: `calc(2 * ${tokens.lineHeightBase200})`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** an older sheet, a start-up notice */
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
  newer: { color: tokens.colorPaletteRedForeground1 },
});

export interface WorkbookStatusProps {
  readonly s: Strings;
  readonly status: WorkbookState<OwnedSheet[]>;
  /** a start-up problem to show while connecting */
  readonly notice?: BootMessage;
  readonly busy: boolean;
  readonly lang: "nl" | "en";
  readonly onUpdate: (ids: ReadonlySet<SheetTableId>) => void;
}

/** The reference data's changelog, next to this page (help/changelog.html). */
function changelogUrl(lang: "nl" | "en"): string {
  const page = `help/changelog.html${lang === "nl" ? "#nederlands" : "#english"}`;
  try {
    return new URL(page, globalThis.location?.href).href;
  } catch {
    return page;
  }
}

/** A cell as the sheet shows it: Dutch or English number notation. */
function shownCell(v: Cell, lang: "nl" | "en"): string {
  return typeof v === "number" ? v.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB") : v;
}

/** What updating one older sheet changes: a summary, and the rows and cells on request. */
function ChangeList({
  s,
  lang,
  changes,
}: {
  s: Strings;
  lang: "nl" | "en";
  changes: TableChanges;
}) {
  const lines = [
    ...changes.added.map((r) => s.changeAdded(r.key, r.label)),
    ...changes.removed.map((r) => s.changeRemoved(r.key, r.label)),
    ...changes.changed.map((c) =>
      s.changeCell(c.key, c.column, shownCell(c.from, lang), shownCell(c.to, lang))
    ),
  ];
  return (
    <div>
      <Caption1>
        {s.changesSummary(changes.added.length, changes.removed.length, changedRows(changes))}
      </Caption1>
      {lines.length > 0 && (
        <details>
          <summary>
            <Caption1>{s.changesShow}</Caption1>
          </summary>
          <ul>
            {lines.map((line, i) => (
              <li key={i}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function WorkbookStatus({ s, lang, status, notice, busy, onUpdate }: WorkbookStatusProps) {
  const styles = useStyles();
  const sheets = status.kind === "ready" ? status.sheets : [];
  const older = sheets.filter((o) => o.state === "older" && o.table !== "scenario");
  return (
    <section aria-labelledby="status-heading" className={styles.section}>
      <Subtitle2 as="h2" id="status-heading">
        {s.statusHeading}
      </Subtitle2>
      <div className={styles.body}>
        {status.kind === "connecting" ? (
          // index.tsx writes why the pane cannot start here (office.js or the pane's code
          // missing); the old-webview guard too (legacyGuard.js)
          notice ? (
            <Caption1 id="boot-status" role="alert" className={styles.caution}>
              {BOOT_MESSAGES[notice]}
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
          <Body1 role="alert">{status.message}</Body1>
        ) : status.kind === "unsupported" ? (
          <Caption1>{s.featureName("status", status.missing)}.</Caption1>
        ) : status.kind !== "ready" ? (
          <Caption1>{s.statusLoading}</Caption1>
        ) : sheets.length === 0 ? (
          <Caption1>{s.statusEmpty}</Caption1>
        ) : (
          <ul className={styles.list}>
            {sheets.map((o) => (
              <li key={o.sheet}>
                <Body1>{s.statusSheet(o.sheet, o.version)}</Body1>{" "}
                <Caption1
                  className={
                    o.state === "older"
                      ? styles.caution
                      : o.state === "newer"
                        ? styles.newer
                        : undefined
                  }
                >
                  (
                  {o.state === "current"
                    ? s.statusCurrent
                    : o.state === "older"
                      ? s.statusOlder(DATASET_VERSION)
                      : s.statusNewer(DATASET_VERSION)}
                  )
                </Caption1>
                {o.changes && <ChangeList s={s} lang={lang} changes={o.changes} />}
              </li>
            ))}
          </ul>
        )}
        {older.length > 0 && (
          <Link href={changelogUrl(lang)} target="_blank">
            {s.changelog}
          </Link>
        )}
        {older.length > 0 && (
          <Button
            disabled={busy}
            onClick={() => onUpdate(new Set(older.map((o) => o.table as SheetTableId)))}
          >
            {s.update(older.length)}
          </Button>
        )}
      </div>
    </section>
  );
}
