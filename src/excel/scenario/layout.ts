/**
 * The scenario sheet as a plan: cells, chart and conditional formats, with live formulas in id
 * form (WONINGBOUW.SHORTAGE_PATH; the writer puts them in the session's names). Pure: the
 * writer puts it into Excel, and tests evaluate its formulas with the model itself.
 *
 * Inputs (yellow, Excel's Input style) sit in A4:D24; the outputs spill from F5; key figures
 * sit in L5:M9; the chart is bound to the spilled path; plan capacity (against the norm in
 * F32) and Woningbouwimpuls blocks follow below.
 */
import { BASELINE } from "../../data/baseline";
import { FIGURE_COLUMN } from "../../data/tables";
import {
  laterProductionTarget,
  realisedPreset,
  shortageEstimates,
  targetPreset,
} from "../../data/sinceLetter";
import { FLOW_YEARS, START_YEAR } from "../../model/shortage";
import { absolute } from "../a1";
import { call, excelString, figureCall } from "../../locale/formulaLanguage";
import type { SameKeys, Vocabulary } from "../../locale/lang";
import { PRESET_WORDS, type PresetFacts } from "../../locale/scenario";

export type Preset = "trend" | "brief" | "nodig2035" | "gerealiseerd" | "doel100k";

/** "2020, 2022–2024": years as a reader lists them, runs joined with an en dash. */
function yearList(years: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
}

/**
 * A production preset: its yearly production 2020 … 2034, as numbers (inputs, yellow) or as
 * one formula in id form (computed from the other inputs: never styled as an input). A new
 * preset is one more entry here and its label in src/locale/scenario.ts.
 */
interface PresetDefinition {
  readonly production: () => Array<string | number>;
}

/** The presets from the data since the letter, read once (their labels and cells use them). */
const SINCE = {
  realised: realisedPreset(),
  target: targetPreset(),
  later: laterProductionTarget(),
};

const PRESET_DEFINITIONS: Record<Preset, PresetDefinition> = {
  trend: {
    production: () => Array.from(BASELINE.trendPath),
  },
  brief: {
    production: () => Array.from(BASELINE.letterPath),
  },
  nodig2035: {
    // Withheld (#N/A) while a withdrawals, demand-growth or start cell is not a number: the
    // function's trailing-blank rule would otherwise repeat the year before a cleared one.
    production: () =>
      Array.from(
        { length: FLOW_YEARS },
        () =>
          `=IF(COUNT(${L},${G},${S0}:${TARGET})=${2 * FLOW_YEARS + 3},${call(
            "PRODUCTION_NEEDED",
            `${TARGET},2035,${L},${S0},${V0},${G}`
          )},NA())`
      ),
  },
  // From what happened after the letter ("WB Sinds de brief"): homes added to the stock as
  // published, in the years a page gave; the trend path in the others.
  gerealiseerd: {
    production: () => Array.from(SINCE.realised.values),
  },
  doel100k: {
    production: () => Array.from(SINCE.target.values),
  },
};

export const PRESETS = Object.keys(PRESET_DEFINITIONS) as Preset[];
const presetsNamed: SameKeys<typeof PRESET_WORDS.nl, Preset> = true;
void presetsNamed;
/** What the later presets' labels name (src/locale/scenario.ts words them). */
const FACTS: PresetFacts = {
  realised: yearList(SINCE.realised.realised),
  target: yearList(SINCE.target.realised),
  fromYear: SINCE.later.fromYear,
  perYear: SINCE.later.value,
};
/** Each preset's label: Dutch on the sheet, English for the pane. */
export const PRESET_LABELS = Object.fromEntries(
  PRESETS.map((p) => [p, { nl: PRESET_WORDS.nl[p](FACTS), en: PRESET_WORDS.en[p](FACTS) }])
) as Record<Preset, Vocabulary<string>>;

/** Excel tables the formulas may read from (names as they are in this workbook). */
export interface ReferenceTables {
  readonly parameters?: string;
  readonly provinces?: string;
  readonly tranches?: string;
}

export interface CellPlan {
  readonly address: string;
  readonly value?: string | number;
  readonly formula?: string;
  readonly format?: string;
  readonly input?: boolean;
  readonly bold?: boolean;
  readonly hyperlink?: string;
}

/** A conditional format: a custom rule (invariant formula, relative to the range's top-left). */
export interface ConditionalFormatPlan {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
}

