/**
 * Putting a figure into the active cell on the strict fake: the formula in the session's own
 * function names (KENGETAL in Dutch Excel, FIGURE in English), never into a cell that holds
 * anything, in two syncs; refused (nothing written) on a host without ExcelApi 1.7. A card
 * (entity value) round-trips, calculates through its fields, and is refused where Excel would.
 */
import { FakeExcel, cellValueProblem, compareVersions } from "../support/excelFake";
import {
  CardRefusedError,
  CellNotEmptyError,
  figureFormula,
  insertIntoActiveCell,
} from "../../src/excel/insertFigure";
import { namesFor } from "../../src/locale/functionNames";
import { figureCard } from "../../src/excel/figureCard";
import { figureById } from "../../src/data/dataset";
import { SheetEvaluator } from "../support/formulaEval";
import { fromSource } from "../support/functionsUnderTest";

function zhCard(lang: "nl" | "en") {
  const f = figureById("zh.plancapaciteit");
  if (!f) throw new Error("no zh.plancapaciteit");
  return { figure: f, card: figureCard(f, lang) };
}

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

  describe("as a card (entity value)", () => {
    it("round-trips through valuesAsJson, survives save and reopen, and calculates through its fields", async () => {
      const xl = new FakeExcel({ displayLanguage: "nl-NL" });
      const sheet = xl.addUserSheet("Analyse", [["", ""]]);
      xl.selection = { sheet: "Analyse", address: "B1" };
      const { figure, card } = zhCard("nl");
      const { address } = await insertIntoActiveCell(
        xl.context(),
        { kind: "card", card },
        namesFor("nl-NL")
      );
      expect(address).toBe("B1");
      expect(xl.batches).toHaveLength(2);
      xl.saveAndReopen({ displayLanguage: "en-US" });
      const context = xl.context();
      const range = context.workbook.worksheets.getItem("Analyse").getRange("B1");
      // valuesAsJson is a scalar property (CellValue[][]), not a navigation property: the
      // plug-in's list predates ExcelApi 1.16
      // eslint-disable-next-line office-addins/no-navigational-load
      range.load("valuesAsJson,values");
      await context.sync();
      expect(range.valuesAsJson[0][0]).toEqual({
        ...card,
        basicType: "Error",
        basicValue: "#VALUE!",
      });
      // Range.values of an entity is its basicValue, #VALUE!
      expect(range.values[0][0]).toBe("#VALUE!");
      sheet.setFormula(0, 0, "=B1.Waarde*2", "");
      const fns = fromSource();
      const ev = new SheetEvaluator(xl, sheet, fns.fns, fns.ErrorClass);
      expect(ev.value("A1")).toBe((figure.value as number) * 2);
      expect(new SheetEvaluator(xl, sheet, fns.fns, fns.ErrorClass).evaluate("=B1.Value")).toBe(
        "#FIELD!"
      );
    });

    it("never goes into a cell that holds anything", async () => {
      const xl = new FakeExcel();
      xl.addUserSheet("Analyse", [["mijn cijfer"]]);
      xl.selection = { sheet: "Analyse", address: "A1" };
      await expect(
        insertIntoActiveCell(
          xl.context(),
          { kind: "card", card: zhCard("nl").card },
          namesFor("nl-NL")
        )
      ).rejects.toBeInstanceOf(CellNotEmptyError);
      expect(xl.sheet("Analyse")?.get(0, 0).value).toBe("mijn cijfer");
      expect(xl.sheet("Analyse")?.get(0, 0).entity).toBeUndefined();
    });

    it("fails with ApiNotFound and writes nothing on an Excel without ExcelApi 1.16", async () => {
      const xl = new FakeExcel({ profile: "mac-16.40" });
      xl.addUserSheet("Analyse", [[""]]);
      xl.selection = { sheet: "Analyse", address: "A1" };
      await expect(
        insertIntoActiveCell(
          xl.context(),
          { kind: "card", card: zhCard("en").card },
          namesFor("en-US")
        )
      ).rejects.toMatchObject({ name: "CardRefusedError", cause: { code: "ApiNotFound" } });
      expect(xl.sheet("Analyse")?.get(0, 0)).toEqual({ value: "", format: "General" });
    });

    it("on Excel 2021, which claims ExcelApi 1.16 without data types, is refused (GeneralException) and writes nothing", async () => {
      const xl = new FakeExcel({ profile: "perpetual-2021" });
      expect(xl.isSetSupported("ExcelApi", "1.16")).toBe(true);
      xl.addUserSheet("Analyse", [[""]]);
      xl.selection = { sheet: "Analyse", address: "A1" };
      const refused = insertIntoActiveCell(
        xl.context(),
        { kind: "card", card: zhCard("nl").card },
        namesFor("nl-NL")
      );
      await expect(refused).rejects.toBeInstanceOf(CardRefusedError);
      await expect(refused).rejects.toMatchObject({ cause: { code: "GeneralException" } });
      expect(xl.sheet("Analyse")?.get(0, 0)).toEqual({ value: "", format: "General" });
      // the formula still goes in
      await insertIntoActiveCell(
        xl.context(),
        { kind: "formula", id: "zh.plancapaciteit" },
        namesFor("nl-NL")
      );
      expect(xl.sheet("Analyse")?.get(0, 0).formula).toBe(
        '=WONINGBOUW.FIGURE("zh.plancapaciteit")'
      );
    });

    it.each([
      ["a property without basicValue", (c: any) => (c.properties.Eenheid = { type: "String" })],
      [
        "a section naming no property",
        (c: any) => c.layouts.card.sections[0].properties.push("Prijs"),
      ],
      ["an entity basicValue", (c: any) => (c.basicValue = "x")],
      [
        "a Double with a numberFormat on ExcelApi 1.16",
        (c: any) => (c.properties.Waarde = { type: "Double", basicValue: 1, numberFormat: "0" }),
      ],
      [
        "text over 32,767 characters",
        (c: any) => (c.properties.Citaat = { type: "String", basicValue: "x".repeat(32768) }),
      ],
    ])(
      "a card with %s is refused (InvalidArgument) and nothing is written",
      async (_what, spoil) => {
        const xl = new FakeExcel();
        xl.addUserSheet("Analyse", [[""]]);
        xl.selection = { sheet: "Analyse", address: "A1" };
        const card = JSON.parse(JSON.stringify(zhCard("nl").card));
        spoil(card);
        // the Double rule is about hosts below 1.19: check it as such a host would
        const problem = cellValueProblem(card, "card", (v) => compareVersions(v, "1.16") <= 0);
        expect(problem).not.toBeNull();
        if (!/numberFormat/.test(problem ?? ""))
          await expect(
            insertIntoActiveCell(xl.context(), { kind: "card", card }, namesFor("nl-NL"))
          ).rejects.toMatchObject({ cause: { code: "InvalidArgument" } });
        expect(xl.sheet("Analyse")?.get(0, 0).entity).toBeUndefined();
      }
    );
  });
});
