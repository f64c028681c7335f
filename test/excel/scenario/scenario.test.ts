import { FakeExcel } from "../../support/excelFake";
import { SheetEvaluator } from "../../support/formulaEval";
import { fromSource } from "../../support/functionsUnderTest";
import { insertScenario, applyPreset, NoScenarioError } from "../../../src/excel/scenario/writer";
import { insertTables } from "../../../src/excel/tables/writer";
import { namesFor } from "../../../src/locale/functionNames";
import { sheetTables } from "../../../src/data/tables";
import { MARK_KEY, parseMark } from "../../../src/excel/ownership";

const HELP = "https://localhost:3000/help/functions.html";
/** The fake's default session is Dutch (nl-NL): the add-in must write Dutch function names. */
const NL = namesFor("nl-NL");
const fns = fromSource();

function evaluator(xl: FakeExcel, sheet = "WB Scenario") {
  const data = xl.sheet(sheet);
  if (!data) throw new Error(`no ${sheet}`);
  return new SheetEvaluator(xl, data, fns.fns, fns.ErrorClass);
}

describe("the scenario sheet", () => {
  it("uses WONINGBOUW.FIGURE for its inputs when the reference tables are not in the workbook", async () => {
    const xl = new FakeExcel();
    const { sheet, usesTables } = await insertScenario(xl.context(), "brief", HELP, NL);
    expect(sheet).toBe("WB Scenario");
    expect(usesTables).toEqual({
      parameters: undefined,
      provinces: undefined,
      tranches: undefined,
    });
    const ws = xl.sheet("WB Scenario");
    if (!ws) throw new Error("no sheet");
    expect(ws.get(5, 2).formula).toBe('=WONINGBOUW.FIGURE("param.onttrekking")');
    expect(ws.get(5, 3).formula).toBe('=WONINGBOUW.FIGURE("param.vraaggroei_2020_2024")');
    expect(ws.get(19, 3).formula).toBe('=WONINGBOUW.FIGURE("param.vraaggroei_2030_2034")');
    expect(ws.get(21, 1).formula).toBe('=WONINGBOUW.FIGURE("param.tekort_2020")');
    expect(ws.get(4, 5).formula).toBe(
      "=WONINGBOUW.SHORTAGE_PATH($B$6:$B$20,$C$6:$C$20,$B$22,$B$23,$D$6:$D$20)"
    );
    expect(ws.get(4, 12).formula).toBe(
      "=WONINGBOUW.SHORTAGE_2035($B$6:$B$20,$C$6:$C$20,$B$22,$B$23,$D$6:$D$20)"
    );
    expect(ws.get(7, 12).formula).toBe(
      "=WONINGBOUW.PRODUCTION_NEEDED($B$24,2030,$C$6:$C$20,$B$22,$B$23,$D$6:$D$20)"
    );
    expect(ws.get(40, 8).formula).toBe("=WONINGBOUW.TRANCHE_REMAINING(A41,D41:H41,B41)");
    expect(ws.get(5, 1)).toMatchObject({ value: 84500, style: "Input" });
    expect(parseMark(ws.props.get(MARK_KEY))?.t).toBe("scenario");
    expect(ws.get(2, 0)).toMatchObject({
      value: "Uitleg van de functies, formules en bronnen (help)",
      hyperlink: HELP,
    });
    expect(String(ws.get(1, 0).value)).toMatch(/^Gele cellen zijn invoer/);
  });

  it("reads its inputs from the reference tables when they are in the workbook", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [...sheetTables()]);
    const { usesTables } = await insertScenario(xl.context(), "brief", HELP, NL);
    expect(usesTables).toEqual({
      parameters: "WB_Modelparameters",
      provinces: "WB_Provincies",
      tranches: "WB_Tranches",
    });
    const ws = xl.sheet("WB Scenario");
    expect(ws?.get(5, 2).formula).toBe(
      '=INDEX(WB_Modelparameters[Waarde],MATCH("param.onttrekking",WB_Modelparameters[ID],0))'
    );
    expect(ws?.get(32, 2).formula).toBe(
      '=INDEX(WB_Provincies[Hoog],MATCH("zh.behoefte_2030",WB_Provincies[ID],0))'
    );
  });

  it.each([false, true])(
    "computes the spec's calibration outputs for the letter's preset (reference tables: %s)",
    async (withTables) => {
      const xl = new FakeExcel();
      if (withTables) await insertTables(xl.context(), [...sheetTables()]);
      await insertScenario(xl.context(), "brief", HELP, NL);
      const ev = evaluator(xl);
      expect(ev.value("M5")).toBeCloseTo(180000, 6); // S(2035)
      expect(Math.abs((ev.value("M7") as number) - 0.028)).toBeLessThanOrEqual(0.0005); // 2.80% in 2030
      expect(Math.abs((ev.value("M6") as number) - 0.0201)).toBeLessThanOrEqual(0.0005); // 2.01% in 2035
      expect(Math.abs((ev.value("M8") as number) - 91310)).toBeLessThanOrEqual(1);
      expect(Math.abs((ev.value("M9") as number) - 77710)).toBeLessThanOrEqual(1);
      expect(ev.value("F5")).toBe("year");
      expect(ev.value("F21")).toBe(2035);
      expect(ev.value("G21")).toBeCloseTo(180000, 6);
      expect(ev.value("D32")).toBeCloseTo(187000 / 204000, 9);
      expect(ev.value("E33")).toBeCloseTo(118500, 6);
      expect(ev.value("D34")).toBe("");
      expect(ev.value("I42")).toBe(225000000);
      expect((ev.value("I41") as { code: string }).code).toBe("#N/A");
    }
  );

  it("presets fill the production inputs; the constant-production preset reaches 2% in 2035", async () => {
    const xl = new FakeExcel();
    await insertScenario(xl.context(), "brief", HELP, NL);
    await applyPreset(xl.context(), "trend", NL);
    const ws = xl.sheet("WB Scenario");
    expect([5, 6, 7, 8, 9, 19].map((r) => ws?.get(r, 1).value)).toEqual([
      65000, 60000, 65000, 70000, 75000, 75000,
    ]);
    expect(evaluator(xl).value("G11")).toBeCloseTo(420000, -3);
    await applyPreset(xl.context(), "nodig2035", NL);
    expect(ws?.get(5, 1).formula).toMatch(/^=WONINGBOUW\.PRODUCTION_NEEDED\(\$B\$24,2035/);
    expect(evaluator(xl).value("M6")).toBeCloseTo(0.02, 9);
    expect(ws?.get(25, 1).value).toBe("Constante productie voor 2% in 2035");
  });

  it("binds the chart to the spilled path and colours the ratios against the norm cell, never blank rows", async () => {
    const xl = new FakeExcel();
    await insertScenario(xl.context(), "brief", HELP, NL);
    const ws = xl.sheet("WB Scenario");
    const chart = ws?.charts[0];
    expect(chart?.type).toBe("Line");
    expect(chart?.series.map((s) => [s.name, s.values, s.categories, s.axisGroup])).toEqual([
      ["Woningtekort (woningen)", "G6:G21", "F6:F21", "Primary"],
      ["Aandeel van de voorraad", "I6:I21", "F6:F21", "Secondary"],
      ["Doel", "J6:J21", "F6:F21", "Secondary"],
    ]);
    expect(
      ws?.conditionalFormats.map((c) => [c.address.split("!")[1], c.type, c.rule?.formula])
    ).toEqual([
      ["D32:D36", "Custom", "=AND(ISNUMBER(D32),D32<$F$32)"],
      ["D32:D36", "Custom", "=AND(ISNUMBER(D32),D32>=$F$32)"],
    ]);
    // the norm is an input cell read from the letter's figure, not a number in a formula
    expect(ws?.get(31, 5)).toMatchObject({
      formula: '=WONINGBOUW.FIGURE("plancapaciteit.norm")',
      style: "Input",
    });
    expect(evaluator(xl).value("F32")).toBe(1.3);
    expect(ws?.get(31, 4).formula).toBe(
      '=IF(OR(B32="",C32=""),"",WONINGBOUW.PLANCAPACITY_GAP(B32,C32,$F$32))'
    );
  });

  it("a second insert makes WB Scenario (2), and a user's own WB Scenario is never touched", async () => {
    const xl = new FakeExcel();
    const theirs = xl.addUserSheet("WB Scenario", [["mijn scenario", 1]]);
    expect((await insertScenario(xl.context(), "brief", HELP, NL)).sheet).toBe("WB Scenario (2)");
    expect((await insertScenario(xl.context(), "trend", HELP, NL)).sheet).toBe("WB Scenario (3)");
    expect(theirs.valuesOf({ r0: 0, c0: 0, r1: 0, c1: 1 })).toEqual([["mijn scenario", 1]]);
    expect(theirs.props.size).toBe(0);
  });

  it("a preset without a scenario sheet of ours is an explained error, and the user's sheet stays", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("WB Scenario", [["mijn scenario"]]);
    await expect(applyPreset(xl.context(), "trend", NL)).rejects.toBeInstanceOf(NoScenarioError);
    expect(xl.sheet("WB Scenario")?.get(5, 1).value).toBe("");
  });

  it("a failed write leaves no half-made scenario sheet", async () => {
    const xl = new FakeExcel();
    xl.failOnSync(4, FakeExcel.officeError("AccessDenied", "protected"));
    await expect(insertScenario(xl.context(), "brief", HELP, NL)).rejects.toMatchObject({
      rolledBack: ["WB Scenario"],
    });
    expect(xl.sheets).toHaveLength(0);
  });

  it.each(["nl-NL", "nl-BE", "en-US", "en-GB", "de-DE"])(
    "in a %s session every formula it writes is one Excel knows (no #NAME?)",
    async (lang) => {
      const xl = new FakeExcel({ displayLanguage: lang });
      await insertTables(xl.context(), [...sheetTables()]);
      await insertScenario(xl.context(), "nodig2035", HELP, namesFor(lang));
      await applyPreset(xl.context(), "nodig2035", namesFor(lang));
      const ws = xl.sheet("WB Scenario");
      const cells = [...(ws?.cells.values() ?? [])];
      expect(cells.filter((c) => c.formula).length).toBeGreaterThan(50);
      expect(cells.filter((c) => c.value === "#NAME?")).toEqual([]);
      const shown = ws?.formulaOf(4, 5);
      expect(shown).toMatch(
        lang.startsWith("nl") ? /^=WONINGBOUW\.WONINGTEKORT_PAD\(/ : /^=WONINGBOUW\.SHORTAGE_PATH\(/
      );
    }
  );

  it("the fake catches the defect this guards against: English names in Dutch Excel give #NAME?", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    await insertScenario(xl.context(), "brief", HELP, namesFor("en-US"));
    const ws = xl.sheet("WB Scenario");
    expect(ws?.get(4, 5).value).toBe("#NAME?");
  });
});
