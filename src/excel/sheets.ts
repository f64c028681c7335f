/**
 * What the workbook holds, read in two syncs: every sheet's name, session id and the add-in's
 * custom properties (ownership mark, freeze key), the table names and defined names (one
 * namespace in Excel), and the active sheet. The one read every action starts with.
 */
import { FREEZE_KEY, MARK_KEY, parseMark, type Mark } from "./ownership";

export interface SheetInfo {
  readonly name: string;
  /** Worksheet.id: stable within this session only (office-js-docs #297); never stored. */
  readonly id: string;
  readonly mark: Mark | null;
  /** The key "prepare for sharing" gave this sheet (a custom property, saved with the file). */
  readonly freezeKey: string | null;
}

export interface WorkbookSheets {
  readonly sheets: SheetInfo[];
  /** Table names and defined names: a new table's name must be none of these. */
  readonly takenNames: Set<string>;
  readonly tableNames: Set<string>;
  readonly active: string;
}

/**
 * The very hidden sheet in which the downloaded reference workbook (tables/workbookFile.ts)
 * keeps each sheet's mark, because a file written without Excel cannot carry worksheet custom
 * properties. Recognised by its name and exact header; read in the same sync as the custom
 * properties, and used for sheets without a mark of their own.
 */
export const MARKS_SHEET = "WB Merken";
export const MARKS_HEADER = ["Blad", "Merk van de invoegtoepassing Woningbouw"] as const;

/** The marks the file's marks sheet gives, by sheet name (reference tables only). */
function marksFromFile(values: readonly unknown[][]): Map<string, Mark> {
  const out = new Map<string, Mark>();
  const [head, ...rows] = values;
  if (head?.[0] !== MARKS_HEADER[0] || head?.[1] !== MARKS_HEADER[1]) return out;
  for (const [sheet, value] of rows) {
    const mark = parseMark(value);
    if (typeof sheet === "string" && mark && mark.t !== "formules" && mark.t !== "scenario")
      out.set(sheet, mark);
  }
  return out;
}

export async function readSheets(context: Excel.RequestContext): Promise<WorkbookSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const props = worksheets.items.map((ws) => {
    const mark = ws.customProperties.getItemOrNullObject(MARK_KEY);
    mark.load("value");
    const key = ws.customProperties.getItemOrNullObject(FREEZE_KEY);
    key.load("value");
    return { mark, key };
  });
  const holder = worksheets.items.find((ws) => ws.name === MARKS_SHEET);
  const fileMarks = holder?.getUsedRangeOrNullObject(true);
  fileMarks?.load("values");
  await context.sync();
  const tableNames = new Set(tables.items.map((t) => t.name));
  const fromFile =
    fileMarks && !fileMarks.isNullObject
      ? marksFromFile(fileMarks.values)
      : new Map<string, Mark>();
  return {
    sheets: worksheets.items.map((ws, i) => ({
      name: ws.name,
      id: ws.id,
      mark:
        (props[i].mark.isNullObject ? null : parseMark(props[i].mark.value)) ??
        fromFile.get(ws.name) ??
        null,
      freezeKey: props[i].key.isNullObject ? null : props[i].key.value,
    })),
    tableNames,
    takenNames: new Set([...tableNames, ...names.items.map((n) => n.name)]),
    active: active.name,
  };
}

/** `wanted`, or the first of "wanted (2)", "wanted (3)", … (or wanted_2 …) not taken, case-insensitively. */
export function freeName(
  wanted: string,
  taken: ReadonlySet<string>,
  separator: " " | "_",
  maxLength: number
): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = separator === " " ? ` (${i})` : `_${i}`;
    const candidate = wanted.slice(0, maxLength - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
