/**
 * Which cells of a selection name a figure, as Excel's Stocks and Geography conversion reads a
 * column of names: a cell whose typed text is a figure's id, its label in Dutch or English, or
 * its label with its group ("Zuid-Holland: Beschikbare plancapaciteit (voorjaar 2020)", what a
 * card shows) becomes that figure's card. Anything else is left alone and listed: a formula, a
 * number, text that names no figure, and a label that several figures share (each province's
 * plan capacity has the same label) — never a guess. Pure: convertToCards.ts applies it.
 */
import { dataset } from "../data/dataset";
import { blockAddress, type Block } from "./a1";
import { standaloneLabel } from "./figureCard";

export interface CardMatch {
  /** cell address, sheet-local ("B4") */
  readonly address: string;
  readonly id: string;
}

export interface LeftAlone {
  readonly address: string;
  /** the cell's text, shortened for the list */
  readonly text: string;
  /** a label several figures share: the id or "group: label" says which */
  readonly ambiguous: boolean;
}

export interface CardPlan {
  readonly matches: readonly CardMatch[];
  readonly leftAlone: readonly LeftAlone[];
}

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

let names: Map<string, Set<string>> | undefined;
/** Every way a figure is named, lower case, to the ids it names. */
function figureNames(): Map<string, Set<string>> {
  if (names) return names;
  const m = new Map<string, Set<string>>();
  const put = (name: string, id: string) => {
    const k = key(name);
    if (!k) return;
    const ids = m.get(k) ?? new Set<string>();
    ids.add(id);
    m.set(k, ids);
  };
  for (const f of dataset.figures)
    for (const name of [
      f.id,
      f.label.nl,
      f.label.en,
      standaloneLabel(f, "nl"),
      standaloneLabel(f, "en"),
    ])
      put(name, f.id);
  names = m;
  return m;
}

/** The figure a text names, "ambiguous" when several, null when none. */
export function figureNamed(text: string): string | "ambiguous" | null {
  const ids = figureNames().get(key(text));
  if (!ids) return null;
  return ids.size === 1 ? [...ids][0] : "ambiguous";
}

/**
 * The plan for the cells of `at`, given their formulas as Range.formulas reads them (typed
 * text is the text itself, a formula starts with "="). Empty cells are neither matched nor
 * listed.
 */
export function planCards(at: Block, formulas: readonly (readonly unknown[])[]): CardPlan {
  const matches: CardMatch[] = [];
  const leftAlone: LeftAlone[] = [];
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "" || v === null || v === undefined) return;
      const address = blockAddress({ row: at.row + r, col: at.col + c, rows: 1, cols: 1 });
      const text = String(v);
      const named = typeof v === "string" && !v.startsWith("=") ? figureNamed(v) : null;
      if (named && named !== "ambiguous") matches.push({ address, id: named });
      else
        leftAlone.push({
          address,
          text: text.length > 40 ? `${text.slice(0, 39)}…` : text,
          ambiguous: named === "ambiguous",
        });
    })
  );
  return { matches, leftAlone };
}
