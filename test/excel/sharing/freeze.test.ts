import { FakeExcel, type SheetData } from "../../support/excelFake";
import { freezeFormulas, restoreFormulas, STORE_SHEET } from "../../../src/excel/sharing/freeze";
import { FREEZE_KEY, MARK_KEY, parseMark } from "../../../src/excel/ownership";
import { namesFor } from "../../../src/locale/functionNames";
import { colleague } from "../../support/fakeColleague";

const EN = namesFor("en-US");
const NL = namesFor("nl-NL");

const PATH = "=WONINGBOUW.SHORTAGE_PATH(B6:B20)";
const spillValues = [
  ["jaar", "tekort"],
  [2020, 331000],
  [2021, 340000],
];

/**
 * A workbook with the add-in's formulas among the user's own values and formulas, typed by a
 * user of English Excel (the session's names; in Dutch Excel these would be #NAME?).
 */
function workbook(): { xl: FakeExcel; analyse: SheetData; notities: SheetData } {
  const xl = new FakeExcel({ displayLanguage: "en-US" });
  const analyse = xl.addUserSheet("Analyse", [
    ["Provincie", "Plancapaciteit", "Opgave", "Ratio"],
    ["Zuid-Holland", 187000, 204000, ""],
    ["Utrecht", 90000, 100000, ""],
  ]);
  analyse.setFormula(1, 3, "=WONINGBOUW.PLANCAPACITY_RATIO(B2,C2)", 0.9166666666666666);
  analyse.setFormula(2, 3, "=woningbouw.plancapacity_ratio(B3,C3)", 0.9);
  analyse.setFormula(3, 1, "=SUM(B2:B3)", 277000);
  analyse.setFormula(5, 5, PATH, "jaar", spillValues);
  const notities = xl.addUserSheet("Notities", [["vrije tekst", 42]]);
  notities.setFormula(0, 2, '=B1*2&" woningen"', "84 woningen");
  notities.setFormula(1, 0, '=WONINGBOUW.FIGURE("wbi.t2.budget")', 225000000);
  return { xl, analyse, notities };
}

function snapshot(s: SheetData) {
  return [...s.cells.entries()].map(([k, c]) => [k, c.formula ?? null, c.value]).sort();
}

