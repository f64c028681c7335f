/**
 * Several figures into one table: the figures added from their cards, listed with a way to
 * take each out again, and one button that writes them at the selected cell with a header row
 * (kengetal, waarde, eenheid, periode, bron). Its outcome shows and is announced here.
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { figureById } from "../data/dataset";
import { groupLabel } from "../data/tables";
import type { Lang } from "../locale/lang";
import type { PaneAction, RunState } from "./actions";
import { ActionFeedback } from "./ActionFeedback";
import { rowsAction } from "./figureActions";
import type { Strings } from "../locale/pane";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  label: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FigureTableProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly ids: readonly string[];
  readonly canInsert: boolean;
  readonly run: RunState;
  readonly perform: (action: PaneAction) => void;
  readonly onRemove: (id: string) => void;
  readonly onClear: () => void;
}

export function FigureTable(props: FigureTableProps) {
  const { s, lang, ids, canInsert, run, perform } = props;
  const styles = useStyles();
  return (
    <section aria-labelledby="figure-table-heading" className={styles.section}>
      <Subtitle2 as="h3" id="figure-table-heading">
        {s.tableHeading(ids.length)}
      </Subtitle2>
      <ul className={styles.list}>
        {ids.map((id) => {
          const label = figureById(id)?.label[lang] ?? id;
          return (
            <li key={id} className={styles.item}>
              <Caption1 className={styles.label}>
                {label} <span>({groupLabel(figureById(id)?.group ?? "", lang)})</span>
              </Caption1>
              <Button
                size="small"
                appearance="subtle"
                aria-label={s.removeFromTable(label)}
                onClick={() => props.onRemove(id)}
              >
                ×
              </Button>
            </li>
          );
        })}
      </ul>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!canInsert}
          onClick={() => perform(rowsAction(s, lang, ids, true, "figureTable"))}
        >
          {s.insertTable}
        </Button>
        <Button onClick={props.onClear}>{s.clearTable}</Button>
      </div>
      <ActionFeedback s={s} run={run} task="figureTable" />
    </section>
  );
}