export interface ChartPlan {
  readonly title: string;
  readonly categories: string;
  readonly series: ReadonlyArray<{
    name: string;
    values: string;
    secondary: boolean;
    /** a marker on each point (a one-point series has no line to show) */
    marker?: "Diamond" | "Circle";
    /** false: points only, no line between them (published estimates, not a path) */
    line?: false;
  }>;
  /** top-left and bottom-right cells */
  readonly position: readonly [string, string];
}

export interface ScenarioPlan {
  readonly cells: readonly CellPlan[];
  readonly chart: ChartPlan;
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly columnWidths: ReadonlyArray<readonly [string, number]>;
  readonly productionRange: string;
  readonly spillAnchor: string;
  readonly spillRange: string;
}

/**
 * The sheet's layout: every fixed row of the blocks below the yearly inputs, in one place.
 * Addresses in the plan are derived from these and from FIRST_YEAR_ROW / FLOW_YEARS.
 */
const ROW = {
  title: 1,
  inputsTitle: 4,
  header: 5,
  startShortage: 22,
  startStock: 23,
  target: 24,
  check: 25,
  preset: 26,
  planCapacityTitle: 30,
  planCapacityHeader: 31,
  planCapacityFirst: 32,
  planCapacityRows: 5,
  planCapacityNote: 37,
  trancheTitle: 39,
  trancheHeader: 40,
  trancheFirst: 41,
  /** the key figures' first row (labels in L, values in M) */
  keyFirst: 5,
} as const;
const CHART_POSITION = ["L11", "S28"] as const;

/** Where the name of the applied preset is shown. */
export const PRESET_LABEL_CELL = `B${ROW.preset}`;
/** The plan-capacity norm (1.3, the letter's 130%): an input the ratio colours and the gap use. */
export const NORM_CELL = `F${ROW.planCapacityFirst}`;
const BELOW_NORM = "#FDE7E9";
const AT_NORM = "#DFF6DD";
const MISSING = "#F4B6B6";

export const FIRST_YEAR_ROW = 6;
export const LAST_YEAR_ROW = FIRST_YEAR_ROW + FLOW_YEARS - 1; // 20
const P = `$B$${FIRST_YEAR_ROW}:$B$${LAST_YEAR_ROW}`;
const L = `$C$${FIRST_YEAR_ROW}:$C$${LAST_YEAR_ROW}`;
const G = `$D$${FIRST_YEAR_ROW}:$D$${LAST_YEAR_ROW}`;
const S0 = `$B$${ROW.startShortage}`;
const V0 = `$B$${ROW.startStock}`;
const TARGET = `$B$${ROW.target}`;
const MODEL_ARGS = `${P},${L},${S0},${V0},${G}`;
/** Every yellow model input: production, withdrawals and demand growth per year, S0:TARGET. */
const MODEL_INPUT_COUNT = 3 * FLOW_YEARS + 3;
/** "ja" when every model input is a number, else where to look (checked by CHECK_CELL). */
export const CHECK_CELL = `B${ROW.check}`;
const CHECK = absolute(CHECK_CELL);
const READY = `${CHECK}="ja"`;
/** First cell of the spilled path (2020); the years' rows end in row 21 (2035). */
export const PATH_ANCHOR = `F${FIRST_YEAR_ROW}`;
const PATH_ERROR = `$F$${FIRST_YEAR_ROW}`;
const LAST_PATH_ROW = LAST_YEAR_ROW + 1; // 21: 1 January 2035

const HOMES = "#,##0";
const EURO = "€ #,##0";
const SHARE = "0.00%";

/** A formula that reads a reference figure: from its table when the workbook has it, else FIGURE. */
export function figureRef(
  id: string,
  table: string | undefined,
  field: "value" | "low" | "high" = "value"
): string {
  if (table) {
    const column = FIGURE_COLUMN[field];
    return `=INDEX(${table}[${column}],MATCH(${excelString(id)},${table}[${FIGURE_COLUMN.id}],0))`;
  }
  return `=${figureCall(id, field === "value" ? undefined : field)}`;
}

/** The production cells of a preset, 2020 … 2034: the baseline's paths, or the needed production. */
export function presetCells(preset: Preset): Array<string | number> {
  return PRESET_DEFINITIONS[preset].production();
}

/** Production cells: numbers are yellow inputs, formulas are computed cells (never input-styled). */
export function productionCells(preset: Preset): CellPlan[] {
  return presetCells(preset).map((v, t) => {
    const address = `B${FIRST_YEAR_ROW + t}`;
    return typeof v === "string"
      ? { address, formula: v, format: HOMES, input: false }
      : { address, value: v, format: HOMES, input: true };
  });
}

