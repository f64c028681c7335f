/**
 * The chosen result as a card an analyst can cite: a figure's value as written and exactly,
 * its unit and period, and where it comes from (FigureSource.tsx). A commitment shows what,
 * when, who, section and quote on lines of their own; a passage of the letter its section and
 * words. The insert buttons (FigureCardButtons.tsx) act on this card and report under it.
 */
import { Body1, Caption1 } from "@fluentui/react-components";
import { DATASET_VERSION, dataset, figureById } from "../data/dataset";
import type { SearchEntry } from "../data/search";
import type { Figure } from "../data/schema";
import { qualifierLabel } from "../data/tables";
import type { FunctionNames } from "../locale/functionNames";
import type { PaneAction, RunState } from "./actions";
import { ActionFeedback } from "./ActionFeedback";
import { CARD_ID, FigureCardButtons } from "./FigureCardButtons";
import { CommitmentFields, Comparison } from "./FigureCardFields";
import { FigureSource, LetterCitation } from "./FigureSource";
import { exactBeside, figurePeriod, figureValue, unitShown } from "./notation";
import { useFigureCardStyles } from "./FigureCard.styles";
import type { Lang, Strings } from "../locale/pane";
import { inLanguage } from "../locale/lang";

/** A figure: value, exact value, unit and period, comparison, source and note. */
function FigureFacts({ s, lang, figure }: { s: Strings; lang: Lang; figure: Figure }) {
  const styles = useFigureCardStyles();
  const exact = exactBeside(figure, lang);
  return (
    <>
      <span className={styles.value}>
        {figure.qualifier ? `${qualifierLabel(figure.qualifier, lang)} ` : ""}
        {figureValue(figure, lang)}
      </span>
      {exact && <Caption1 className={styles.muted}>{s.cardExact(exact)}</Caption1>}
      <Caption1>
        {[
          // a count's unit is in its value already ("187.000 woningen")
          unitShown(figure.unit) ? "" : s.unit(figure.unit),
          figurePeriod(figure, lang),
          figure.periodInferred ? s.inferred : "",
          figure.vat ? s.vat(figure.vat) : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </Caption1>
      <Comparison s={s} lang={lang} f={figure} />
      <FigureSource s={s} lang={lang} f={figure} />
      {figure.note && <Caption1>{s.cardNote(figure.note)}</Caption1>}
    </>
  );
}

/** What the entry says: a figure's facts, a commitment's fields and quote, a passage's words. */
function EntryFacts({ s, lang, entry }: { s: Strings; lang: Lang; entry: SearchEntry }) {
  const styles = useFigureCardStyles();
  const figure = entry.kind === "figure" ? figureById(entry.id) : undefined;
  if (figure) return <FigureFacts s={s} lang={lang} figure={figure} />;
  const commitment =
    entry.kind === "commitment" ? dataset.commitments.find((c) => c.id === entry.id) : undefined;
  if (commitment)
    return (
      <>
        <CommitmentFields s={s} lang={lang} c={commitment} />
        <Body1 className={styles.quote}>“{commitment.quote}”</Body1>
        <LetterCitation s={s} lang={lang} section={commitment.section} />
      </>
    );
  if (entry.kind === "passage")
    return (
      <>
        <Body1 className={styles.quote}>“{entry.text}”</Body1>
        <LetterCitation s={s} lang={lang} section={entry.where} />
      </>
    );
  return <Body1 className={styles.quote}>{entry.text}</Body1>;
}

export interface FigureCardProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly entry: SearchEntry;
  readonly canInsert: boolean;
  readonly insertBlocked: string | null;
  readonly cardBlocked: string | null;
  readonly run: RunState;
  readonly names: FunctionNames;
  readonly perform: (action: PaneAction) => void;
  readonly onCardsRefused: () => void;
  /** the figure is in the table being put together */
  readonly collected: boolean;
  /** adds the figure to that table, or takes it out */
  readonly onCollect: (id: string) => void;
}

export function FigureCard(props: FigureCardProps) {
  const { s, lang, entry, insertBlocked, cardBlocked, run } = props;
  const styles = useFigureCardStyles();
  const figure = entry.kind === "figure" ? figureById(entry.id) : undefined;
  return (
    <article className={styles.card} aria-label={s.cardLabel}>
      <Body1>
        <strong>{inLanguage(lang, { nl: entry.label, en: entry.labelEn })}</strong>
      </Body1>
      <EntryFacts s={s} lang={lang} entry={entry} />
      {entry.kind !== "passage" && (
        <Caption1 className={styles.muted}>
          {s.cardIdLabel} <span id={CARD_ID}>{entry.id}</span> · {s.cardDataset(DATASET_VERSION)}
        </Caption1>
      )}
      <FigureCardButtons
        s={s}
        lang={lang}
        entry={entry}
        figure={figure}
        canInsert={props.canInsert}
        cardBlocked={cardBlocked}
        names={props.names}
        perform={props.perform}
        onCardsRefused={props.onCardsRefused}
        collected={props.collected}
        onCollect={props.onCollect}
      />
      {figure && (insertBlocked ?? cardBlocked) && (
        <Caption1 className={styles.muted}>{insertBlocked ?? cardBlocked}</Caption1>
      )}
      <ActionFeedback s={s} run={run} task="figures" />
    </article>
  );
}
