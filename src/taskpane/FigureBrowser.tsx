import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  Input,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DATASET_VERSION, dataset, figureById } from "../data/dataset";
import type { FigureIndex, SearchEntry } from "../data/search";
import type { Figure } from "../data/schema";
import type { FunctionNames } from "../locale/functionNames";
import { CardRefusedError, CellNotEmptyError, insertIntoActiveCell } from "../excel/insertFigure";
import { figureCard } from "../excel/figureCard";
import { refused, succeeded, type PaneAction, type RunState } from "./actions";
import { ActionFeedback } from "./ActionFeedback";
import type { Lang, Strings } from "./i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "220px", overflowY: "auto" },
  option: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
  },
  active: { backgroundColor: tokens.colorBrandBackground2 },
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
  // Chromium reports a text paint for the block that holds the text: make the timed span one
  timed: { display: "block" },
});

/** The attribute Chromium's Element Timing API reports paints for (not in React's DOM types). */
const ELEMENT_TIMING = { elementtiming: "pane-content" } as Record<string, string>;

/** A figure's value as the reference sheets show it, in the pane's notation. */
function shownValue(f: Figure, lang: Lang): string {
  const locale = lang === "nl" ? "nl-NL" : "en-GB";
  const fmt = (v: number) =>
    f.unit === "euro"
      ? `€ ${v.toLocaleString(locale)}`
      : f.unit === "fractie"
        ? `${(v * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`
        : v.toLocaleString(locale);
  if (typeof f.value === "number") return fmt(f.value);
  if (f.low !== undefined && f.high !== undefined) return `${fmt(f.low)} – ${fmt(f.high)}`;
  return f.text ?? (lang === "nl" ? "onbekend" : "unknown");
}

function Provenance({ s, f }: { s: Strings; f: Figure }) {
  const styles = useStyles();
  const src = f.source;
  switch (src.kind) {
    case "letter":
      return (
        <>
          <Body1 className={styles.quote}>“{src.quote}”</Body1>
          <Caption1 className={styles.muted}>
            {s.cardLetter(src.section, dataset.document.date)}
          </Caption1>
        </>
      );
    case "external": {
      const source = dataset.sources.find((x) => x.id === src.sourceId);
      return (
        <>
          {src.quote && <Body1 className={styles.quote}>“{src.quote}”</Body1>}
          <Caption1>
            {source ? `${source.publisher}, ${source.title} (${source.date})` : src.sourceId}{" "}
            {source?.url && (
              <Link href={source.url} target="_blank">
                {s.cardOpenSource}
              </Link>
            )}
          </Caption1>
        </>
      );
    }
    case "derived":
      return <Caption1>{s.cardDerived(src.formula)}</Caption1>;
    case "calculation":
      return <Caption1>{s.cardCalculation(src.method)}</Caption1>;
    case "assumption":
      return <Caption1>{s.cardAssumption(src.reasoning)}</Caption1>;
  }
}

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

