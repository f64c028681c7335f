/**
 * The scenario sheet's plan, pure (no Excel): what each cell holds and how it shows — titles and
 * headers, the yellow inputs, each number in its unit's format, the formulas' inputs per year,
 * the published estimates in their years, the chart and the conditional formats. The
 * evaluated sheet is tested in scenario.test.ts.
 */
import {
  CHECK_CELL,
  FIRST_YEAR_ROW,
  LAST_YEAR_ROW,
  NORM_CELL,
  PATH_ANCHOR,
  PRESETS,
  PRESET_LABELS,
  PRESET_LABEL_CELL,
  figureRef,
  productionCells,
  scenarioPlan,
  type CellPlan,
  type Preset,
  type ReferenceTables,
  type ScenarioPlan,
} from "../../../src/excel/scenario/layout";
import * as sinceLetter from "../../../src/data/sinceLetter";
import { FLOW_YEARS, START_YEAR } from "../../../src/model/shortage";
import { parseA1, columnLetter } from "../../../src/excel/a1";

const HELP = "https://example.org/help/functions.html";
const HOMES = "#,##0";
const EURO = "€ #,##0";
const SHARE = "0.00%";

const plan = (tables: ReferenceTables = {}, preset: Preset = "trend"): ScenarioPlan =>
  scenarioPlan(tables, preset, HELP);

/** The one cell planned at `address`. */
function cell(p: ScenarioPlan, address: string): CellPlan {
  const found = p.cells.filter((c) => c.address === address);
  if (found.length !== 1) throw new Error(`${found.length} cells at ${address}`);
  return found[0];
}

/** Every single-cell address of a range such as "B6:D20". */
function cellsOf(range: string): string[] {
  const b = parseA1(range);
  const out: string[] = [];
  for (let r = 0; r < b.rows; r++)
    for (let c = 0; c < b.cols; c++) out.push(`${columnLetter(b.col + c)}${b.row + r + 1}`);
  return out;
}