/** The sheet's cells as they are planned, with the one way of writing a text cell. */
interface Cells {
  readonly cells: CellPlan[];
  readonly text: (address: string, value: string, bold?: boolean) => void;
}

function newCells(): Cells {
  const cells: CellPlan[] = [];
  return {
    cells,
    text: (address, value, bold = false) => cells.push({ address, value, format: "@", bold }),
  };
}

/** The norm cell as an absolute reference (the gaps and colours read it). */
const NORM = absolute(NORM_CELL);
/** The ratios' column of the plan-capacity block. */
const RATIO_RANGE = `D${ROW.planCapacityFirst}:D${ROW.planCapacityFirst + ROW.planCapacityRows - 1}`;

/** Title, how to use the sheet, and the help link. */
function titleBlock({ cells, text }: Cells, helpUrl: string): void {
  text(
    `A${ROW.title}`,
    "Woningtekort-scenario — WONINGBOUW-model (Kamerbrief woningbouw, november 2020)",
    true
  );
  text(
    `A${ROW.title + 1}`,
    `Gele cellen zijn invoer: pas ze aan en alles rekent mee (formules, geen geplakte waarden). Uitleg van de functies en hun bronnen: ${helpUrl}`
  );
  cells.push({
    address: `A${ROW.title + 2}`,
    value: "Uitleg van de functies, formules en bronnen (help)",
    hyperlink: helpUrl,
  });
}

/** The yellow inputs per year, the start values and the target, the check, the preset's name. */
function inputBlock({ cells, text }: Cells, preset: Preset, parameters: string | undefined): void {
  const param = (id: string) => figureRef(id, parameters);
  text(`A${ROW.inputsTitle}`, "Invoer", true);
  [
    "Jaar",
    "Productie (woningen)",
    "Netto onttrekkingen (woningen)",
    "Vraaggroei (huishoudens)",
    "Controle",
  ].forEach((h, i) => text(`${"ABCDE"[i]}${ROW.header}`, h, true));
  for (let t = 0; t < FLOW_YEARS; t++) {
    const row = FIRST_YEAR_ROW + t;
    const year = START_YEAR + t;
    const growthId =
      year < 2025
        ? "param.vraaggroei_2020_2024"
        : year < 2030
          ? "param.vraaggroei_2025_2029"
          : "param.vraaggroei_2030_2034";
    cells.push({ address: `A${row}`, value: year, format: "0" });
    cells.push({
      address: `C${row}`,
      formula: param("param.onttrekking"),
      format: HOMES,
      input: true,
    });
    cells.push({ address: `D${row}`, formula: param(growthId), format: HOMES, input: true });
    // A cleared or non-numeric input is named here, with its year (A) in the same row. Computed
    // production withheld for a missing input elsewhere (#N/A) is not named: the cause is.
    const ok = [`OR(ISNUMBER(B${row}),ISNA(B${row}))`, `ISNUMBER(C${row})`, `ISNUMBER(D${row})`];
    const named = ["productie", "onttrekkingen", "vraaggroei"]
      .map((name, i) => `IF(${ok[i]},""," ${name}")`)
      .join("&");
    cells.push({
      address: `E${row}`,
      formula: `=IF(AND(${ok.join(",")}),"","leeg of geen getal:"&${named})`,
    });
  }
  cells.push(...productionCells(preset));
  text(`A${ROW.startShortage}`, "Woningtekort op 1-1-2020 (woningen)");
  cells.push({
    address: `B${ROW.startShortage}`,
    formula: param("param.tekort_2020"),
    format: HOMES,
    input: true,
  });
  text(`A${ROW.startStock}`, "Woningvoorraad op 1-1-2020 (woningen)");
  cells.push({
    address: `B${ROW.startStock}`,
    formula: param("param.voorraad_2020"),
    format: HOMES,
    input: true,
  });
  text(`A${ROW.target}`, "Doel 2035: tekort / voorraad");
  cells.push({
    address: `B${ROW.target}`,
    formula: figureRef("tekort.doel_2035", undefined),
    format: SHARE,
    input: true,
  });
  for (const row of [ROW.startShortage, ROW.startStock, ROW.target])
    cells.push({
      address: `E${row}`,
      formula: `=IF(ISNUMBER(B${row}),"","leeg of geen getal")`,
    });
  text(`A${ROW.check}`, "Alle invoer een getal?");
  cells.push({
    address: CHECK_CELL,
    formula: `=IF(COUNT(${P},${L},${G},${S0}:${TARGET})=${MODEL_INPUT_COUNT},"ja","nee: zie kolom E")`,
    bold: true,
  });
  text(`A${ROW.preset}`, "Voorinstelling productie");
  text(PRESET_LABEL_CELL, PRESET_LABELS[preset].nl);
}

