/**
 * @jest-environment jsdom
 *
 * The tables task inserts only what is ticked: with nothing ticked its insert button is
 * disabled (a click would do nothing and say nothing), one tick enables it again.
 */
import "../support/jsdom";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { ExcelHost } from "../../src/excel/host";
import { FakeExcel } from "../support/excelFake";
import { sheetTables } from "../../src/data/tables";

function hostFor(xl: FakeExcel): ExcelHost {
  return {
    run: (batch) => batch(xl.context()),
    isSetSupported: (name, version) => xl.isSetSupported(name, version),
    displayLanguage: xl.displayLanguage,
  };
}

describe("the tables task's selection", () => {
  it("disables insert with no table ticked and enables it for one", async () => {
    render(<App host={hostFor(new FakeExcel())} lang="en" />);
    fireEvent.click(screen.getByRole("tab", { name: /Tables/ }));
    const all = sheetTables().length;
    const button = (n: number) =>
      screen.getByRole("button", {
        name:
          n === 0 ? "Choose tables to insert" : n === 1 ? "Insert 1 table" : `Insert ${n} tables`,
      }) as HTMLButtonElement;
    await waitFor(() => expect(button(all).disabled).toBe(false));
    fireEvent.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(button(0).disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: /\(WB Provincies\)/ }));
    expect(button(1).disabled).toBe(false);
  });
});
