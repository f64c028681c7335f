import { inLanguage, type Lang } from "../locale/lang";

export type HelpPage = "functions" | "model" | "sinceLetter" | "changelog";

/** A help page next to this page, in the pane's language (help/functions(.nl).html, …). */
export function helpUrl(lang: Lang, page: HelpPage): string {
  const file =
    page === "functions"
      ? inLanguage(lang, { nl: "help/functions.nl.html", en: "help/functions.html" })
      : `help/${page === "model" ? "model" : page === "sinceLetter" ? "since-letter" : "changelog"}.html${
          // the bilingual pages: the pane's language's half (their "Nederlands" / "English" headings)
          inLanguage(lang, { nl: "#nederlands", en: "#english" })
        }`;
  try {
    return new URL(file, globalThis.location?.href).href;
  } catch {
    return file;
  }
}
