/**
 * The figure browser's listbox: one option per hit, each with its label, a second line of
 * detail and, when the hit is not what was asked for, a marker saying what it is.
 */
import type { RefObject } from "react";
import { Body1, Caption1, mergeClasses } from "@fluentui/react-components";
import { figureById } from "../data/dataset";
import { groupLabel } from "../data/tables";
import type { Answer, Hit } from "../data/search";
import { figurePeriod, figureValue, shortValue } from "./notation";
import { useFigureBrowserStyles } from "./FigureBrowser.styles";
import type { Lang, Strings } from "../locale/pane";
import { inLanguage } from "../locale/lang";

/** One option's second line: value with unit, period, group; or who and when; or section. */
function optionDetail(hit: Hit, lang: Lang): string {
  const e = hit.entry;
  const f = e.kind === "figure" ? figureById(e.id) : undefined;
  if (f)
    return [figureValue(f, lang), figurePeriod(f, lang), groupLabel(f.group, lang)]
      .filter(Boolean)
      .join(" · ");
  return inLanguage(lang, { nl: e.where, en: e.whereEn || e.where });
}

/** Why an option is offered when it is not what was asked for (near, mention, …), or null. */
function optionMarker(s: Strings, lang: Lang, hit: Hit, answer: Answer): string | null {
  const f = hit.entry.kind === "figure" ? figureById(hit.entry.id) : undefined;
  if (hit.match === "near" && f && typeof f.value === "number")
    return s.markNear(shortValue(f.value, f.unit, lang));
  if (hit.match === "near" && f) return s.markNear(figureValue(f, lang));
  if (hit.match === "mention" && answer.amount) return s.markMention(answer.amount.written);
  if (hit.match === "partial") return s.markPartial;
  if (hit.entry.kind === "passage") return s.markPassage;
  if (hit.entry.kind === "commitment") return s.markCommitment;
  return null;
}

/** The id of the listbox, for the combobox's aria-controls. */
export const RESULTS_ID = "figure-results";
/** The id of option `i`, for the combobox's aria-activedescendant. */
export const optionId = (i: number) => `figure-option-${i}`;

export interface FigureResultsProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly answer: Answer;
  /** the highlighted option, -1 for none */
  readonly active: number;
  readonly onPick: (i: number) => void;
  readonly listRef: RefObject<HTMLUListElement>;
}

export function FigureResults({ s, lang, answer, active, onPick, listRef }: FigureResultsProps) {
  const styles = useFigureBrowserStyles();
  return (
    <ul
      ref={listRef}
      id={RESULTS_ID}
      role="listbox"
      aria-label={s.resultsLabel}
      className={styles.list}
    >
      {answer.hits.map((hit, i) => {
        const mark = optionMarker(s, lang, hit, answer);
        return (
          <li
            key={hit.entry.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={mergeClasses(styles.option, i === active && styles.active)}
            onClick={() => onPick(i)}
          >
            <Body1>{inLanguage(lang, { nl: hit.entry.label, en: hit.entry.labelEn })}</Body1>
            <Caption1 className={styles.detail}>{optionDetail(hit, lang)}</Caption1>
            {mark && <Caption1 className={styles.marker}>{mark}</Caption1>}
          </li>
        );
      })}
    </ul>
  );
}
