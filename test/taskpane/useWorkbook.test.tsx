/**
 * @jest-environment jsdom
 *
 * The workbook hook's promise (its header): overlapping status refreshes are ordered, only
 * the latest one's answer is shown — a slow early read never overwrites a later one.
 */
import "../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useWorkbook } from "../../src/taskpane/useWorkbook";
import { strings } from "../../src/locale/pane";
import type { ExcelHost } from "../../src/excel/host";
import { insertTables } from "../../src/excel/tables/writer";
import { sheetTables } from "../../src/data/tables";
import type { PaneAction } from "../../src/taskpane/actions";
import { FakeExcel } from "../support/excelFake";

/** A host whose batches run at once on the fake but answer when the test says so. */
function controlledHost(xl: FakeExcel): { host: ExcelHost; pending: Array<() => void> } {
  const pending: Array<() => void> = [];
  const host: ExcelHost = {
    run: async (batch) => {
      const settled = batch(xl.context()).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error })
      );
      const answer = await settled;
      await new Promise<void>((release) => pending.push(release));
      if (answer.ok) return answer.value;
      throw answer.error;
    },
    isSetSupported: (name, version) => xl.isSetSupported(name, version),
    displayLanguage: "nl-NL",
  };
  return { host, pending };
}

const s = strings("nl");

describe("the workbook status when refreshes overlap", () => {
  it("shows the later refresh's answer even when the earlier read answers last", async () => {
    const xl = new FakeExcel();
    const { host, pending } = controlledHost(xl);
    const { result } = renderHook(() => useWorkbook(host, s));
    await waitFor(() => expect(pending).toHaveLength(1)); // the first read: an empty workbook
    const action = {
      task: "tables",
      feature: "tables",
      run: (ctx: Excel.RequestContext) => insertTables(ctx, sheetTables().slice(0, 2)),
    } as unknown as PaneAction;
    let performed: Promise<void> = Promise.resolve();
    act(() => {
      performed = result.current.perform(action);
    });
    await waitFor(() => expect(pending).toHaveLength(2)); // the action wrote two sheets
    await act(async () => pending[1]());
    await waitFor(() => expect(pending).toHaveLength(3)); // the refresh after it read them
    await act(async () => {
      pending[2]();
      await performed;
    });
    const shown = () =>
      result.current.status.kind === "ready"
        ? result.current.status.sheets.map((o) => o.sheet)
        : null;
    const later = shown();
    expect(later).toEqual(
      sheetTables()
        .slice(0, 2)
        .map((t) => t.sheetName)
    );
    await act(async () => pending[0]()); // the first read, of the empty workbook, answers last
    expect(shown()).toEqual(later);
  });
});
