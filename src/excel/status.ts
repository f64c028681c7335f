/**
 * Which reference sheets a workbook holds and how their dataset version compares with the
 * add-in's: what a colleague sees when a workbook is shared with them.
 */
import { DATASET_HASH, DATASET_VERSION } from "../data/dataset";
import { compareVersions } from "../data/versions";
import type { SheetKind } from "./ownership";
import { readSheets } from "./sheets";

export type VersionState = "current" | "older" | "newer";

export interface OwnedSheet {
  readonly sheet: string;
  readonly table: SheetKind;
  readonly version: string;
  readonly state: VersionState;
}

export function versionState(version: string, hash: string): VersionState {
  const c = compareVersions(version, DATASET_VERSION);
  if (c < 0) return "older";
  if (c > 0) return "newer";
  return hash === DATASET_HASH ? "current" : "older";
}

export async function readStatus(context: Excel.RequestContext): Promise<OwnedSheet[]> {
  const { sheets } = await readSheets(context);
  const out: OwnedSheet[] = [];
  for (const s of sheets) {
    if (s.mark && s.mark.t !== "formules")
      out.push({
        sheet: s.name,
        table: s.mark.t,
        version: s.mark.v,
        state: versionState(s.mark.v, s.mark.h),
      });
  }
  return out;
}
