/**
 * Putting a figure into the active cell on the strict fake: the formula in the session's own
 * function names (KENGETAL in Dutch Excel, FIGURE in English), never into a cell that holds
 * anything, in two syncs; refused (nothing written) on a host without ExcelApi 1.7.
 */
import { FakeExcel } from "../support/excelFake";
import {
  CellNotEmptyError,
  figureFormula,
  insertIntoActiveCell,
} from "../../src/excel/insertFigure";
import { namesFor } from "../../src/locale/functionNames";

describe("insert a figure into the active cell", () => {
  it.each([
    ["nl-NL", '=WONINGBOUW.KENGETAL("zh.plancapaciteit")'],
    ["en-US", '=WONINGBOUW.FIGURE("zh.plancapaciteit")'],
  ])("in a %s session writes %s and Excel knows the name", async (lang, shown) => {
    const xl = new FakeExcel({ displayLanguage: lang });
    xl.addUserSheet("Analyse", [["", ""]]);
    xl.selection = { sheet: "Analyse", address: "B1:C4" };
    const { address } = await insertIntoActiveCell(
      xl.context(),
      { kind: "formula", id: "zh.plancapaciteit" },
      namesFor(lang)
    );
    expect(address).toBe("B1");
    const sheet = xl.sheet("Analyse");
    expect(sheet?.formulaOf(0, 1)).toBe(shown);
    expect(sheet?.get(0, 1).value).not.toBe("#NAME?");
    expect(sheet?.get(0, 2).value ?? "").toBe("");
    expect(xl.batches).toHaveLength(2);
  });

  it("inserts the value as a number", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    await insertIntoActiveCell(
      xl.context(),
      { kind: "value", value: 225000000 },
      namesFor("nl-NL")
    );
    expect(xl.sheet("Analyse")?.get(0, 0).value).toBe(225000000);
  });

  it.each([["text"], [0], ["=1+1"]])("leaves a cell holding %p alone", async (content) => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [[content]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    const before = JSON.stringify(xl.sheet("Analyse")?.get(0, 0));
    await expect(
      insertIntoActiveCell(
        xl.context(),
        { kind: "formula", id: "zh.plancapaciteit" },
        namesFor("nl-NL")
      )
    ).rejects.toBeInstanceOf(CellNotEmptyError);
    expect(JSON.stringify(xl.sheet("Analyse")?.get(0, 0))).toBe(before);
    expect(xl.batches).toHaveLength(1);
  });

  it("quotes an id as an Excel string literal", () => {
    expect(figureFormula('a"b')).toBe('=WONINGBOUW.FIGURE("a""b")');
  });
});
