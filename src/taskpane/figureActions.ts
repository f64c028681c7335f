/**
 * The figures task's actions: one figure into the selected cell, figures with their labels as
 * rows (one "met label", several as a table with headers) and a selection's names turned into
 * cards. The rows' and cards' Office.js code and planners load on first use (chunk
 * "insert-rows"), not with the pane.
 */
import type { Lang } from "../locale/lang";
import type { FunctionNames } from "../locale/functionNames";
import {
  CardRefusedError,
  CellNotEmptyError,
  insertIntoActiveCell,
  type FigureContent,
} from "../excel/insertFigure";
import { nothingToDo, refused, succeeded, type PaneAction, type Slot } from "./actions";
import type { Strings } from "../locale/pane";

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

const rowsCode = () =>
  Promise.all([
    import(/* webpackChunkName: "insert-rows" */ "../excel/figureRows"),
    import(/* webpackChunkName: "insert-rows" */ "../excel/insertFigureRows"),
  ]);

/** `ids` as rows at the selected cell: one without a header, or a table with one. */
export function rowsAction(
  s: Strings,
  lang: Lang,
  ids: readonly string[],
  header: boolean,
  slot: Slot
): PaneAction {
  return {
    feature: "figures",
    task: slot,
    run: async (ctx) => {
      const [{ figureRows }, write] = await rowsCode();
      const plan = figureRows(ids, lang, header);
      if (!plan) return nothingToDo(s.tableHint);
      try {
        const { address } = await write.insertFigureRows(ctx, plan);
        return succeeded(s.rowsInserted(plan.ids.length, address, header));
      } catch (e) {
        if (e instanceof write.BlockNotEmptyError)
          return refused(s.blockNotEmpty(e.block, e.occupied));
        if (e instanceof write.BlockOutsideSheetError) return refused(s.blockOutside(e.cell));
        throw e;
      }
    },
  };
}

/** The selected cells that name a figure become its card; the others are listed. */
export function convertAction(s: Strings, lang: Lang, onCardsRefused: () => void): PaneAction {
  return {
    feature: "cards",
    task: "figureConvert",
    run: async (ctx) => {
      const m = await import(/* webpackChunkName: "insert-rows" */ "../excel/convertToCards");
      try {
        const done = await m.convertSelectionToCards(ctx, lang);
        if (!done.address) return nothingToDo(s.convertEmpty);
        const unknown = done.leftAlone
          .filter((c) => !c.ambiguous)
          .map((c) => `${c.address} “${c.text}”`);
        const ambiguous = done.leftAlone
          .filter((c) => c.ambiguous)
          .map((c) => `${c.address} “${c.text}”`);
        const lines = [
          ...(done.matches.length ? [s.converted(done.matches.length, done.address)] : []),
          ...(ambiguous.length ? [s.convertAmbiguous(ambiguous)] : []),
          ...(unknown.length ? [s.convertLeftAlone(unknown)] : []),
        ];
        return done.leftAlone.length || !done.matches.length
          ? refused(...lines)
          : succeeded(...lines);
      } catch (e) {
        if (e instanceof m.SelectionTooLargeError)
          return refused(s.convertTooLarge(e.cells, m.MAX_CONVERT_CELLS));
        // no data types in this Excel (office-js #4750): no card is tried again this session
        if (e instanceof CardRefusedError) onCardsRefused();
        throw e;
      }
    },
  };
}
