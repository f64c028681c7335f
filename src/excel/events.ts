/**
 * The window event by which the ribbon's "insert all" command (src/commands) tells the pane
 * (src/taskpane) what it did: both run in the one shared runtime.
 */
import type { InsertReport } from "./tables/writer";

export const INSERT_ALL_EVENT = "woningbouw:insert-all";

export type InsertAllDetail = { readonly report: InsertReport } | { readonly error: unknown };

export function announceInsertAll(detail: InsertAllDetail): void {
  globalThis.dispatchEvent?.(new CustomEvent<InsertAllDetail>(INSERT_ALL_EVENT, { detail }));
}

export function onInsertAll(listener: (detail: InsertAllDetail) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<InsertAllDetail>).detail);
  globalThis.addEventListener(INSERT_ALL_EVENT, handler);
  return () => globalThis.removeEventListener(INSERT_ALL_EVENT, handler);
}
