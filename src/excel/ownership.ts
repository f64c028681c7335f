/**
 * How the add-in recognises its own sheets: a worksheet custom property (saved in the file,
 * kept across save, reopen and rename) that names the dataset, table, version and a
 * fingerprint of the cells as written.
 */
import { DATASET_HASH, DATASET_ID, DATASET_VERSION } from "../data/dataset";
import type { SheetTableId } from "../data/tables";

export const MARK_KEY = "WoningbouwReferentie";

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

export function parseMark(value: unknown): Mark | null {
  if (typeof value !== "string") return null;
  try {
    const m = JSON.parse(value) as Partial<Mark>;
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
    return null;
  }
  return null;
}

/** Compares semver strings: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
