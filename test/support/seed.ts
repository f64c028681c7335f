import fs from "fs";
import path from "path";

export const SEED_FILE = path.resolve(__dirname, "../../seeds/kamerbrief-woningbouw-2020.txt");

/**
 * The letter's text with its export artefacts folded: a hyphen that ends a word at a line end joins
 * the next line (Zuid-\nHolland, 2024-\n2030, URLs; a spaced dash " - " stays), and every run of whitespace becomes one space.
 */
export function normalise(text: string): string {
  return text
    .replace(/(\S)-[ \t]*\r?\n\s*/g, "$1-")
    .replace(/\s+/g, " ")
    .trim();
}

let cached: string | undefined;
export function seedText(): string {
  cached ??= normalise(fs.readFileSync(SEED_FILE, "utf8"));
  return cached;
}
