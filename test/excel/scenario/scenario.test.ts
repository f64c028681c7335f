import { FakeExcel, parseAddress } from "../../support/excelFake";
import { SheetEvaluator } from "../../support/formulaEval";
import { fromSource } from "../../support/functionsUnderTest";
import { insertScenario, applyPreset, NoScenarioError } from "../../../src/excel/scenario/writer";
import { scenarioPlan, type Preset } from "../../../src/excel/scenario/layout";
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
    expect(ws.get(5, 5).formula).toBe(
      '=IF($B$25="ja",WONINGBOUW.SHORTAGE_PATH($B$6:$B$20,$C$6:$C$20,$B$22,$B$23,$D$6:$D$20,FALSE),NA())'
    );
    expect(ws.get(4, 12).formula).toBe(
      '=IF($B$25="ja",WONINGBOUW.SHORTAGE_2035($B$6:$B$20,$C$6:$C$20,$B$22,$B$23,$D$6:$D$20),NA())'
    );
    expect(ws.get(7, 12).formula).toBe(
      '=IF($B$25="ja",WONINGBOUW.PRODUCTION_NEEDED($B$24,2030,$C$6:$C$20,$B$22,$B$23,$D$6:$D$20),NA())'
    );
    expect(ws.get(24, 1).formula).toBe(
      '=IF(COUNT($B$6:$B$20,$C$6:$C$20,$D$6:$D$20,$B$22:$B$24)=48,"ja","nee: zie kolom E")'
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
      expect(ev.value("F5")).toBe("Jaar");
      expect(ev.value("F6")).toBe(2020);
      expect(ev.value("F21")).toBe(2035);
      expect(ev.value("B25")).toBe("ja");
      expect(ev.value("E20")).toBe("");
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
    expect(ws?.get(5, 1).formula).toMatch(
      /^=IF\(COUNT\(\$C\$6:\$C\$20,\$D\$6:\$D\$20,\$B\$22:\$B\$24\)=33,WONINGBOUW\.PRODUCTION_NEEDED\(\$B\$24,2035/
    );
    expect(evaluator(xl).value("M6")).toBeCloseTo(0.02, 9);
    expect(ws?.get(25, 1).value).toBe("Constante productie voor 2% in 2035 (berekend)");
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
      ["Doel voor 2035", "J6:J21", "F6:F21", "Secondary"],
      ["Gepubliceerde ramingen (woningen)", "K6:K21", "F6:F21", "Primary"],
    ]);
    // the published estimates are points (no line), the 2035 target one marked point
    expect(chart?.series.map((s) => [s.markerStyle, s.lineStyle])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      ["Diamond", undefined],
      ["Circle", "None"],
    ]);
    expect(
      ws?.conditionalFormats.map((c) => [c.address.split("!")[1], c.type, c.rule?.formula])
    ).toEqual([
      ["D32:D36", "Custom", "=AND(ISNUMBER(D32),ISNUMBER($F$32),D32<$F$32)"],
      ["D32:D36", "Custom", "=AND(ISNUMBER(D32),ISNUMBER($F$32),D32>=$F$32)"],
      ["B6:B20", "Custom", "=NOT(OR(ISNUMBER(B6),ISNA(B6)))"],
      ["C6:D20", "Custom", "=NOT(ISNUMBER(C6))"],
      ["B22:B24", "Custom", "=NOT(ISNUMBER(B22))"],
      ["F32", "Custom", "=NOT(ISNUMBER(F32))"],
    ]);
    // the norm is an input cell read from the letter's figure, not a number in a formula
    expect(ws?.get(31, 5)).toMatchObject({
      formula: '=WONINGBOUW.FIGURE("plancapaciteit.norm")',
      style: "Input",
    });
    expect(evaluator(xl).value("F32")).toBe(1.3);
    expect(ws?.get(31, 4).formula).toBe(
      '=IF(OR(B32="",C32=""),"",IF(ISNUMBER($F$32),WONINGBOUW.PLANCAPACITY_GAP(B32,C32,$F$32),NA()))'
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
      const shown = ws?.formulaOf(5, 5);
      expect(shown).toMatch(
        lang.startsWith("nl")
          ? /^=IF\(\$B\$25="ja",WONINGBOUW\.WONINGTEKORT_PAD\(/
          : /^=IF\(\$B\$25="ja",WONINGBOUW\.SHORTAGE_PATH\(/
      );
    }
  );

  it("the fake catches the defect this guards against: English names in Dutch Excel give #NAME?", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    await insertScenario(xl.context(), "brief", HELP, namesFor("en-US"));
    const ws = xl.sheet("WB Scenario");
    expect(ws?.get(5, 5).value).toBe("#NAME?");
  });
});

