/**
 * The chosen result as a card an analyst can cite: a figure's value as written and exactly,
 * its unit and period, and where it comes from — the letter's words with Kamerstuk number,
 * date and the letter to open; an external source with its link; a derived figure's formula
 * in the figures' names; an assumption's reasoning with the model page. A commitment shows
 * what, when, who, section and quote on lines of their own; a passage of the letter its
 * section and words. The insert buttons act on this card and report under it.
 */
import { useState } from "react";
import { Body1, Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { DATASET_VERSION, dataset, figureById } from "../data/dataset";
import type { SearchEntry } from "../data/search";
import type { Commitment, Figure } from "../data/schema";
import { renderSource } from "../data/provenance";
import { UNIT_FORMAT, qualifierLabel } from "../data/tables";
import type { FunctionNames } from "../locale/functionNames";
import {
  CardRefusedError,
  CellNotEmptyError,
  insertIntoActiveCell,
  type FigureContent,
} from "../excel/insertFigure";
import { figureCard } from "../excel/figureCard";
import { refused, succeeded, type PaneAction, type RunState } from "./actions";
import { ActionFeedback } from "./ActionFeedback";
import { rowsAction } from "./figureActions";
import { helpUrl } from "./helpLinks";
import {
  comparedValue,
  dateInWords,
  differenceValue,
  exactBeside,
  figurePeriod,
  figureValue,
  unitShown,
} from "./notation";
import { counterpart } from "../data/sinceLetter";
import type { Lang, Strings } from "./i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  quote: { fontStyle: "italic" },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fields: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0 },
});

/** The letter as served beside the pane: the publication the quotes come from. */
function letterUrl(): string {
  try {
    return new URL("letter/kamerbrief-woningbouw-2020.txt", globalThis.location?.href).href;
  } catch {
    return "letter/kamerbrief-woningbouw-2020.txt";
  }
}

/** A derived figure's formula with each id written as the figure's name. */
export function formulaInLabels(formula: string, lang: Lang): string {
  return formula.replace(/[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+/g, (id) => {
    const f = figureById(id);
    return f ? `[${f.label[lang]}]` : id;
  });
}

/** The letter's citation: Kamerstuk number, date in words, and the section. */
function LetterCitation({ s, lang, section }: { s: Strings; lang: Lang; section: string }) {
  const styles = useStyles();
  const d = dataset.document;
  return (
    <Caption1 className={styles.muted}>
      {s.cardLetter(d.kamerstuk ?? "", dateInWords(d.date, lang), section)}{" "}
      <Link href={letterUrl()} target="_blank">
        {s.cardOpenLetter}
      </Link>
    </Caption1>
  );
}

function Provenance({ s, lang, f }: { s: Strings; lang: Lang; f: Figure }) {
  const styles = useStyles();
  return renderSource<JSX.Element>(
    f,
    {
      letter: (src) => (
        <>
          <Body1 className={styles.quote}>“{src.quote}”</Body1>
          <LetterCitation s={s} lang={lang} section={src.section} />
        </>
      ),
      external: (src, where) => (
        <>
          {src.quote && <Body1 className={styles.quote}>“{src.quote}”</Body1>}
          <Caption1>
            {where.text}{" "}
            {where.url && (
              <Link href={where.url} target="_blank">
                {s.cardOpenSource}
              </Link>
            )}
          </Caption1>
        </>
      ),
      derived: (src) => (
        <>
          <Caption1>{s.cardDerived(formulaInLabels(src.formula, lang))}</Caption1>
          <Caption1 className={styles.muted}>{s.cardDerivedIds(src.formula)}</Caption1>
        </>
      ),
      calculation: (src) => <Caption1>{s.cardCalculation(src.method)}</Caption1>,
      assumption: (src) => (
        <Caption1>
          {s.cardAssumption(src.reasoning)}{" "}
          <Link href={helpUrl(lang, "model")} target="_blank">
            {s.cardModel}
          </Link>
        </Caption1>
      ),
    },
    { date: (iso) => dateInWords(iso, lang) }
  );
}

/**
 * When, as the letter says it (in English translated, with the letter's words beside) and the
 * month the due rule gives, marked when inferred.
 */
export function commitmentWhen(s: Strings, lang: Lang, c: Commitment): string {
  const words = lang === "en" ? `${c.en.when} — “${c.when}”` : c.when;
  if (!c.due) return words;
  return `${words} (${dateInWords(c.due, lang)}${c.dueInferred ? `, ${s.inferred}` : ""})`;
}

/** Label and value pairs on lines of their own. */
function Fields({ rows }: { rows: Array<[string, string | null | undefined]> }) {
  const styles = useStyles();
  return (
    <dl className={styles.fields}>
      {rows
        .filter((r): r is [string, string] => !!r[1])
        .map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>
              <Caption1>{term}</Caption1>
            </dt>
            <dd className={styles.definition}>
              <Caption1>{value}</Caption1>
            </dd>
          </div>
        ))}
    </dl>
  );
}

/** A later figure beside the letter's or the model's value for the same thing, and the difference. */
function Comparison({ s, lang, f }: { s: Strings; lang: Lang; f: Figure }) {
  const c = counterpart(f);
  if (!c) return null;
  return (
    <Fields
      rows={[
        [
          s.fieldLater,
          `${f.qualifier ? `${qualifierLabel(f.qualifier, lang)} ` : ""}${figureValue(f, lang)}`,
        ],
        [
          c.from === "brief" ? s.fieldInLetter : s.fieldInModel,
          `${comparedValue(c.value, c.unit, lang)} (${c.what[lang]})`,
        ],
        [
          s.fieldDifference,
          c.difference === null ? s.differenceUnknown : differenceValue(c.difference, c.unit, lang),
        ],
      ]}
    />
  );
}