/** The spilled path, the 2035 target point, the published estimates, the key figures. */
function outputBlock({ cells, text }: Cells): void {
  // The spilled path (header FALSE: the function's header row would follow the display
  // language of whoever calculates; the sheet's own headers are Dutch), the 2035 target, the key figures. Withheld (#N/A) until every input is a number;
  // when the model fails, every output shows its error, never Excel's 0 for an empty cell.
  text(`F${ROW.inputsTitle}`, "Uitkomsten (1 januari van elk jaar)", true);
  ["Jaar", "Woningtekort (woningen)", "Woningvoorraad (woningen)", "Tekort / voorraad"].forEach(
    (h, i) => text(`${"FGHI"[i]}5`, h, true)
  );
  // The path is the one dynamic-array formula: "Excel formulas that return a set of values …
  // return these values to neighboring cells" (support.microsoft.com, "Dynamic array formulas
  // and spilled array behavior"), IF's chosen array included; a custom function's 2-D result is
  // "a dynamic array formula" (learn.microsoft.com, custom-functions-dynamic-arrays). Every
  // Excel that runs the scenario sheet (ExcelApi 1.12, README "Compatibility") has dynamic
  // arrays; the other formulas use functions older than them (IF, ISERROR, ISNUMBER, COUNT, NA).
  cells.push({
    address: PATH_ANCHOR,
    formula: `=IF(${READY},${call("SHORTAGE_PATH", `${MODEL_ARGS},FALSE`)},NA())`,
  });
  text(`J${ROW.header}`, "Doel 2035", true);
  // One point, in 2035: the letter's target is for 2035, not a yearly norm. #N/A (not plotted,
  // unlike text) while the path has no 2035 share.
  cells.push({
    address: `J${LAST_PATH_ROW}`,
    formula: `=IF(ISNUMBER($I$${LAST_PATH_ROW}),${TARGET},NA())`,
    format: SHARE,
  });
  // The shortage estimates published after the letter, each in the row of the year it was
  // published (the model's 1 January of that year beside it): points on the chart, not a line.
  text(`K${ROW.header}`, "Raming gepubliceerd (woningen)", true);
  for (const e of shortageEstimates())
    if (e.year >= START_YEAR && e.year <= START_YEAR + FLOW_YEARS)
      cells.push({
        address: `K${FIRST_YEAR_ROW + e.year - START_YEAR}`,
        formula: figureRef(e.id, undefined),
        format: HOMES,
      });
  cells.push({ address: `F${FIRST_YEAR_ROW}:F${LAST_PATH_ROW}`, format: "0" });
  cells.push({ address: `G${FIRST_YEAR_ROW}:H${LAST_PATH_ROW}`, format: HOMES });
  cells.push({ address: `I${FIRST_YEAR_ROW}:I${LAST_PATH_ROW}`, format: SHARE });
  /** A cell of the spilled path, or the path's error when it has none. */
  const fromPath = (address: string) => `=IF(ISERROR(${PATH_ERROR}),${PATH_ERROR},${address})`;
  const whenReady = (formula: string) => `=IF(${READY},${formula},NA())`;
  const key: Array<[string, string, string]> = [
    ["Woningtekort op 1-1-2035 (woningen)", whenReady(call("SHORTAGE_2035", MODEL_ARGS)), HOMES],
    ["Tekort als aandeel van de voorraad, 2035", fromPath(`$I$${LAST_PATH_ROW}`), SHARE],
    ["Tekort als aandeel van de voorraad, 2030", fromPath(`$I$${FIRST_YEAR_ROW + 10}`), SHARE],
    [
      "Benodigde productie per jaar voor het doel in 2030 (woningen)",
      whenReady(call("PRODUCTION_NEEDED", `${TARGET},2030,${L},${S0},${V0},${G}`)),
      HOMES,
    ],
    [
      "Benodigde productie per jaar voor het doel in 2035 (woningen)",
      whenReady(call("PRODUCTION_NEEDED", `${TARGET},2035,${L},${S0},${V0},${G}`)),
      HOMES,
    ],
  ];
  key.forEach(([label, formula, format], i) => {
    text(`L${ROW.keyFirst + i}`, label);
    cells.push({ address: `M${ROW.keyFirst + i}`, formula, format, bold: true });
  });
}

