/**
 * How the add-in recognises its own sheets: a worksheet custom property (saved in the file,
 * kept across save, reopen and rename) that names the dataset, table, version and a
 * fingerprint of the cells as written.
 */
import { DATASET_HASH, DATASET_ID, DATASET_VERSION } from "../data/dataset";
import { compareVersions } from "../data/versions";
import type { SheetTableId } from "../data/tables";

export const MARK_KEY = "WoningbouwReferentie";

/**
 * The key "prepare for sharing" gives each sheet it freezes, so "restore formulas" finds it
 * after the workbook was saved and reopened (Worksheet.id changes between sessions,
 * office-js-docs #297; custom properties are saved with the file). A copy of a sheet does not
 * get it (custom properties are not copied, office-js #5486).
 */
export const FREEZE_KEY = "WoningbouwBladSleutel";

/** What an add-in sheet holds: a reference table, a scenario, or the stored formulas of "prepare for sharing". */
export type SheetKind = SheetTableId | "scenario" | "formules";

export interface Mark {
  /** dataset id */
  readonly d: string;
  /** table id */
  readonly t: SheetKind;
  /** dataset version */
  readonly v: string;
  /** dataset content hash */
  readonly h: string;
  /** fingerprint of the cells as written */
  readonly f: string;
  /** Excel table name */
  readonly n: string;
}

/**
 * The mark for a sheet this add-in writes now: this dataset's id, version and hash, what the
 * sheet holds, and (for reference tables) the cells' fingerprint and the Excel table's name.
 */
export function ownMark(t: SheetKind, fingerprint = "", tableName = ""): string {
  return encodeMark({
    d: DATASET_ID,
    t,
    v: DATASET_VERSION,
    h: DATASET_HASH,
    f: fingerprint,
    n: tableName,
  });
}

export function encodeMark(m: Mark): string {
  return JSON.stringify(m);
}

/**
 * The mark a custom property's value holds, or null: any other value (not text, not JSON, or
 * JSON that is not this add-in's mark) is not the add-in's. A custom property can hold a
 * number, boolean or date too; none of their texts is a mark.
 */
export function parseMark(value: unknown): Mark | null {
  try {
    const m = JSON.parse(String(value)) as Partial<Mark> | null;
    if (
      m &&
      m.d === DATASET_ID &&
      typeof m.t === "string" &&
      typeof m.v === "string" &&
      typeof m.f === "string" &&
      typeof m.n === "string"
    ) {
      return m as Mark;
    }
  } catch {
    // not JSON
  }
  return null;
}

export { compareVersions };
