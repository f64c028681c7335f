/**
 * Excel's limits and the fake's errors: grid size, request and read budgets, cell text length, the
 * OfficeError that a refused request raises, and the UTF-8 byte counts of a batch. Part of the
 * Excel fake (../excelFake.ts).
 */

export interface BatchRecord {
  readonly ops: number;
  readonly bytes: number;
  readonly responseBytes: number;
}
export class OfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel on the web: request and response payloads (Resource limits, Excel add-ins). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Every host: cells in one range get operation (Resource limits, Excel add-ins). */
export const READ_CELL_LIMIT = 5000000;
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? "");
}
/** Excel's limit on the characters in one cell ("Excel specifications and limits"). */
export const CELL_TEXT_LIMIT = 32767;