/** Plan capacity against the 130% rule. */
function planCapacityBlock({ cells, text }: Cells, provinces: string | undefined): void {
  text(
    `A${ROW.planCapacityTitle}`,
    "Plancapaciteit tegen de 130%-regel (plancapaciteit en opgave van hetzelfde gebied en dezelfde periode)",
    true
  );
  [
    "Gebied",
    "Plancapaciteit (woningen)",
    "Opgave (woningen)",
    "Ratio",
    "Nog nodig voor de norm (woningen)",
    "Norm (% van de opgave)",
  ].forEach((h, i) => text(`${"ABCDEF"[i]}${ROW.planCapacityHeader}`, h, true));
  cells.push({
    address: NORM_CELL,
    formula: figureRef("plancapaciteit.norm", undefined),
    format: "0%",
    input: true,
  });
  const pcRows: Array<[string, string | null, string | null]> = [
    [
      "Zuid-Holland, lage behoefte (Bijlage 1)",
      figureRef("zh.plancapaciteit", provinces),
      figureRef("zh.behoefte_2030", provinces, "low"),
    ],
    [
      "Zuid-Holland, hoge behoefte (Bijlage 1)",
      figureRef("zh.plancapaciteit", provinces),
      figureRef("zh.behoefte_2030", provinces, "high"),
    ],
    ["(eigen gebied)", null, null],
    ["(eigen gebied)", null, null],
    ["(eigen gebied)", null, null],
  ];
  pcRows.forEach(([label, plan, need], i) => {
    const r = ROW.planCapacityFirst + i;
    cells.push({ address: `A${r}`, value: label, format: "@", input: plan === null });
    cells.push(
      plan
        ? { address: `B${r}`, formula: plan, format: HOMES, input: true }
        : { address: `B${r}`, format: HOMES, input: true }
    );
    cells.push(
      need
        ? { address: `C${r}`, formula: need, format: HOMES, input: true }
        : { address: `C${r}`, format: HOMES, input: true }
    );
    cells.push({
      address: `D${r}`,
      formula: `=IF(OR(B${r}="",C${r}=""),"",${call("PLANCAPACITY_RATIO", `B${r},C${r}`)})`,
      format: "0.0%",
    });
    cells.push({
      address: `E${r}`,
      // a cleared norm is #N/A, not the function's default of 130%
      formula: `=IF(OR(B${r}="",C${r}=""),"",IF(ISNUMBER(${NORM}),${call("PLANCAPACITY_GAP", `B${r},C${r},${NORM}`)},NA()))`,
      format: HOMES,
    });
  });
  text(
    `A${ROW.planCapacityNote}`,
    "De brief geeft alleen voor Zuid-Holland plancapaciteit en opgave over dezelfde periode; vul eigen gebieden aan in de gele regels."
  );
}

/** Woningbouwimpuls: what is left of each tranche. */
function trancheBlock({ cells, text }: Cells, tranches: string | undefined): void {
  text(
    `A${ROW.trancheTitle}`,
    "Woningbouwimpuls: wat er over is per tranche (budget en toekenningen op dezelfde btw-basis)",
    true
  );
  [
    "Tranche",
    "Budget (euro)",
    "Btw-basis",
    "Toekenningen (euro): vul aan →",
    "",
    "",
    "",
    "",
    "Restant (euro)",
  ].forEach((h, i) => text(`${"ABCDEFGHI"[i]}${ROW.trancheHeader}`, h, true));
  // Tranche 1: the letter gives its awards (excl. VAT) but no budget; tranche 2: its budget.
  const t1 = ROW.trancheFirst;
  cells.push({ address: `A${t1}`, value: 1, format: "0" });
  cells.push({ address: `B${t1}`, format: EURO, input: true });
  text(`C${t1}`, "excl. btw (budget niet in de brief: vul in)");
  cells.push({
    address: `D${t1}`,
    formula: figureRef("wbi.t1.toegekend_excl_btw", tranches),
    format: EURO,
    input: true,
  });
  cells.push({ address: `E${t1}:H${t1}`, format: EURO, input: true });
  const t2 = t1 + 1;
  cells.push({ address: `A${t2}`, value: 2, format: "0" });
  cells.push({
    address: `B${t2}`,
    formula: figureRef("wbi.t2.budget", tranches),
    format: EURO,
    input: true,
  });
  text(`C${t2}`, "incl. btw");
  cells.push({ address: `D${t2}:H${t2}`, format: EURO, input: true });
  for (const r of [t1, t2])
    cells.push({
      address: `I${r}`,
      formula: `=${call("TRANCHE_REMAINING", `A${r},D${r}:H${r},B${r}`)}`,
      format: EURO,
      bold: true,
    });
}

