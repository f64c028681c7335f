import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  Body1,
  Caption1,
  Input,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { figureById } from "../data/dataset";
import { groupLabel } from "../data/tables";
import type { Answer, FigureIndex, Hit } from "../data/search";
import type { FunctionNames } from "../locale/functionNames";
import type { PaneAction, RunState } from "./actions";
import { ConvertToCards } from "./ConvertToCards";
import { FigureCard, insertAction } from "./FigureCard";
import { FigureTable } from "./FigureTable";
import { figurePeriod, figureValue, shortValue } from "./notation";
import type { Lang, Strings } from "./i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // no scrolling region: at most RESULTS_SHOWN options, so every option is in the page's flow
  list: { listStyleType: "none", margin: 0, padding: 0 },
  option: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: "3px solid transparent",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorCompoundBrandStroke}`,
  },
  detail: { color: tokens.colorNeutralForeground2 },
  marker: {
    alignSelf: "flex-start",
    marginTop: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // Chromium reports a text paint for the block that holds the text: make the timed span one
  timed: { display: "block" },
});

/** The attribute Chromium's Element Timing API reports paints for (not in React's DOM types). */
const ELEMENT_TIMING = { elementtiming: "pane-content" } as Record<string, string>;

/** Options shown at once: fits a 350×800 pane with the chosen card below. */
const RESULTS_SHOWN = 8;

let searchCode: Promise<typeof import("../data/search")> | undefined;
/**
 * The search's code (its own chunk), requested once. mount.tsx asks for it before hydrating, so
 * its download overlaps the first render: after the pane commits only the index is built (the
 * bench's "search ready after interactive" was a serial wait: commit, request, then build).
 */
export function loadSearch(): Promise<typeof import("../data/search")> {
  searchCode ??= import("../data/search");
  return searchCode;
}

/** Where the letter's text is served beside the pane (webpack copies seeds/ there). */
const LETTER_FILE = "letter/kamerbrief-woningbouw-2020.txt";

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

/** The first result is highlighted only when it is what was asked for, never a near miss. */
function firstChoice(answer: Answer): number {
  const m = answer.hits[0]?.match;
  return m === "exact" || m === "words" ? 0 : -1;
}

/** One option's second line: value with unit, period, group; or who and when; or section. */
function optionDetail(hit: Hit, lang: Lang): string {
  const e = hit.entry;
  const f = e.kind === "figure" ? figureById(e.id) : undefined;
  if (f)
    return [figureValue(f, lang), figurePeriod(f, lang), groupLabel(f.group, lang)]
      .filter(Boolean)
      .join(" · ");
  return (lang === "en" && e.whereEn) || e.where;
}

/**
 * "Kengetallen": search every figure, see where it comes from, put it in a cell. The search
 * box is a WAI-ARIA combobox (APG "list autocomplete"): arrow keys move through the options,
 * Enter inserts the highlighted one, Escape clears; what was found is announced.
 */
export function FigureBrowser(props: FigureBrowserProps) {
  const { s, lang, names, busy, run, insertBlocked, cardBlocked, perform, onCardsRefused } = props;
  const canInsert = !busy && insertBlocked === null;
  const styles = useStyles();
  const [index, setIndex] = useState<FigureIndex | null>(null);
  /** bumped when the letter's passages join the index */
  const [grown, setGrown] = useState(0);
  const [query, setQuery] = useState("");
  /** the option the user moved to, for the answer it was chosen in */
  const [pick, setPick] = useState<{ answer: Answer; i: number } | null>(null);
  /** the figures put together for one table, in the order they were added */
  const [collected, setCollected] = useState<readonly string[]>([]);
  const toggle = (id: string) =>
    setCollected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  // Words typed into the pre-rendered box before the pane came alive count as the query.
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const typed = box.current?.value ?? "";
    if (typed) setQuery(typed);
  }, []);
  useEffect(() => {
    let alive = true;
    void loadSearch().then(async (m) => {
      if (!alive) return;
      performance.mark?.("woningbouw:search-code"); // the bench: code here, index not yet
      const built = m.buildIndex();
      setIndex(built);
      performance.mark?.("woningbouw:search-ready"); // the bench's "search ready"
      // the letter's own text, so every word of it is found; figures work without it
      try {
        const url = new URL(LETTER_FILE, globalThis.location?.href).href;
        const response = await fetch(url);
        if (!response.ok) return;
        built.add(m.passageEntries(await response.text()));
        if (alive) setGrown((n) => n + 1);
      } catch {
        // outside a served page (tests) or offline: the figures alone
      }
    });
    return () => {
      alive = false;
    };
  }, []);
  const answer: Answer = useMemo(
    () => (index && query.trim() ? index.find(query, RESULTS_SHOWN) : { hits: [], amount: null }),
    // `grown`: the index object is the same, its content grew
    [index, query, grown]
  );
  const hits = answer.hits;
  // until the user moves, the first option is highlighted only when it is what was asked for
  const active = pick?.answer === answer ? pick.i : firstChoice(answer);
  const setActive = (i: number) => setPick({ answer, i });
  const chosen = active >= 0 ? hits[active] : undefined;
  // the highlighted option is always in view
  useEffect(() => {
    if (chosen)
      list.current?.querySelector(`[aria-selected="true"]`)?.scrollIntoView?.({ block: "nearest" });
  }, [chosen]);

  const insertFormula = (id: string) =>
    perform(insertAction(s, names, id, { kind: "formula", id }, onCardsRefused));

  const onKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive(Math.min(active + 1, hits.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === "Escape" && query) {
      e.preventDefault();
      setQuery("");
    } else if (e.key === "Enter") {
      // only a highlighted, visible figure: never the first of a list of near misses
      e.preventDefault();
      if (chosen?.entry.kind === "figure" && canInsert) void insertFormula(chosen.entry.id);
    }
  };

  const expanded = hits.length > 0;
  const says = !query.trim()
    ? ""
    : !index
      ? s.searchLoading
      : hits.length === 0
        ? answer.amount
          ? s.searchNoAmount(answer.amount.written)
          : s.searchNone(query.slice(0, 60))
        : hits[0].match === "exact" || hits[0].match === "words"
          ? s.searchCount(hits.length)
          : answer.amount
            ? s.searchNoExactAmount(answer.amount.written, hits.length)
            : s.searchPartial(hits.length);
  const marker = (hit: Hit): string | null => {
    const f = hit.entry.kind === "figure" ? figureById(hit.entry.id) : undefined;
    if (hit.match === "near" && f && typeof f.value === "number")
      return s.markNear(shortValue(f.value, f.unit, lang));
    if (hit.match === "near" && f) return s.markNear(figureValue(f, lang));
    if (hit.match === "mention" && answer.amount) return s.markMention(answer.amount.written);
    if (hit.match === "partial") return s.markPartial;
    if (hit.entry.kind === "passage") return s.markPassage;
    if (hit.entry.kind === "commitment") return s.markCommitment;
    return null;
  };

  return (
    <section aria-labelledby="figures-heading" className={styles.section}>
      <Subtitle2 as="h2" id="figures-heading">
        {s.figuresHeading}
      </Subtitle2>
      <Input
        ref={box}
        type="search"
        role="combobox"
        aria-label={s.searchLabel}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? "figure-results" : undefined}
        aria-activedescendant={chosen ? `figure-option-${active}` : undefined}
        placeholder={s.searchPlaceholder}
        value={query}
        onChange={(_, d) => {
          setQuery(d.value);
          setActive(index && d.value.trim() ? firstChoice(index.find(d.value, RESULTS_SHOWN)) : -1);
        }}
        onKeyDown={onKey}
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
        className={hits.length && firstChoice(answer) < 0 ? styles.warning : undefined}
      >
        {says}
      </Caption1>
      {expanded && (
        <ul
          ref={list}
          id="figure-results"
          role="listbox"
          aria-label={s.resultsLabel}
          className={styles.list}
        >
          {hits.map((hit, i) => {
            const mark = marker(hit);
            return (
              <li
                key={hit.entry.id}
                id={`figure-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={mergeClasses(styles.option, i === active && styles.active)}
                onClick={() => setActive(i)}
              >
                <Body1>{lang === "nl" ? hit.entry.label : hit.entry.labelEn}</Body1>
                <Caption1 className={styles.detail}>{optionDetail(hit, lang)}</Caption1>
                {mark && <Caption1 className={styles.marker}>{mark}</Caption1>}
              </li>
            );
          })}
        </ul>
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
          collected={collected.includes(chosen.entry.id)}
          onCollect={toggle}
        />
      )}
      {collected.length > 0 && (
        <FigureTable
          s={s}
          lang={lang}
          ids={collected}
          canInsert={canInsert}
          run={run}
          perform={perform}
          onRemove={toggle}
          onClear={() => setCollected([])}
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
