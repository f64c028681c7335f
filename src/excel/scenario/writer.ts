/**
 * Inserts the scenario sheet ("WB Scenario", or a free name) and applies production presets:
 * applies the plan of ./layout.ts, writing every formula with the function names of the
 * session (Dutch Excel knows WONINGBOUW.WONINGTEKORT_PAD, not WONINGBOUW.SHORTAGE_PATH).
 * Like the reference sheets: never touches a sheet it did not create; a failed write removes
 * the sheet it created. Syncs: two reads, the cells, then the chart.
 */
import type { FunctionNames } from "../../locale/functionNames";
import { toSessionForm } from "../../locale/formulaLanguage";
import { filled } from "../a1";
import { MARK_KEY, ownMark } from "../ownership";
import { rollBack } from "../rollback";
import { freeName, readSheets, type SheetInfo } from "../sheets";
import { formatFor, writeValue } from "../textCells";
import {
  PRESET_LABELS,
  PRESET_LABEL_CELL,
  productionCells,
  scenarioPlan,
  type CellPlan,
  type Preset,
  type ReferenceTables,
  type ScenarioPlan,
} from "./layout";

export const SCENARIO_SHEET = "WB Scenario";
const INPUT_STYLE = "Input";
/**
 * Excel's default cell style: what a computed production cell gets back from a preset. Both
 * names are Excel.BuiltInStyle values (ExcelApi 1.7; learn.microsoft.com, "Excel.BuiltInStyle
 * enum": "Built-in style names are listed in the BuiltInStyle enum").
 */
const NORMAL_STYLE = "Normal";

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

/** Writes one planned cell (exported for the text-as-text tests). */
export function writeCell(ws: Excel.Worksheet, cell: CellPlan, names: FunctionNames): void {
  const range = ws.getRange(cell.address);
  if (cell.input) range.style = INPUT_STYLE;
  // text stays text whatever the plan's format (../textCells.ts)
  const format = cell.value !== undefined ? formatFor(cell.value, cell.format ?? "") : cell.format;
  if (format) range.numberFormat = filled(cell.address, format);
  if (cell.value !== undefined) range.values = [[cell.value]];
  if (cell.formula !== undefined) range.formulas = [[toSessionForm(cell.formula, names)]];
  if (cell.bold) range.format.font.bold = true;
  if (cell.hyperlink)
    range.hyperlink = {
      address: cell.hyperlink,
      textToDisplay: String(cell.value ?? cell.hyperlink),
    };
}

function writeCells(ws: Excel.Worksheet, plan: ScenarioPlan, names: FunctionNames): void {
  for (const cell of plan.cells) writeCell(ws, cell, names);
  ws.getRange("A1").format.font.size = 14;
  for (const cf of plan.conditionalFormats) {
    const format = ws.getRange(cf.range).conditionalFormats.add("Custom");
    // ConditionalFormatRule.formula is invariant (en-US), like range.formulas.
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
  }
  for (const [columns, width] of plan.columnWidths) ws.getRange(columns).format.columnWidth = width;
}

/**
 * The chart, in a batch after the cells: its series are bound by reference to the spill
 * range of SHORTAGE_PATH, which Excel fills once the function returns.
 */
function writeChart(ws: Excel.Worksheet, plan: ScenarioPlan): void {
  const c = plan.chart;
  const chart = ws.charts.add("Line", ws.getRange(c.series[0].values), "Columns");
  chart.title.text = c.title;
  // Empty cells (the spill area while the path is an error or withheld) are gaps, not zeros
  // (Chart.displayBlanksAs, ExcelApi 1.8, @types/office-js).
  chart.displayBlanksAs = "NotPlotted";
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(c.categories));
    if (s.secondary) series.axisGroup = "Secondary";
    // ChartSeries.markerStyle, ExcelApi 1.7 (@types/office-js)
    if (s.marker) series.markerStyle = s.marker;
    // ChartSeries.format.line (ExcelApi 1.1), ChartLineFormat.lineStyle (ExcelApi 1.7)
    if (s.line === false) series.format.line.lineStyle = "None";
  });
  chart.setPosition(c.position[0], c.position[1]);
}

export async function insertScenario(
  context: Excel.RequestContext,
  preset: Preset,
  helpUrl: string,
  names: FunctionNames
): Promise<{ sheet: string; usesTables: ReferenceTables }> {
  const { sheets, tableNames } = await readSheets(context);
  const tables = referenceTables(sheets, tableNames);
  const sheet = freeName(SCENARIO_SHEET, new Set(sheets.map((s) => s.name)), " ", 31);
  const plan = scenarioPlan(tables, preset, helpUrl);
  let created = false;
  try {
    const ws = context.workbook.worksheets.add(sheet);
    created = true;
    writeCells(ws, plan, names);
    ws.customProperties.add(MARK_KEY, ownMark("scenario"));
    ws.activate();
    await context.sync();
    writeChart(context.workbook.worksheets.getItem(sheet), plan);
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
  preset: Preset,
  names: FunctionNames
): Promise<{ sheet: string }> {
  const { sheets, active } = await readSheets(context);
  const scenarios = sheets.filter((s) => s.mark?.t === "scenario");
  if (!scenarios.length) throw new NoScenarioError();
  const target = scenarios.find((s) => s.name === active) ?? scenarios[scenarios.length - 1];
  const ws = context.workbook.worksheets.getItem(target.name);
  for (const cell of productionCells(preset)) {
    const range = ws.getRange(cell.address);
    // a computed production cell never keeps the yellow of an input preset before it
    range.style = cell.input ? INPUT_STYLE : NORMAL_STYLE;
    if (cell.formula !== undefined) range.formulas = [[toSessionForm(cell.formula, names)]];
    else range.values = [[cell.value as number]];
  }
  writeValue(ws.getRange(PRESET_LABEL_CELL), PRESET_LABELS[preset].nl);
  await context.sync();
  return { sheet: target.name };
}