/** "Zoek een kengetal": search every figure, see where it comes from, put it in a cell. */
export function FigureBrowser({
  s,
  lang,
  names,
  busy,
  run,
  insertBlocked,
  cardBlocked,
  perform,
  onCardsRefused,
}: FigureBrowserProps) {
  const canInsert = !busy && insertBlocked === null;
  const canInsertCard = canInsert && cardBlocked === null;
  const styles = useStyles();
  const [index, setIndex] = useState<FigureIndex | null>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  /** what happened to the last "copy id", for the card it was pressed on */
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  // Words typed into the pre-rendered box before the pane came alive count as the query.
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const typed = box.current?.value ?? "";
    if (typed) setQuery(typed);
  }, []);
  useEffect(() => {
    let alive = true;
    void import("../data/search").then((m) => {
      if (!alive) return;
      setIndex(m.buildIndex());
      performance.mark?.("woningbouw:search-ready"); // the bench's "search ready"
    });
    return () => {
      alive = false;
    };
  }, []);
  const results: SearchEntry[] = useMemo(
    () => (index && query.trim() ? index.search(query, 12) : []),
    [index, query]
  );
  const chosen = results[Math.min(active, results.length - 1)];
  const figure = chosen?.kind === "figure" ? figureById(chosen.id) : undefined;

  const insert = (content: Parameters<typeof insertIntoActiveCell>[1]) =>
    perform({
      feature: content.kind === "card" ? "cards" : "figures",
      task: "figures",
      run: async (ctx) => {
        try {
          const { address } = await insertIntoActiveCell(ctx, content, names);
          const id = chosen?.id ?? "";
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
    });

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

  const onKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && figure && canInsert) {
      e.preventDefault();
      void insert({ kind: "formula", id: figure.id });
    }
  };

  return (
    <section aria-labelledby="figures-heading" className={styles.section}>
      <Subtitle2 as="h2" id="figures-heading">
        {s.figuresHeading}
      </Subtitle2>
      <Input
        ref={box}
        type="search"
        aria-label={s.searchLabel}
        placeholder={s.searchPlaceholder}
        value={query}
        onChange={(_, d) => {
          setQuery(d.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        aria-controls="figure-results"
        aria-activedescendant={chosen ? `figure-${chosen.id}` : undefined}
      />
      {/* the hint shows from the first paint on, so nothing moves when the index arrives */}
      {!query.trim() ? (
        <Caption1 className={styles.muted}>
          {/* Element Timing: the bench's "time to content" is when this text is painted */}
          <span className={styles.timed} {...ELEMENT_TIMING}>
            {s.searchHint}
          </span>
        </Caption1>
      ) : !index ? (
        <Caption1 className={styles.muted}>{s.searchLoading}</Caption1>
      ) : results.length === 0 ? (
        <Caption1 role="status">{s.searchNone(query.slice(0, 60))}</Caption1>
      ) : (
        <ul id="figure-results" role="listbox" aria-label={s.searchLabel} className={styles.list}>
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`figure-${r.id}`}
              role="option"
              aria-selected={r === chosen}
              className={`${styles.option} ${r === chosen ? styles.active : ""}`}
              onClick={() => setActive(i)}
            >
              <Body1>{lang === "nl" ? r.label : r.labelEn}</Body1>{" "}
              <Caption1 className={styles.muted}>
                {r.where} · {r.id}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <article className={styles.card} aria-label={s.cardLabel}>
          <Body1>
            <strong>{lang === "nl" ? chosen.label : chosen.labelEn}</strong>
          </Body1>
          {figure ? (
            <>
              <span className={styles.value}>
                {figure.qualifier ? `${figure.qualifier} ` : ""}
                {shownValue(figure, lang)}
              </span>
              <Caption1>
                {[
                  s.unit(figure.unit),
                  figure.period ?? (figure.year ? String(figure.year) : ""),
                  figure.vat ? s.vat(figure.vat) : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Caption1>
              <Provenance s={s} f={figure} />
              {figure.note && <Caption1>{s.cardNote(figure.note)}</Caption1>}
            </>
          ) : (
            <Body1 className={styles.quote}>{chosen.text}</Body1>
          )}
          <Caption1 className={styles.muted}>
            {s.cardIdLabel} <span id="figure-card-id">{chosen.id}</span> ·{" "}
            {s.cardDataset(DATASET_VERSION)}
          </Caption1>
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
                    void insert({ kind: "value", value: figure.value })
                  }
                >
                  {s.insertValue}
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
            <Button onClick={() => void copyId(chosen.id)}>{s.copyId}</Button>
          </div>
          {copied?.id === chosen.id && (
            <Caption1 role="status">{copied.ok ? s.idCopied : s.copyBlocked}</Caption1>
          )}
          {figure && (insertBlocked ?? cardBlocked) && (
            <Caption1 className={styles.muted}>{insertBlocked ?? cardBlocked}</Caption1>
          )}
          <ActionFeedback s={s} run={run} task="figures" />
        </article>
      )}
    </section>
  );
}
