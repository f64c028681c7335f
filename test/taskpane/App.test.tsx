/**
 * @jest-environment jsdom
 *
 * The pane's components with the in-memory Excel fake as host: list, progress, results and
 * errors, in Dutch and English.
 */
import "../support/jsdom";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { ExcelHost } from "../../src/taskpane/host";
import { FakeExcel } from "../support/excelFake";
import { MARK_KEY } from "../../src/taskpane/excel/ownership";

function hostFor(xl: FakeExcel, supported = true): ExcelHost {
  return { run: (batch) => batch(xl.context()), isSetSupported: () => supported };
}

describe("task pane", () => {
  it("lists every table with its description and row count, in Dutch", async () => {
    render(<App host={null} lang="nl" />);
    expect(screen.getByRole("heading", { name: "Woningbouw — referentiedata" })).toBeTruthy();
    expect(screen.getByText(/Niet geopend in Excel/)).toBeTruthy();
    expect(screen.getAllByRole("checkbox")).toHaveLength(9);
    expect(
      screen.getByRole("checkbox", { name: /Provincies \(Bijlage 1\) \(WB Provincies\)/ })
    ).toBeTruthy();
    expect(screen.getByText(/Ambitie, plancapaciteit, behoefte.*35 rijen/)).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "8 tabellen invoegen" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });

  it("selects and deselects tables; the button counts them, in English", async () => {
    const xl = new FakeExcel();
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText("No reference sheets in this workbook yet.");
    fireEvent.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(screen.getByRole("button", { name: "Choose tables to insert" })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Sources/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Tabel 1|Table 1/ }));
    expect(screen.getByRole("button", { name: "Insert 2 tables" })).toBeTruthy();
  });

  it("inserts, reports what it did, and shows the workbook status", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("WB Gebieden", [["eigen werk"]]);
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText("Nog geen referentiebladen in deze werkmap.");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "8 tabellen invoegen" }));
    });
    await screen.findByText("Klaar");
    expect(screen.getByText("WB Kerncijfers aangemaakt.")).toBeTruthy();
    expect(
      screen.getByText(/WB Gebieden \(2\) aangemaakt: er bestond al een blad WB Gebieden/)
    ).toBeTruthy();
    await screen.findByText("WB Bronnen: versie 1.0.0");
    expect(xl.sheet("WB Gebieden")?.get(0, 0).value).toBe("eigen werk");
  });

  it("offers to update sheets from an older dataset version", async () => {
    const xl = new FakeExcel();
    const old = xl.addUserSheet("WB Bronnen", [["oud"]]);
    old.props.set(
      MARK_KEY,
      JSON.stringify({
        d: "woningbouw-kamerbrief-2020",
        t: "bronnen",
        v: "0.9.0",
        h: "x",
        f: "y",
        n: "WB_Bronnen",
      })
    );
    render(<App host={hostFor(xl)} lang="nl" />);
    await screen.findByText(/ouder dan de versie van de invoegtoepassing \(1\.0\.0\)/);
    expect(screen.getByRole("button", { name: "1 blad bijwerken" })).toBeTruthy();
  });

  it("explains a protected workbook in plain words and says what it cleaned up", async () => {
    const xl = new FakeExcel();
    render(<App host={hostFor(xl)} lang="en" />);
    await screen.findByText("No reference sheets in this workbook yet.");
    xl.failOnSync(3, FakeExcel.officeError("AccessDenied", "denied"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insert 8 tables" }));
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/The workbook or its structure is protected/);
    expect(alert.textContent).toMatch(/What had been created was removed again: WB Kerncijfers/);
    expect(xl.sheets).toHaveLength(0);
  });

  it("explains an Excel version without the needed API instead of failing", async () => {
    render(<App host={hostFor(new FakeExcel(), false)} lang="nl" />);
    expect(screen.getByText(/Deze Excel-versie is te oud/)).toBeTruthy();
    expect(screen.getByText(/ExcelApi 1\.13/)).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole("button", { name: /invoegen/ }) as HTMLButtonElement).disabled).toBe(
        true
      )
    );
  });
});
