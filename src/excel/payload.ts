/**
 * What a batch costs on the wire and whether cells are still as written. Pure.
 */

/** UTF-8 bytes of a string (Office.js sends JSON as UTF-8; Excel on the web caps it at 5 MB). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Request size of a batch of cells as Office.js serialises it (JSON, UTF-8 bytes). */
export function payloadBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const r of rows) n += utf8Length(JSON.stringify(r)) + 1;
  return n;
}

/**
 * A number as Excel keeps it: 15 significant digits. A value written as 0.1 + 0.2 reads back
 * as 0.3, so fingerprints compare what Excel holds, not the last bits of a double.
 */
export function excelDigits(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(15))) : String(v);
}

/** A cell as Excel holds it, as text: numbers to 15 digits, blanks as "", kinds kept apart. */
export function cellKey(v: unknown): string {
  return typeof v === "number"
    ? `n${excelDigits(v)}`
    : `s${v === null || v === undefined ? "" : String(v)}`;
}

/** FNV-1a (32-bit) over the cells: detects whether anyone changed a sheet since it was written. */
export function fingerprint(values: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const row of values) {
    for (const v of row) {
      feed(cellKey(v));
      feed("\u0001");
    }
    feed("\u0002");
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