describe("the scenario sheet's plan", () => {
  it("plans each address once", () => {
    for (const preset of PRESETS) {
      const addresses = plan({}, preset).cells.map((c) => c.address);
      for (const a of addresses) expect(a).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(new Set(addresses).size).toBe(addresses.length);
    }
  });

  it("titles each block in bold and names every column of its header rows", () => {
    const p = plan();
    for (const title of ["A1", "A4", "F4", "A30", "A39"]) {
      expect(cell(p, title)).toMatchObject({ format: "@", bold: true });
      expect(String(cell(p, title).value).length).toBeGreaterThan(5);
    }
    const headers = [...cellsOf("A5:K5"), ...cellsOf("A31:F31"), ...cellsOf("A40:D40"), "I40"];
    for (const address of headers) {
      const c = cell(p, address);
      expect([address, c.format, c.bold, typeof c.value]).toEqual([address, "@", true, "string"]);
      expect(String(c.value).length).toBeGreaterThan(2);
    }
    // the awards' header "Toekenningen (euro): vul aan →" spans D:H: the cells after it are empty
    for (const address of cellsOf("E40:H40")) expect(cell(p, address).value).toBe("");
    expect(String(cell(p, "D40").value)).toMatch(/→$/);
    // a title, its explanation and the help link under it
    expect(String(cell(p, "A1").value)).toMatch(/^Woningtekort-scenario/);
    expect(String(cell(p, "A2").value)).toContain(HELP);
    expect(cell(p, "A2").bold).toBe(false);
    expect(cell(p, "A3")).toMatchObject({ hyperlink: HELP });
    expect(String(cell(p, "A3").value).length).toBeGreaterThan(10);
  });

  it("labels every input row, key figure and note in plain text", () => {
    const p = plan();
    for (const address of ["A22", "A23", "A24", "A25", "A26", "A37", ...cellsOf("L5:L9")]) {
      const c = cell(p, address);
      expect([address, c.format, c.bold]).toEqual([address, "@", false]);
      expect(String(c.value).length).toBeGreaterThan(10);
    }
    // the key figures' values beside them are bold
    for (const address of cellsOf("M5:M9")) expect(cell(p, address).bold).toBe(true);
    expect(cell(p, PRESET_LABEL_CELL).value).toBe(PRESET_LABELS.trend.nl);
    expect(cell(p, CHECK_CELL).bold).toBe(true);
  });

  it("marks as input (yellow) exactly the cells a user types in", () => {
    const inputs = (preset: Preset) =>
      plan({}, preset)
        .cells.filter((c) => c.input)
        .flatMap((c) => cellsOf(c.address))
        .sort();
    const typed = [
      ...cellsOf(`B${FIRST_YEAR_ROW}:D${LAST_YEAR_ROW}`),
      "B22",
      "B23",
      "B24",
      NORM_CELL,
      ...cellsOf("A34:A36"), // the own areas' names
      ...cellsOf("B32:C36"),
      "B41",
      ...cellsOf("D41:H41"),
      "B42",
      ...cellsOf("D42:H42"),
    ].sort();
    expect(inputs("trend")).toEqual(typed);
    // a computed production preset is never styled as input
    const computed = cellsOf(`B${FIRST_YEAR_ROW}:B${LAST_YEAR_ROW}`);
    expect(inputs("nodig2035")).toEqual(typed.filter((a) => !computed.includes(a)));
    // and no formula that calls the model is an input (FIGURE, which reads the letter, is)
    for (const c of plan().cells)
      if (c.formula && /SHORTAGE_|PLANCAPACITY_|TRANCHE_|PRODUCTION_NEEDED/.test(c.formula))
        expect([c.address, c.input ?? false]).toEqual([c.address, false]);
  });

  it("shows each number in its unit's format: homes, euros, shares, years", () => {
    const p = plan();
    const formats: Array<[string, string]> = [
      [`A${FIRST_YEAR_ROW}:A${LAST_YEAR_ROW}`, "0"],
      [`B${FIRST_YEAR_ROW}:D${LAST_YEAR_ROW}`, HOMES],
      ["B22:B23", HOMES],
      ["B24", SHARE],
      ["J21", SHARE],
      ["M5", HOMES],
      ["M6:M7", SHARE],
      ["M8:M9", HOMES],
      [NORM_CELL, "0%"],
      ["B32:C36", HOMES],
      ["D32:D36", "0.0%"],
      ["E32:E36", HOMES],
      ["A41:A42", "0"],
      ["B41:B42", EURO],
      ["D41", EURO],
      ["I41:I42", EURO],
      ["A32:A36", "@"],
    ];
    for (const [range, format] of formats)
      for (const address of cellsOf(range))
        expect([address, cell(p, address).format]).toEqual([address, format]);
    // ranges formatted as a whole: the spilled path's columns and the awards' inputs
    const whole = Object.fromEntries(
      p.cells.filter((c) => c.address.includes(":")).map((c) => [c.address, c.format])
    );
    expect(whole).toEqual({
      [`F${FIRST_YEAR_ROW}:F21`]: "0",
      [`G${FIRST_YEAR_ROW}:H21`]: HOMES,
      [`I${FIRST_YEAR_ROW}:I21`]: SHARE,
      "E41:H41": EURO,
      "D42:H42": EURO,
    });
    for (const e of sinceLetter.shortageEstimates())
      expect(cell(p, `K${FIRST_YEAR_ROW + e.year - START_YEAR}`).format).toBe(HOMES);
  });

  it("reads each year's demand growth from the parameter of its five years", () => {
    const p = plan();
    const growthOf = (year: number) => {
      const formula = cell(p, `D${FIRST_YEAR_ROW + year - START_YEAR}`).formula ?? "";
      return /param\.vraaggroei_(\d{4}_\d{4})/.exec(formula)?.[1];
    };
    expect([2020, 2024, 2025, 2029, 2030, 2034].map(growthOf)).toEqual([
      "2020_2024",
      "2020_2024",
      "2025_2029",
      "2025_2029",
      "2030_2034",
      "2030_2034",
    ]);
    for (let t = 0; t < FLOW_YEARS; t++) {
      expect(cell(p, `A${FIRST_YEAR_ROW + t}`).value).toBe(START_YEAR + t);
      expect(cell(p, `C${FIRST_YEAR_ROW + t}`).formula).toContain("param.onttrekking");
    }
  });

  it("names a missing input in its row, and checks that all 48 model inputs are numbers", () => {
    const p = plan();
    const e6 = cell(p, "E6").formula ?? "";
    expect(e6).toBe(
      '=IF(AND(OR(ISNUMBER(B6),ISNA(B6)),ISNUMBER(C6),ISNUMBER(D6)),"","leeg of geen getal:"&' +
        'IF(OR(ISNUMBER(B6),ISNA(B6)),""," productie")&IF(ISNUMBER(C6),""," onttrekkingen")&' +
        'IF(ISNUMBER(D6),""," vraaggroei"))'
    );
    for (const row of [22, 23, 24])
      expect(cell(p, `E${row}`).formula).toBe(`=IF(ISNUMBER(B${row}),"","leeg of geen getal")`);
    expect(cell(p, CHECK_CELL).formula).toBe(
      '=IF(COUNT($B$6:$B$20,$C$6:$C$20,$D$6:$D$20,$B$22:$B$24)=48,"ja","nee: zie kolom E")'
    );
  });

  it("puts each published shortage estimate in the row of its year, as a point of the chart", () => {
    const p = plan();
    const estimates = sinceLetter.shortageEstimates();
    expect(estimates.length).toBeGreaterThan(0);
    const inK = p.cells.filter((c) => /^K\d+$/.test(c.address) && c.formula);
    expect(inK.map((c) => [c.address, c.formula])).toEqual(
      estimates.map((e) => [`K${FIRST_YEAR_ROW + e.year - START_YEAR}`, figureRef(e.id, undefined)])
    );
  });

  it("shows only the estimates of the sheet's years, 2020 up to 2035 included", () => {
    // estimates in years around the sheet's: the layout reads them when it plans (a spy, not
    // the module loaded afresh, so Stryker keeps its module-level mutants static)
    const [first] = sinceLetter.shortageEstimates();
    const years = [2019, 2020, 2027, 2035, 2036];
    const spy = jest
      .spyOn(sinceLetter, "shortageEstimates")
      .mockReturnValue(years.map((year) => ({ ...first, year, id: `sinds.tekort.${year}` })));
    try {
      const estimates = plan().cells.filter((c) => /^K\d+$/.test(c.address) && c.formula);
      expect(estimates.map((c) => [c.address, c.formula])).toEqual(
        [2020, 2027, 2035].map((year) => [
          `K${FIRST_YEAR_ROW + year - START_YEAR}`,
          figureRef(`sinds.tekort.${year}`, undefined),
        ])
      );
    } finally {
      spy.mockRestore();
    }
  });

  it("the 2035 target is one point in 2035, withheld until the path has a 2035 share", () => {
    expect(cell(plan(), "J21").formula).toBe("=IF(ISNUMBER($I$21),$B$24,NA())");
    expect(cell(plan(), PATH_ANCHOR).formula).toMatch(/^=IF\(\$B\$25="ja",/);
  });

  it("reads a figure from its reference table when the workbook has it, else with FIGURE", () => {
    expect(figureRef("zh.behoefte_2030", "Provincies", "low")).toBe(
      '=INDEX(Provincies[Laag],MATCH("zh.behoefte_2030",Provincies[ID],0))'
    );
    expect(figureRef("zh.plancapaciteit", "Provincies")).toBe(
      '=INDEX(Provincies[Waarde],MATCH("zh.plancapaciteit",Provincies[ID],0))'
    );
    expect(figureRef("zh.behoefte_2030", undefined, "high")).toBe(
      '=WONINGBOUW.FIGURE("zh.behoefte_2030","high")'
    );
    expect(figureRef("param.onttrekking", undefined)).toBe(
      '=WONINGBOUW.FIGURE("param.onttrekking")'
    );
    const p = plan({ parameters: "Parameters", provinces: "Provincies", tranches: "Tranches" });
    expect(cell(p, "C6").formula).toBe(figureRef("param.onttrekking", "Parameters"));
    expect(cell(p, "C33").formula).toBe(figureRef("zh.behoefte_2030", "Provincies", "high"));
    expect(cell(p, "B42").formula).toBe(figureRef("wbi.t2.budget", "Tranches"));
    expect(cell(p, "D41").formula).toBe(figureRef("wbi.t1.toegekend_excl_btw", "Tranches"));
  });

  it("leaves the own areas' plan capacity and need empty for the user, ratios blank until filled", () => {
    const p = plan();
    for (const r of [34, 35, 36]) {
      expect(cell(p, `A${r}`).value).toBe("(eigen gebied)");
      expect(cell(p, `B${r}`).formula).toBeUndefined();
      expect(cell(p, `C${r}`).formula).toBeUndefined();
    }
    expect(cell(p, "D34").formula).toBe(
      '=IF(OR(B34="",C34=""),"",WONINGBOUW.PLANCAPACITY_RATIO(B34,C34))'
    );
    expect(cell(p, "I41").formula).toBe("=WONINGBOUW.TRANCHE_REMAINING(A41,D41:H41,B41)");
    expect(cell(p, "A42").value).toBe(2);
    expect(cell(p, "B41").formula).toBeUndefined(); // tranche 1's budget is not in the letter
    // each tranche's VAT basis in words, its remainder in bold; the letter's two areas named
    expect(String(cell(p, "C41").value)).toMatch(/^excl\. btw/);
    expect(cell(p, "C42").value).toBe("incl. btw");
    for (const r of [41, 42]) expect(cell(p, `I${r}`).bold).toBe(true);
    expect([cell(p, "A32").value, cell(p, "A33").value]).toEqual([
      "Zuid-Holland, lage behoefte (Bijlage 1)",
      "Zuid-Holland, hoge behoefte (Bijlage 1)",
    ]);
  });

  it("binds the chart and the spill to the path's rows, and widens the label columns", () => {
    const p = plan();
    expect(p.chart.position).toEqual(["L11", "S28"]);
    expect(p.chart.title.length).toBeGreaterThan(10);
    expect(p.chart.series.map((s) => s.name.length > 5)).toEqual([true, true, true, true]);
    expect(p.productionRange).toBe("B6:B20");
    expect(p.spillAnchor).toBe("F6");
    expect(p.spillRange).toBe("F6:I21");
    const width = new Map(p.columnWidths);
    for (const wide of ["A:A", "E:E", "L:L"])
      expect(width.get(wide)).toBeGreaterThan(width.get("B:K") ?? Infinity);
    expect(width.get("M:M")).toBeGreaterThan(50);
  });

  it("colours below and at the norm differently, and marks missing inputs in a third colour", () => {
    const fills = plan().conditionalFormats.map((c) => c.fill);
    expect(fills).toHaveLength(6);
    expect(new Set(fills).size).toBe(3);
    expect(fills.slice(2).every((f) => f === fills[2])).toBe(true);
    for (const f of fills) expect(f).toMatch(/^#[0-9A-F]{6}$/);
  });
});

describe("the production presets", () => {
  it("each preset has its own label in both languages, naming its years as a reader lists them", () => {
    const labels = PRESETS.map((p) => PRESET_LABELS[p]);
    expect(new Set(labels.map((l) => l.nl)).size).toBe(PRESETS.length);
    for (const l of labels) expect(l.nl).not.toBe(l.en);
    // realised years 2020, 2022, 2023, 2024: one run joined with an en dash, a lone year alone
    expect(PRESET_LABELS.gerealiseerd.nl).toContain("2020, 2022–2024");
    expect(PRESET_LABELS.doel100k.en).toContain("(2020, 2022–2023), from 2024 100,000 a year");
  });

  it("numbers are yellow inputs, a computed preset's formulas are not", () => {
    for (const c of productionCells("brief"))
      expect([typeof c.value, c.input, c.format]).toEqual(["number", true, HOMES]);
    const computed = productionCells("nodig2035");
    expect(computed).toHaveLength(FLOW_YEARS);
    for (const c of computed)
      expect([c.input, c.format, c.value]).toEqual([false, HOMES, undefined]);
    expect(computed.map((c) => c.address)).toEqual(cellsOf(`B${FIRST_YEAR_ROW}:B${LAST_YEAR_ROW}`));
  });
});
