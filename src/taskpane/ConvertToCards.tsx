/**
 * A selected column of ids or figure names turned into cards, as Excel's Stocks and Geography
 * conversion does: cells that name one figure become its card, the others stay and are listed
 * in the outcome shown here. Offered where Excel has data types (the card feature).
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../locale/lang";
import type { PaneAction, RunState } from "./actions";
import { ActionFeedback } from "./ActionFeedback";
import { convertAction } from "./figureActions";
import type { Strings } from "../locale/pane";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  region: { alignSelf: "stretch" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ConvertToCardsProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly canInsert: boolean;
  /** why cards cannot be made here (no data types), or null */
  readonly cardBlocked: string | null;
  readonly run: RunState;
  readonly perform: (action: PaneAction) => void;
  readonly onCardsRefused: () => void;
}

export function ConvertToCards(props: ConvertToCardsProps) {
  const { s, lang, canInsert, cardBlocked, run, perform } = props;
  const styles = useStyles();
  return (
    <section aria-labelledby="convert-heading" className={styles.section}>
      <Subtitle2 as="h3" id="convert-heading">
        {s.convertHeading}
      </Subtitle2>
      <Caption1>{s.convertHint}</Caption1>
      <Button
        disabled={!canInsert || cardBlocked !== null}
        onClick={() => perform(convertAction(s, lang, props.onCardsRefused))}
      >
        {s.convert}
      </Button>
      {cardBlocked && <Caption1 className={styles.muted}>{cardBlocked}</Caption1>}
      <div className={styles.region}>
        <ActionFeedback s={s} run={run} task="figureConvert" />
      </div>
    </section>
  );
}