describe("prepare for sharing / restore formulas", () => {
  it("freezes every WONINGBOUW formula to its value and changes no other cell", async () => {
    const { xl, analyse, notities } = workbook();
    const report = await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    expect(report).toEqual({ frozen: 4, sheets: ["Analyse", "Notities"] });
    expect(analyse.get(1, 3)).toMatchObject({ value: 0.916666666666667 }); // Excel keeps 15 digits;
    expect(analyse.get(1, 3).formula).toBeUndefined();
    expect(analyse.get(2, 3).formula).toBeUndefined();
    expect(analyse.valuesOf({ r0: 5, c0: 5, r1: 7, c1: 6 })).toEqual(spillValues);
    expect(analyse.get(5, 5).formula).toBeUndefined();
    expect(analyse.get(3, 1)).toMatchObject({ formula: "=SUM(B2:B3)", value: 277000 });
    expect(notities.get(0, 2).formula).toBe('=B1*2&" woningen"');
    expect(notities.get(1, 0)).toMatchObject({ value: 225000000 });
    const store = xl.sheet(STORE_SHEET);
    expect(store?.visibility).toBe("VeryHidden");
    expect(parseMark(store?.props.get(MARK_KEY))?.t).toBe("formules");
    // 2 to read the sheets, 1 for the scope, 1 per 100,000 cells of formulas, 1 for where
    // they spill, 1 for the values, 1 to write (store, values and keys fit one batch)
    expect(xl.batches.length).toBe(7);
    // each frozen sheet carries its key, saved with the file
    expect(analyse.props.get(FREEZE_KEY)).toMatch(/^wb-[0-9a-f]{8}$/);
    expect(notities.props.get(FREEZE_KEY)).not.toBe(analyse.props.get(FREEZE_KEY));
  });

  it("restores every formula exactly, clearing the frozen spill so it can spill again, and removes the store", async () => {
    const { xl, analyse, notities } = workbook();
    const before = [snapshot(analyse), snapshot(notities)];
    await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    const report = await restoreFormulas(xl.context(), EN);
    expect(report).toEqual({ restored: 4, conflicts: [], missing: [] });
    expect(analyse.get(1, 3).formula).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(B2,C2)");
    // Excel keeps function names by id, in upper case, as typed in any case
    expect(analyse.get(2, 3).formula).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(B3,C3)");
    expect(analyse.get(5, 5).formula).toBe(PATH);
    expect(analyse.get(6, 5).value).toBe("");
    expect(analyse.get(3, 1)).toMatchObject({ formula: "=SUM(B2:B3)", value: 277000 });
    const formulas = (s: SheetData) =>
      snapshot(s)
        .filter(([, f]) => f !== null)
        .map(([k, f]) => [k, f]);
    expect([formulas(analyse), formulas(notities)]).toEqual(
      before.map((b) => b.filter(([, f]) => f !== null).map(([k, f]) => [k, f]))
    );
    expect(xl.sheet(STORE_SHEET)).toBeUndefined();
  });

  it("finds its sheets after they were renamed in between", async () => {
    const { xl, analyse } = workbook();
    await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    colleague(xl).rename("Analyse", "Analyse 2021");
    const report = await restoreFormulas(xl.context(), EN);
    expect(report.restored).toBe(4);
    expect(analyse.get(1, 3).formula).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(B2,C2)");
  });

  it("freezes only the selection when asked, and a later freeze adds to the store", async () => {
    const { xl, analyse, notities } = workbook();
    xl.selection = { sheet: "Analyse", address: "D2:D3" };
    xl.activeSheet = "Analyse";
    expect(await freezeFormulas(xl.context(), "selection", namesFor(xl.displayLanguage))).toEqual({
      frozen: 2,
      sheets: ["Analyse"],
    });
    expect(analyse.get(5, 5).formula).toBe(PATH);
    expect(notities.get(1, 0).formula).toBe('=WONINGBOUW.FIGURE("wbi.t2.budget")');
    expect(
      await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage))
    ).toMatchObject({ frozen: 2 });
    expect(await restoreFormulas(xl.context(), EN)).toEqual({
      restored: 4,
      conflicts: [],
      missing: [],
    });
    expect(analyse.get(2, 3).formula).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(B3,C3)");
  });

  it("keeps formulas of a deleted sheet in the store and says so", async () => {
    const { xl } = workbook();
    await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    xl.sheets.splice(
      xl.sheets.findIndex((s) => s.name === "Notities"),
      1
    );
    const report = await restoreFormulas(xl.context(), EN);
    expect(report.restored).toBe(3);
    expect(report.missing.map((m) => [m.sheetName, m.address, m.formula])).toEqual([
      ["Notities", "A2", 'WONINGBOUW.FIGURE("wbi.t2.budget")'],
    ]);
    expect(xl.sheet(STORE_SHEET)?.get(1, 1).value).toBe("Notities");
    expect(xl.sheet(STORE_SHEET)?.get(2, 0).value).toBe("");
  });

  it("does nothing, and creates nothing, in a workbook without WONINGBOUW formulas", async () => {
    const xl = new FakeExcel();
    const s = xl.addUserSheet("Blad1", [[1, 2]]);
    s.setFormula(0, 2, "=A1+B1", 3);
    expect(await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage))).toEqual({
      frozen: 0,
      sheets: [],
    });
    expect(xl.sheets.map((x) => x.name)).toEqual(["Blad1"]);
    expect(await restoreFormulas(xl.context(), EN)).toEqual({
      restored: 0,
      conflicts: [],
      missing: [],
    });
  });

  it("finds its sheets after save and reopen, when every sheet has a new id", async () => {
    const { xl, analyse } = workbook();
    await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    const before = analyse.id;
    xl.saveAndReopen();
    expect(analyse.id).not.toBe(before);
    expect(await restoreFormulas(xl.context(), EN)).toEqual({
      restored: 4,
      conflicts: [],
      missing: [],
    });
    expect(analyse.get(5, 5).formula).toBe(PATH);
  });

  it("round trip: frozen in Dutch Excel, saved, reopened and restored in English Excel, every formula calculates", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    const s = xl.addUserSheet("Analyse", [[187000, 204000]]);
    s.setFormula(0, 2, "=WONINGBOUW.PLANCAPACITEIT_RATIO(A1,B1)", 0.9167);
    s.setFormula(2, 0, "=WONINGBOUW.WONINGTEKORT_PAD(75000)", "jaar", [["jaar"], [2020]]);
    s.setFormula(1, 2, '=IF(A1>0,WONINGBOUW.KENGETAL("wbi.t2.budget"),0)', 225000000);
    expect([...s.cells.values()].filter((c) => c.value === "#NAME?")).toEqual([]);
    expect(
      await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage))
    ).toMatchObject({ frozen: 3 });
    expect(s.get(0, 2).formula).toBeUndefined();
    xl.saveAndReopen({ displayLanguage: "en-US" });
    expect(await restoreFormulas(xl.context(), namesFor("en-US"))).toEqual({
      restored: 3,
      conflicts: [],
      missing: [],
    });
    expect(s.formulaOf(0, 2)).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(A1,B1)");
    expect(s.formulaOf(2, 0)).toBe("=WONINGBOUW.SHORTAGE_PATH(75000)");
    expect(s.formulaOf(1, 2)).toBe('=IF(A1>0,WONINGBOUW.FIGURE("wbi.t2.budget"),0)');
    expect([...s.cells.values()].filter((c) => c.value === "#NAME?")).toEqual([]);
  });

  it("round trip the other way: frozen in English Excel, restored in Dutch Excel", async () => {
    const { xl, analyse } = workbook();
    await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    xl.saveAndReopen({ displayLanguage: "nl-NL" });
    expect(await restoreFormulas(xl.context(), NL)).toMatchObject({ restored: 4 });
    expect(analyse.formulaOf(5, 5)).toBe("=WONINGBOUW.WONINGTEKORT_PAD(B6:B20)");
    expect([...analyse.cells.values()].filter((c) => c.value === "#NAME?")).toEqual([]);
  });

  it("a copy of a frozen sheet (no key: custom properties are not copied) keeps its values; the original gets its formulas", async () => {
    const { xl, analyse } = workbook();
    await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage));
    const copy = xl.copySheet("Analyse", "Analyse (2)");
    expect(copy.props.size).toBe(0);
    expect(await restoreFormulas(xl.context(), EN)).toMatchObject({ restored: 4 });
    expect(analyse.get(1, 3).formula).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(B2,C2)");
    expect(copy.get(1, 3)).toMatchObject({ value: 0.916666666666667 }); // Excel keeps 15 digits;
    expect(copy.get(1, 3).formula).toBeUndefined();
  });

  it("freezes a multi-area selection, whole columns included, without getSelectedRange", async () => {
    const { xl, analyse } = workbook();
    xl.selection = { sheet: "Analyse", address: "D2,F:F" };
    xl.activeSheet = "Analyse";
    expect(await freezeFormulas(xl.context(), "selection", namesFor(xl.displayLanguage))).toEqual({
      frozen: 2,
      sheets: ["Analyse"],
    });
    expect(analyse.get(1, 3).formula).toBeUndefined(); // D2
    expect(analyse.get(2, 3).formula).toBeDefined(); // D3 was not selected
    expect(analyse.get(5, 5).formula).toBeUndefined(); // F6, in column F
  });

  it("reads a large sheet in bands, each under Excel's 5,000,000-cell and 5 MB limits", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US", profile: "web" });
    const big = xl.addUserSheet("Groot");
    for (let r = 0; r < 60000; r++) big.set(r, 0, `rij ${r} met wat tekst erbij`);
    big.set(59999, 19, 1); // 60,000 × 20 = 1.2 million cells in the used range
    big.setFormula(59998, 1, '=WONINGBOUW.FIGURE("wbi.t2.budget")', 225000000);
    const before = xl.batches.length;
    expect(
      await freezeFormulas(xl.context(), "workbook", namesFor(xl.displayLanguage))
    ).toMatchObject({ frozen: 1 });
    const batches = xl.batches.slice(before);
    expect(batches.length).toBeGreaterThanOrEqual(12 + 4);
    expect(Math.max(...batches.map((b) => b.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });
});
