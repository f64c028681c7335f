/**
 * How the letter writes a number, in Dutch notation: 420.000 (or 4000), 290 miljoen,
 * 1 miljard, 65%, number words for small counts, and dates such as 26 oktober 2020.
 */
import { DUTCH_MONTHS as MONTHS } from "../../src/data/commitmentDue";

const WORDS: Record<number, string> = {
  2: "twee",
  4: "vier",
  5: "vijf",
  6: "zes",
  7: "zeven",
  10: "tien",
  100: "honderd",
};

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function dutchRenderings(value: number, unit: string): string[] {
  if (unit === "euro") {
    if (value >= 1e9 && value % 1e8 === 0)
      return [`${String(value / 1e9).replace(".", ",")} miljard`];
    return [`${String(value / 1e6).replace(".", ",")} miljoen`];
  }
  if (unit === "fractie") return [`${Math.round(value * 1000) / 10}%`.replace(".", ",")];
  const out = [grouped(value), String(value)];
  if (WORDS[value]) out.push(WORDS[value]);
  return out;
}

export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/** True when `rendering` stands in `text` as a whole number, not inside a longer one. */
export function containsNumber(text: string, rendering: string): boolean {
  const escaped = rendering.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, "i").test(text);
}
