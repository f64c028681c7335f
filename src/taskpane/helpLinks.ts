import type { Lang } from "./i18n";

export type HelpPage = "functions" | "model" | "sinceLetter" | "changelog";

/** A help page next to this page, in the pane's language (help/functions(.nl).html, …). */
export function helpUrl(lang: Lang, page: HelpPage): string {
  const file =
    page === "functions"
      ? lang === "nl"
        ? "help/functions.nl.html"
        : "help/functions.html"
      : page === "model"
        ? "help/model.html"
        : page === "sinceLetter"
          ? `help/since-letter.html${lang === "nl" ? "#nederlands" : "#english"}`
          : `help/changelog.html${lang === "nl" ? "#nederlands" : "#english"}`;
  try {
    return new URL(file, globalThis.location?.href).href;
  } catch {
    return file;
  }
}