/** A scenario sheet written in a session of `lang`, evaluated with messages in that language. */
async function written(lang: string, preset: Preset = "brief", tables = false) {
  const xl = new FakeExcel({ displayLanguage: lang });
  if (tables) await insertTables(xl.context(), [...sheetTables()]);
  await insertScenario(xl.context(), preset, HELP, namesFor(lang));
  const ws = xl.sheet("WB Scenario");
  if (!ws) throw new Error("no sheet");
  /** Types a value into a cell ("" clears it), as a user would. */
  const type = (address: string, v: string | number) => {
    const { r0, c0 } = parseAddress(address);
    ws.set(r0, c0, v);
  };
  const ev = () => evaluator(xl);
  const shown = (address: string) => fns.withLanguage(lang, () => ev().value(address));
  return { xl, ws, type, ev, shown };
}

const code = (v: unknown) =>
  (v as { code?: string } | string | undefined) && typeof v === "object"
    ? (v as { code: string }).code
    : v;
const LANGS = ["nl-NL", "en-US"];

describe("the scenario sheet tells the truth when an input goes wrong (issue 26)", () => {
  it.each(LANGS)(
    "%s: a negative withdrawal makes every model output an error, none a 0 or a blank",
    async (lang) => {
      const { type, shown } = await written(lang);
      type("C10", -5);
      const path = shown("F6") as { code: string; message: string };
      expect(path.code).toBe("#VALUE!");
      expect(path.message).toMatch(lang === "nl-NL" ? /onttrekkingen/ : /withdrawals/);
      // shares read the path's error (Excel would show 0 for the empty spill area)
      for (const cell of ["M5", "M6", "M7"]) expect(code(shown(cell))).toBe("#VALUE!");
      // the chart's series: an empty spill area (gaps) and #N/A, which Excel does not plot
      for (const cell of ["G6", "G21", "I21"]) expect(shown(cell)).toBe("");
      expect(code(shown("J21"))).toBe("#N/A");
      // the needed production reads the withdrawals too
      for (const cell of ["M8", "M9"]) expect(code(shown(cell))).toBe("#VALUE!");
    }
  );

  it.each(LANGS)(
    "%s: a cleared or non-numeric yearly input is named with its year, and the outputs are withheld",
    async (lang) => {
      const { type, shown } = await written(lang);
      type("D20", "");
      type("C12", "veel");
      expect(shown("A20")).toBe(2034);
      expect(shown("E20")).toBe("leeg of geen getal: vraaggroei");
      expect(shown("A12")).toBe(2026);
      expect(shown("E12")).toBe("leeg of geen getal: onttrekkingen");
      expect(shown("E11")).toBe("");
      expect(shown("B25")).toBe("nee: zie kolom E");
      for (const cell of ["F6", "M5", "M6", "M7", "M8", "M9", "J21"])
        expect(code(shown(cell))).toBe("#N/A");
      expect(shown("G6")).toBe("");
    }
  );

  it.each(LANGS)(
    "%s: with the computed-production preset a cleared demand growth withholds production too (no recursion)",
    async (lang) => {
      const { type, shown } = await written(lang, "nodig2035", true);
      expect(shown("M6")).toBeCloseTo(0.02, 9);
      type("D20", "");
      for (const cell of ["B6", "B20", "F6", "M5", "M6", "M9"])
        expect(code(shown(cell))).toBe("#N/A");
      // the cause is named, not the production withheld because of it
      expect(shown("E20")).toBe("leeg of geen getal: vraaggroei");
      expect(shown("E6")).toBe("");
    }
  );

  it.each(LANGS)("%s: a cleared start value or norm is marked, never its default", async (lang) => {
    const { type, shown } = await written(lang);
    type("B22", "");
    type("F32", "");
    expect(shown("E22")).toBe("leeg of geen getal");
    expect(code(shown("M5"))).toBe("#N/A");
    // the gap's norm would otherwise be the function's default 130%
    expect(code(shown("E32"))).toBe("#N/A");
  });

  it.each(LANGS)(
    "%s session: every label, header and note is the Dutch of a Dutch session, headers alike",
    async (lang) => {
      const theirs = await written(lang);
      const dutch = await written("nl-NL");
      const texts = (ws: typeof theirs.ws) =>
        [...ws.cells].filter(([, c]) => !c.formula && typeof c.value === "string");
      expect(texts(theirs.ws)).toEqual(texts(dutch.ws));
      // the spilled path has no header of its own: row 5 is the sheet's, row 6 is 2020
      expect(theirs.shown("F6")).toBe(2020);
      expect(["F5", "G5", "H5", "I5"].map((a) => theirs.shown(a))).toEqual([
        "Jaar",
        "Woningtekort (woningen)",
        "Woningvoorraad (woningen)",
        "Tekort / voorraad",
      ]);
      // styled alike (the fake keeps no font): the plan gives every header text format and bold
      const plan = scenarioPlan({}, "brief", HELP);
      for (const a of ["A5", "B5", "E5", "F5", "G5", "H5", "I5", "J5"])
        expect(plan.cells.find((c) => c.address === a)).toMatchObject({ format: "@", bold: true });
    }
  );

  it.each(LANGS)(
    "%s: labels say what a cell is: the 2035 target, the norm as a percentage, computed cells not yellow",
    async (lang) => {
      const { xl, ws, shown } = await written(lang);
      expect(shown("A24")).toBe("Doel 2035: tekort / voorraad");
      expect(shown("J5")).toBe("Doel 2035");
      // the target is one point, in 2035: no yearly line
      for (let r = 6; r <= 20; r++) expect(shown(`J${r}`)).toBe("");
      expect(shown("J21")).toBe(0.02);
      const chart = ws.charts[0];
      expect(chart.series[2]).toMatchObject({ name: "Doel voor 2035", markerStyle: "Diamond" });
      expect(chart.displayBlanksAs).toBe("NotPlotted");
      expect(shown("F31")).toBe("Norm (% van de opgave)");
      expect(ws.get(31, 5).format).toBe("0%");
      // a computed preset: its production cells are not styled as inputs, also when applied later
      await applyPreset(xl.context(), "nodig2035", namesFor(lang));
      for (let r = 5; r <= 19; r++) expect(ws.get(r, 1).style).toBe("Normal");
      await applyPreset(xl.context(), "trend", namesFor(lang));
      for (let r = 5; r <= 19; r++) expect(ws.get(r, 1).style).toBe("Input");
      const computed = [...ws.cells].filter(([, c]) => c.formula && c.style === "Input");
      // what stays yellow with a formula reads a reference figure (an input the user may overwrite)
      expect(computed.every(([, c]) => /FIGURE|INDEX\(WB_/.test(c.formula ?? ""))).toBe(true);
    }
  );
});

describe("the project's evaluator behaves as Excel for blank cells", () => {
  it('a blank is 0 in a plain reference and in arithmetic, "" in a comparison', async () => {
    const { ev } = await written("nl-NL");
    const e = ev();
    expect(e.evaluate("=Z99")).toBe(0);
    expect(e.evaluate("=Z99*2")).toBe(0);
    expect(e.evaluate('=IF(Z99="",1,2)')).toBe(1);
    expect(e.evaluate("=IF(Z99=0,1,2)")).toBe(1);
    expect(e.evaluate("=COUNT(Z90:Z99)")).toBe(0);
    expect(e.evaluate('="a"&Z99')).toBe("a");
  });

  it("a blank inside a range a formula reads never makes it evaluate that formula again", async () => {
    const { type, ev } = await written("nl-NL", "nodig2035");
    type("D20", "");
    // before: the spill lookup for D20 evaluated the PRODUCTION_NEEDED formulas reading D20
    expect(() => ev().value("B6")).not.toThrow();
    expect(() => ev().evaluate("=A1+B1")).not.toThrow();
  });
});
