/**
 * "Kengetallen": search every figure, see where it comes from, put it in a cell. In Fluent UI
 * v9's anatomy: the state and keys in useFigureBrowser.ts, the options in FigureResults.tsx, the
 * chosen one in FigureCard.tsx, the styles in FigureBrowser.styles.ts.
 *
 * The search field stays Fluent's Input with the combobox's roles on it (APG "list
 * autocomplete"), not Fluent's Combobox or SearchBox:
 * - Combobox (react-combobox 9.17) renders its listbox in a Portal, or with `inlinePopup` still
 *   as a positioned popup (useComboboxPositioning), over the card; Enter selects an option and
 *   closes the list (dropdownKeyActions: "CloseSelect"). Here the options stay in the page's
 *   flow above the chosen card, and Enter inserts the highlighted figure.
 * - SearchBox (react-search 9.4) would fit: it passes role and aria-* on to its <input>. But
 *   it added 1.5 KiB gzip to the pane's JavaScript (measured 147.15 → 148.68 KiB, over the
 *   148 KiB budget in test/support/measure.ts) and 0.5 KiB to each pane page, and its clear
 *   button is labelled "clear" in English in both languages.
 */
import { Caption1, Input, Subtitle2 } from "@fluentui/react-components";
import type { FunctionNames } from "../locale/functionNames";
import type { PaneAction, RunState } from "./actions";
import { ConvertToCards } from "./ConvertToCards";
import { FigureCard } from "./FigureCard";
import { FigureResults, RESULTS_ID, optionId } from "./FigureResults";
import { FigureTable } from "./FigureTable";
import { useFigureBrowserStyles } from "./FigureBrowser.styles";
import { firstChoice, useFigureBrowser } from "./useFigureBrowser";
import type { Lang, Strings } from "../locale/pane";

/** The attribute Chromium's Element Timing API reports paints for (not in React's DOM types). */
const ELEMENT_TIMING = { elementtiming: "pane-content" } as Record<string, string>;

export interface FigureBrowserProps {
  readonly s: Strings;
  readonly lang: Lang;
  readonly names: FunctionNames;
  /** a workbook action is running: inserting waits */
  readonly busy: boolean;
  /** the pane's action state: this task's outcomes show under the card */
  readonly run: RunState;
  /** why inserting cannot work here (outside Excel, an Excel without the API); null if it can */
  readonly insertBlocked: string | null;
  /** why a card cannot be inserted (no data types in this Excel); null if it can */
  readonly cardBlocked: string | null;
  readonly perform: (action: PaneAction) => void;
  /** Excel refused a card: card insertion stays disabled for the rest of the session */
  readonly onCardsRefused: () => void;
}

export function FigureBrowser(props: FigureBrowserProps) {
  const { s, lang, names, run, insertBlocked, cardBlocked, perform, onCardsRefused } = props;
  const styles = useFigureBrowserStyles();
  const b = useFigureBrowser(props);
  const { answer, chosen, query, canInsert } = b;
  const expanded = answer.hits.length > 0;
  return (
    <section aria-labelledby="figures-heading" className={styles.section}>
      <Subtitle2 as="h2" id="figures-heading">
        {s.figuresHeading}
      </Subtitle2>
      <Input
        ref={b.box}
        type="search"
        role="combobox"
        aria-label={s.searchLabel}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? RESULTS_ID : undefined}
        aria-activedescendant={chosen ? optionId(b.active) : undefined}
        placeholder={s.searchPlaceholder}
        value={query}
        onChange={(_, d) => b.onQuery(d.value)}
        onKeyDown={b.onKey}
      />
      {/* the hint shows from the first paint on, so nothing moves when the index arrives */}
      {!query.trim() && (
        <Caption1 className={styles.muted}>
          {/* Element Timing: the bench's "time to content" is when this text is painted */}
          <span className={styles.timed} {...ELEMENT_TIMING}>
            {s.searchHint}
          </span>
        </Caption1>
      )}
      {/* what was found, announced as it changes */}
      <Caption1
        role="status"
        className={expanded && firstChoice(answer) < 0 ? styles.warning : undefined}
      >
        {b.says}
      </Caption1>
      {expanded && (
        <FigureResults
          s={s}
          lang={lang}
          answer={answer}
          active={b.active}
          onPick={b.setActive}
          listRef={b.list}
        />
      )}
      {expanded && !chosen && <Caption1 className={styles.muted}>{s.searchChoose}</Caption1>}
      {chosen && (
        <FigureCard
          s={s}
          lang={lang}
          entry={chosen.entry}
          canInsert={canInsert}
          insertBlocked={insertBlocked}
          cardBlocked={cardBlocked}
          run={run}
          names={names}
          perform={perform}
          onCardsRefused={onCardsRefused}
          collected={b.collected.includes(chosen.entry.id)}
          onCollect={b.toggle}
        />
      )}
      {b.collected.length > 0 && (
        <FigureTable
          s={s}
          lang={lang}
          ids={b.collected}
          canInsert={canInsert}
          run={run}
          perform={perform}
          onRemove={b.toggle}
          onClear={b.clear}
        />
      )}
      {/* a task of its own, offered while no search is under way (the card has the room then) */}
      {!query.trim() && (
        <ConvertToCards
          s={s}
          lang={lang}
          canInsert={canInsert}
          cardBlocked={insertBlocked ?? cardBlocked}
          run={run}
          perform={perform}
          onCardsRefused={onCardsRefused}
        />
      )}
    </section>
  );
}
