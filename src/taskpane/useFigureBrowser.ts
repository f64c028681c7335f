/**
 * The figure browser's state and behaviour, beside its render (Fluent UI v9's component
 * anatomy: a hook, the parts, the styles): the search index, the query, the highlighted
 * option, the figures collected for one table, the combobox's keys, and inserting.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Answer, FigureIndex } from "../data/search";
import type { FunctionNames } from "../locale/functionNames";
import type { PaneAction } from "./actions";
import { insertAction } from "./figureActions";
import { LETTER_FILE } from "./helpLinks";
import type { Strings } from "../locale/pane";

/** Options shown at once: fits a 350×800 pane with the chosen card below. */
export const RESULTS_SHOWN = 8;

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

/** The first result is highlighted only when it is what was asked for, never a near miss. */
export function firstChoice(answer: Answer): number {
  const m = answer.hits[0]?.match;
  return m === "exact" || m === "words" ? 0 : -1;
}

/**
 * The index, built once the search's code is here; `grown` is bumped when the letter's
 * passages join it (the same object, more content).
 */
function useFigureIndex(): { index: FigureIndex | null; grown: number } {
  const [index, setIndex] = useState<FigureIndex | null>(null);
  const [grown, setGrown] = useState(0);
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
  return { index, grown };
}

/** What the status line announces about the answer to `query`. */
export function searchStatus(s: Strings, query: string, ready: boolean, answer: Answer): string {
  const hits = answer.hits;
  if (!query.trim()) return "";
  if (!ready) return s.searchLoading;
  if (hits.length === 0)
    return answer.amount
      ? s.searchNoAmount(answer.amount.written)
      : s.searchNone(query.slice(0, 60));
  if (firstChoice(answer) === 0) return s.searchCount(hits.length);
  return answer.amount
    ? s.searchNoExactAmount(answer.amount.written, hits.length)
    : s.searchPartial(hits.length);
}

/** The figures put together for one table, in the order they were added. */
function useCollected() {
  const [collected, setCollected] = useState<readonly string[]>([]);
  const toggle = (id: string) =>
    setCollected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return { collected, toggle, clear: () => setCollected([]) };
}

export interface FigureBrowserInput {
  readonly s: Strings;
  readonly names: FunctionNames;
  readonly busy: boolean;
  readonly insertBlocked: string | null;
  readonly perform: (action: PaneAction) => void;
  readonly onCardsRefused: () => void;
}

/**
 * The search box is a WAI-ARIA combobox (APG "list autocomplete"): arrow keys move through the
 * options, Enter inserts the highlighted one, Escape clears; what was found is announced.
 */
export function useFigureBrowser(input: FigureBrowserInput) {
  const { s, names, busy, insertBlocked, perform, onCardsRefused } = input;
  const canInsert = !busy && insertBlocked === null;
  const { index, grown } = useFigureIndex();
  const collected = useCollected();
  const [query, setQuery] = useState("");
  /** the option the user moved to, for the answer it was chosen in */
  const [pick, setPick] = useState<{ answer: Answer; i: number } | null>(null);
  // Words typed into the pre-rendered box before the pane came alive count as the query.
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const typed = box.current?.value ?? "";
    if (typed) setQuery(typed);
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

  const onQuery = (value: string) => {
    setQuery(value);
    // a new query forgets the move: `active` falls back to the new answer's first choice
    setPick(null);
  };

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
      if (chosen?.entry.kind === "figure" && canInsert) {
        const id = chosen.entry.id;
        perform(insertAction(s, names, id, { kind: "formula", id }, onCardsRefused));
      }
    }
  };

  return {
    box,
    list,
    query,
    onQuery,
    onKey,
    answer,
    active,
    setActive,
    chosen,
    canInsert,
    says: searchStatus(s, query, index !== null, answer),
    ...collected,
  };
}
