import { HELP_PAGES, inLanguage, type Lang } from "../locale/lang";

export type HelpPage = "functions" | "model" | "sinceLetter" | "changelog";

/** A help page next to this page, in the pane's language (help/functions(.nl).html, …). */
export function helpUrl(lang: Lang, page: HelpPage): string {
  const pages = inLanguage(lang, HELP_PAGES);
  const file =
    page === "functions"
      ? pages.functions
      : `help/${page === "model" ? "model" : page === "sinceLetter" ? "since-letter" : "changelog"}.html${pages.half}`;
  try {
    return new URL(file, globalThis.location?.href).href;
  } catch {
    return file;
  }
}

/** Where the letter's text is served beside the pane (webpack copies seeds/ there). */
export const LETTER_FILE = "letter/kamerbrief-woningbouw-2020.txt";

/** The letter as served beside the pane: the publication the quotes come from. */
export function letterUrl(): string {
  try {
    return new URL(LETTER_FILE, globalThis.location?.href).href;
  } catch {
    return LETTER_FILE;
  }
}