/**
 * The ratio colours against the norm and the marks on inputs that are not numbers. Blank rows
 * hold "": text ranks above numbers in Excel's comparisons, so a plain "≥ 1.3" rule would
 * colour them; the rule tests for a number first.
 */
function conditionalFormats(): ConditionalFormatPlan[] {
  const ratioCell = RATIO_RANGE.split(":")[0];
  return [
    {
      range: RATIO_RANGE,
      formula: `=AND(ISNUMBER(${ratioCell}),ISNUMBER(${NORM}),${ratioCell}<${NORM})`,
      fill: BELOW_NORM,
    },
    {
      range: RATIO_RANGE,
      formula: `=AND(ISNUMBER(${ratioCell}),ISNUMBER(${NORM}),${ratioCell}>=${NORM})`,
      fill: AT_NORM,
    },
    // an input that is not a number (cleared, text, an error) is marked; production withheld
    // (#N/A) for a missing input elsewhere is not
    {
      range: `B${FIRST_YEAR_ROW}:B${LAST_YEAR_ROW}`,
      formula: `=NOT(OR(ISNUMBER(B${FIRST_YEAR_ROW}),ISNA(B${FIRST_YEAR_ROW})))`,
      fill: MISSING,
    },
    ...[
      `C${FIRST_YEAR_ROW}:D${LAST_YEAR_ROW}`,
      `B${ROW.startShortage}:B${ROW.target}`,
      NORM_CELL,
    ].map((range) => ({
      range,
      formula: `=NOT(ISNUMBER(${range.split(":")[0]}))`,
      fill: MISSING,
    })),
  ];
}

const COLUMN_WIDTHS: ReadonlyArray<readonly [string, number]> = [
  ["A:A", 230],
  ["B:K", 95],
  ["E:E", 240],
  ["L:L", 300],
  ["M:M", 95],
];

function chart(): ChartPlan {
  return {
    title: "Woningtekort en aandeel van de voorraad, 2020–2035",
    position: CHART_POSITION,
    categories: `F${FIRST_YEAR_ROW}:F${LAST_YEAR_ROW + 1}`,
    series: [
      {
        name: "Woningtekort (woningen)",
        values: `G${FIRST_YEAR_ROW}:G${LAST_YEAR_ROW + 1}`,
        secondary: false,
      },
      {
        name: "Aandeel van de voorraad",
        values: `I${FIRST_YEAR_ROW}:I${LAST_YEAR_ROW + 1}`,
        secondary: true,
      },
      {
        name: "Doel voor 2035",
        values: `J${FIRST_YEAR_ROW}:J${LAST_YEAR_ROW + 1}`,
        secondary: true,
        marker: "Diamond",
      },
      {
        name: "Gepubliceerde ramingen (woningen)",
        values: `K${FIRST_YEAR_ROW}:K${LAST_YEAR_ROW + 1}`,
        secondary: false,
        marker: "Circle",
        line: false,
      },
    ],
  };
}

export function scenarioPlan(
  tables: ReferenceTables,
  preset: Preset,
  helpUrl: string
): ScenarioPlan {
  const sheet = newCells();
  titleBlock(sheet, helpUrl);
  inputBlock(sheet, preset, tables.parameters);
  outputBlock(sheet);
  planCapacityBlock(sheet, tables.provinces);
  trancheBlock(sheet, tables.tranches);
  return {
    cells: sheet.cells,
    conditionalFormats: conditionalFormats(),
    columnWidths: COLUMN_WIDTHS,
    chart: chart(),
    productionRange: `B${FIRST_YEAR_ROW}:B${LAST_YEAR_ROW}`,
    spillAnchor: PATH_ANCHOR,
    spillRange: `${PATH_ANCHOR}:I${LAST_PATH_ROW}`,
  };
}
