/**
 * Inserts the scenario sheet ("WB Scenario", or a free name) and applies production presets.
 * Like the reference sheets: never touches a sheet it did not create, one Excel.run per
 * action, 3 syncs (two reads, one write); a failed write removes the sheet it created.
 */
import { filled } from "../cells";
import { MARK_KEY, ownMark } from "../ownership";
import { freeName, readSheets, rollBack, type SheetInfo } from "../writer";
import {
  PRESET_LABELS,
  productionCells,
  scenarioPlan,
  type Preset,
  type ReferenceTables,
} from "./layout";

export const SCENARIO_SHEET = "WB Scenario";
const INPUT_STYLE = "Input";
const BELOW_NORM = "#FDE7E9";
const AT_NORM = "#DFF6DD";

/** The Excel tables of ours that the scenario's formulas can read from. */
export function referenceTables(
  sheets: readonly SheetInfo[],
  tableNames: ReadonlySet<string>
): ReferenceTables {
  const find = (t: string) => {
    const m = sheets.find((s) => s.mark?.t === t && tableNames.has(s.mark.n))?.mark;
    return m?.n;
  };
  return {
    parameters: find("parameters"),
    provinces: find("provincies"),
    tranches: find("tranches"),
  };
}

export async function insertScenario(
  context: Excel.RequestContext,
  preset: Preset,
  helpUrl: string
): Promise<{ sheet: string; usesTables: ReferenceTables }> {
  const { sheets, tableNames } = await readSheets(context);
  const tables = referenceTables(sheets, tableNames);
  const sheet = freeName(SCENARIO_SHEET, new Set(sheets.map((s) => s.name)), " ", 31);
  const plan = scenarioPlan(tables, preset, helpUrl);
  let created = false;
  try {
    const ws = context.workbook.worksheets.add(sheet);
    created = true;
    for (const cell of plan.cells) {
      const range = ws.getRange(cell.address);
      if (cell.input) range.style = INPUT_STYLE;
      if (cell.format) range.numberFormat = filled(cell.address, cell.format);
      if (cell.value !== undefined) range.values = [[cell.value]];
      if (cell.formula !== undefined) range.formulas = [[cell.formula]];
      if (cell.bold) range.format.font.bold = true;
      if (cell.hyperlink)
        range.hyperlink = {
          address: cell.hyperlink,
          textToDisplay: String(cell.value ?? cell.hyperlink),
        };
    }
    ws.getRange("A1").format.font.size = 14;

    const chart = ws.charts.add("Line", ws.getRange(plan.chart.series[0].values), "Columns");
    chart.title.text = "Woningtekort en aandeel van de voorraad, 2020–2035";
    plan.chart.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      if (i > 0) series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(plan.chart.categories));
      if (s.secondary) series.axisGroup = "Secondary";
    });
    chart.setPosition("L11", "S28");

    const below = ws.getRange(plan.ratioRange).conditionalFormats.add("CellValue");
    below.cellValue.format.fill.color = BELOW_NORM;
    below.cellValue.rule = { formula1: "=1.3", operator: "LessThan" };
    const at = ws.getRange(plan.ratioRange).conditionalFormats.add("CellValue");
    at.cellValue.format.fill.color = AT_NORM;
    at.cellValue.rule = { formula1: "=1.3", operator: "GreaterThanOrEqual" };

    ws.getRange("A:A").format.columnWidth = 230;
    ws.getRange("B:J").format.columnWidth = 95;
    ws.getRange("L:L").format.columnWidth = 300;
    ws.getRange("M:M").format.columnWidth = 95;
    ws.customProperties.add(MARK_KEY, ownMark("scenario"));
    ws.activate();
    await context.sync();
  } catch (e) {
    throw await rollBack(context, created ? [sheet] : [], e);
  }
  return { sheet, usesTables: tables };
}

export class NoScenarioError extends Error {
  constructor() {
    super("no scenario sheet of the add-in in this workbook");
    this.name = "NoScenarioError";
  }
}

/** Fills the production inputs of the active scenario sheet (or the last one) with a preset. */
export async function applyPreset(
  context: Excel.RequestContext,
  preset: Preset
): Promise<{ sheet: string }> {
  const { sheets, active } = await readSheets(context);
  const scenarios = sheets.filter((s) => s.mark?.t === "scenario");
  if (!scenarios.length) throw new NoScenarioError();
  const target = scenarios.find((s) => s.name === active) ?? scenarios[scenarios.length - 1];
  const ws = context.workbook.worksheets.getItem(target.name);
  for (const cell of productionCells(preset)) {
    const range = ws.getRange(cell.address);
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else range.values = [[cell.value as number]];
  }
  ws.getRange("B26").values = [[PRESET_LABELS[preset].nl]];
  await context.sync();
  return { sheet: target.name };
}
