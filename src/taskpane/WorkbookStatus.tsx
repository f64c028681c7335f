import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { DATASET_VERSION } from "../data/dataset";
import type { SheetTableId } from "../data/tables";
import type { OwnedSheet } from "../excel/status";
import type { WorkbookState } from "./actions";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  older: { color: tokens.colorPaletteDarkOrangeForeground1 },
  newer: { color: tokens.colorPaletteRedForeground1 },
});

export interface WorkbookStatusProps {
  readonly s: Strings;
  readonly status: WorkbookState<OwnedSheet[]>;
  readonly busy: boolean;
  readonly onUpdate: (ids: ReadonlySet<SheetTableId>) => void;
}

export function WorkbookStatus({ s, status, busy, onUpdate }: WorkbookStatusProps) {
  const styles = useStyles();
  const sheets = status.kind === "ready" ? status.sheets : [];
  const older = sheets.filter((o) => o.state === "older" && o.table !== "scenario");
  return (
    <section aria-labelledby="status-heading" className={styles.section}>
      <Subtitle2 as="h2" id="status-heading">
        {s.statusHeading}
      </Subtitle2>
      {status.kind === "error" ? (
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
                    ? styles.older
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
            </li>
          ))}
        </ul>
      )}
      {older.length > 0 && (
        <Button
          disabled={busy}
          onClick={() => onUpdate(new Set(older.map((o) => o.table as SheetTableId)))}
        >
          {s.update(older.length)}
        </Button>
      )}
    </section>
  );
}
