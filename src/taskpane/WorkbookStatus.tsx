/**
 * The tables task's account of the workbook: each reference sheet with its version, and for an
 * older one what updating it changes, in the figures' own names (old → new).
 */
import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Cell } from "../data/tables";
import { changedRows, type TableChanges } from "../excel/tables/diff";
import { DATASET_VERSION } from "../data/dataset";
import type { OwnedSheet } from "../excel/status";
import type { WorkbookState } from "./actions";
import { helpUrl } from "./helpLinks";
import type { Lang, Strings } from "../locale/pane";
import { inLanguage } from "../locale/lang";
import { NUMBER_LOCALE } from "../locale/notation";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** an older sheet */
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
  newer: { color: tokens.colorPaletteRedForeground1 },
});

/** A cell as the sheet shows it: Dutch or English number notation. */
function shownCell(v: Cell, lang: Lang): string {
  return typeof v === "number" ? v.toLocaleString(inLanguage(lang, NUMBER_LOCALE)) : v;
}

/** What updating one older sheet changes: a summary, and the rows and cells on request. */
function ChangeList({ s, lang, changes }: { s: Strings; lang: Lang; changes: TableChanges }) {
  const name = (r: { key: string; label: string }) => r.label || r.key;
  const lines = [
    ...changes.added.map((r) => s.changeAdded(name(r))),
    ...changes.removed.map((r) => s.changeRemoved(name(r))),
    ...changes.changed.map((c) =>
      s.changeCell(name(c), c.column, shownCell(c.from, lang), shownCell(c.to, lang))
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

export interface WorkbookStatusProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly status: WorkbookState<OwnedSheet[]>;
}

export function WorkbookStatus({ s, lang, status }: WorkbookStatusProps) {
  const styles = useStyles();
  // no sheets yet: the status above the tasks says so
  if (status.kind !== "ready" || status.sheets.length === 0) return null;
  const sheets = status.sheets;
  const older = sheets.some((o) => o.state === "older" && o.table !== "scenario");
  return (
    <section aria-labelledby="status-heading" className={styles.section}>
      <Subtitle2 as="h2" id="status-heading">
        {s.statusHeading}
      </Subtitle2>
      {
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
      }
      {older && (
        <Link href={helpUrl(lang, "changelog")} target="_blank">
          {s.changelog}
        </Link>
      )}
    </section>
  );
}