/** Putting a figure into the selected cell, reported in the figures task. */
export function insertAction(
  s: Strings,
  names: FunctionNames,
  id: string,
  content: FigureContent,
  onCardsRefused: () => void
): PaneAction {
  return {
    feature: content.kind === "card" ? "cards" : "figures",
    task: "figures",
    run: async (ctx) => {
      try {
        const { address } = await insertIntoActiveCell(ctx, content, names);
        return succeeded(
          content.kind === "card" ? s.cardInserted(id, address) : s.figureInserted(id, address)
        );
      } catch (e) {
        if (e instanceof CellNotEmptyError) return refused(s.cellNotEmpty(e.address));
        // Excel refused the card (Excel 2021 claims ExcelApi 1.16 but has no data types,
        // office-js #4750): nothing was written; no card is tried again this session.
        if (e instanceof CardRefusedError) onCardsRefused();
        throw e;
      }
    },
  };
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
  const { s, lang, entry, canInsert, insertBlocked, cardBlocked, run, names, perform } = props;
  const styles = useStyles();
  const canInsertCard = canInsert && cardBlocked === null;
  /** what happened to the last "copy id", for the card it was pressed on */
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  const figure = entry.kind === "figure" ? figureById(entry.id) : undefined;
  const commitment =
    entry.kind === "commitment" ? dataset.commitments.find((c) => c.id === entry.id) : undefined;

  const insert = (content: FigureContent) =>
    perform(insertAction(s, names, entry.id, content, props.onCardsRefused));

  // Office on the web may block the Clipboard API by permissions policy (OfficeDev/office-js
  // #1991, #3480): the promise rejects. Say so and select the id so Ctrl+C copies it.
  const copyId = async (id: string) => {
    let ok = false;
    try {
      await globalThis.navigator.clipboard.writeText(id);
      ok = true;
    } catch {
      const el = globalThis.document?.getElementById("figure-card-id");
      const selection = globalThis.getSelection?.();
      if (el && selection) selection.selectAllChildren(el);
    }
    setCopied({ id, ok });
  };

  const exact = figure ? exactBeside(figure, lang) : null;
  return (
    <article className={styles.card} aria-label={s.cardLabel}>
      <Body1>
        <strong>{lang === "nl" ? entry.label : entry.labelEn}</strong>
      </Body1>
      {figure ? (
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
          <Provenance s={s} lang={lang} f={figure} />
          {figure.note && <Caption1>{s.cardNote(figure.note)}</Caption1>}
        </>
      ) : commitment ? (
        <>
          <Fields
            rows={[
              [s.fieldWhat, lang === "en" ? commitment.en.what : commitment.what],
              [s.fieldWhen, commitmentWhen(s, lang, commitment)],
              [s.fieldWho, lang === "en" ? commitment.en.who : commitment.who],
              [s.fieldSection, commitment.section],
            ]}
          />
          <Body1 className={styles.quote}>“{commitment.quote}”</Body1>
          <LetterCitation s={s} lang={lang} section={commitment.section} />
        </>
      ) : entry.kind === "passage" ? (
        <>
          <Body1 className={styles.quote}>“{entry.text}”</Body1>
          <LetterCitation s={s} lang={lang} section={entry.where} />
        </>
      ) : (
        <Body1 className={styles.quote}>{entry.text}</Body1>
      )}
      {entry.kind !== "passage" && (
        <Caption1 className={styles.muted}>
          {s.cardIdLabel} <span id="figure-card-id">{entry.id}</span> ·{" "}
          {s.cardDataset(DATASET_VERSION)}
        </Caption1>
      )}
      <div className={styles.buttons}>
        {figure && (
          <>
            <Button
              appearance="primary"
              disabled={!canInsert}
              onClick={() => void insert({ kind: "formula", id: figure.id })}
            >
              {s.insertFormula}
            </Button>
            <Button
              disabled={!canInsert || typeof figure.value !== "number"}
              onClick={() =>
                typeof figure.value === "number" &&
                void insert({
                  kind: "value",
                  value: figure.value,
                  format: UNIT_FORMAT[figure.unit],
                })
              }
            >
              {s.insertValue}
            </Button>
            <Button
              disabled={!canInsert}
              onClick={() => perform(rowsAction(s, lang, [figure.id], false, "figures"))}
            >
              {s.insertWithLabel}
            </Button>
            <Button
              disabled={!canInsertCard}
              title={cardBlocked ?? undefined}
              onClick={() => void insert({ kind: "card", card: figureCard(figure, lang) })}
            >
              {s.insertCard}
            </Button>
          </>
        )}
        {figure && (
          <Button aria-pressed={props.collected} onClick={() => props.onCollect(figure.id)}>
            {props.collected ? s.uncollect : s.collect}
          </Button>
        )}
        {entry.kind !== "passage" && (
          <Button onClick={() => void copyId(entry.id)}>{s.copyId}</Button>
        )}
      </div>
      {copied?.id === entry.id && (
        <Caption1 role="status">{copied.ok ? s.idCopied : s.copyBlocked}</Caption1>
      )}
      {figure && (insertBlocked ?? cardBlocked) && (
        <Caption1 className={styles.muted}>{insertBlocked ?? cardBlocked}</Caption1>
      )}
      <ActionFeedback s={s} run={run} task="figures" />
    </article>
  );
}
