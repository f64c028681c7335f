/**
 * The card's buttons: a figure as formula, value, with its label or as card; into the table
 * being put together or out of it; and its id to the clipboard, with what happened.
 */
import { useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { SearchEntry } from "../data/search";
import type { Figure } from "../data/schema";
import { UNIT_FORMAT } from "../data/tables";
import type { FunctionNames } from "../locale/functionNames";
import type { FigureContent } from "../excel/insertFigure";
import { figureCard } from "../excel/figureCard";
import type { PaneAction } from "./actions";
import { insertAction, rowsAction } from "./figureActions";
import { useFigureCardStyles } from "./FigureCard.styles";
import type { Lang, Strings } from "../locale/pane";

/** The id shown on the card: selected for Ctrl+C when the clipboard is refused. */
export const CARD_ID = "figure-card-id";

/**
 * Copies an id, remembering for which id it worked. Office on the web may block the Clipboard
 * API by permissions policy (OfficeDev/office-js #1991, #3480): the promise rejects. Say so and
 * select the id so Ctrl+C copies it.
 */
function useCopyId() {
  /** what happened to the last "copy id", for the card it was pressed on */
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  const copyId = async (id: string) => {
    let ok = false;
    try {
      await globalThis.navigator.clipboard.writeText(id);
      ok = true;
    } catch {
      const el = globalThis.document?.getElementById(CARD_ID);
      const selection = globalThis.getSelection?.();
      if (el && selection) selection.selectAllChildren(el);
    }
    setCopied({ id, ok });
  };
  return { copied, copyId };
}

/** A figure's four ways into the workbook. */
function InsertButtons(props: {
  s: Strings;
  lang: Lang;
  figure: Figure;
  canInsert: boolean;
  canInsertCard: boolean;
  cardBlocked: string | null;
  insert: (content: FigureContent) => void;
  perform: (action: PaneAction) => void;
}) {
  const { s, lang, figure, canInsert, insert } = props;
  return (
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
        onClick={() => props.perform(rowsAction(s, lang, [figure.id], false, "figures"))}
      >
        {s.insertWithLabel}
      </Button>
      <Button
        disabled={!props.canInsertCard}
        title={props.cardBlocked ?? undefined}
        onClick={() => void insert({ kind: "card", card: figureCard(figure, lang) })}
      >
        {s.insertCard}
      </Button>
    </>
  );
}

export interface FigureCardButtonsProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly entry: SearchEntry;
  /** the entry's figure, if it is one */
  readonly figure: Figure | undefined;
  readonly canInsert: boolean;
  readonly cardBlocked: string | null;
  readonly names: FunctionNames;
  readonly perform: (action: PaneAction) => void;
  readonly onCardsRefused: () => void;
  readonly collected: boolean;
  readonly onCollect: (id: string) => void;
}

export function FigureCardButtons(props: FigureCardButtonsProps) {
  const { s, entry, figure, perform } = props;
  const styles = useFigureCardStyles();
  const { copied, copyId } = useCopyId();
  const insert = (content: FigureContent) =>
    perform(insertAction(s, props.names, entry.id, content, props.onCardsRefused));
  return (
    <>
      <div className={styles.buttons}>
        {figure && (
          <InsertButtons
            s={s}
            lang={props.lang}
            figure={figure}
            canInsert={props.canInsert}
            canInsertCard={props.canInsert && props.cardBlocked === null}
            cardBlocked={props.cardBlocked}
            insert={insert}
            perform={perform}
          />
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
    </>
  );
}
