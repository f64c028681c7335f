/**
 * The reference dataset as the rest of the add-in sees it: typed, indexed once (O(1) lookups),
 * with its version and the content hash the build computed.
 */
import json from "./dataset.json";
import type { Dataset, Figure } from "./schema";

declare const __DATASET_HASH__: string;

export const dataset = json as unknown as Dataset;
export const DATASET_ID: string = dataset.id;
export const DATASET_VERSION: string = dataset.version;
/** sha-256 (first 16 hex digits) of dataset.json's canonical form, computed at build time. */
export const DATASET_HASH: string =
  typeof __DATASET_HASH__ === "string" ? __DATASET_HASH__ : "unknown";

const byId: ReadonlyMap<string, Figure> = new Map(dataset.figures.map((f) => [f.id, f]));

export function figureById(id: string): Figure | undefined {
  return byId.get(id);
}

/** The numeric value of a figure that the model depends on; a missing one is a build defect. */
export function requireValue(id: string): number {
  const v = byId.get(id)?.value;
  if (typeof v !== "number") throw new Error(`dataset figure ${id} has no numeric value`);
  return v;
}
