/**
 * The two languages the add-in speaks, and the one place a language is chosen: every
 * surface's words are a `Vocabulary` (the same keys, deeply, in both languages — the compiler
 * holds the English to the Dutch shape), and code elsewhere picks with `inLanguage`, never by
 * comparing a language literal (lint: eslint.config.mjs; README: Layout).
 */
export type Lang = "nl" | "en";

/** The pane's language from an Office or browser language tag: Dutch for nl-*, else English. */
export function langFromTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && tag.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** One surface's words in both languages; `T` is the Dutch shape the English must match. */
export interface Vocabulary<T> {
  readonly nl: T;
  readonly en: T;
}

/** The Dutch or English of a pair; anything but Dutch is English, as everywhere in the add-in. */
export function inLanguage<T>(lang: Lang, pair: Vocabulary<T>): T {
  return lang === "nl" ? pair.nl : pair.en;
}

/**
 * `true` when a vocabulary's keys are exactly the names a lower layer defines (a unit, a
 * refusal): `const held: SameKeys<typeof WORDS.nl, Unit> = true` fails to compile otherwise.
 */
export type SameKeys<Words, Names> = [keyof Words] extends [Names]
  ? [Names] extends [keyof Words]
    ? true
    : never
  : never;

/** The same words made in both languages: `f` applied to each language's vocabulary. */
export function inBoth<T, R>(pair: Vocabulary<T>, f: (words: T) => R): Vocabulary<R> {
  return { nl: f(pair.nl), en: f(pair.en) };
}

/** Each language's tag for the page and Fluent's provider (`lang` attribute). */
export const LANGUAGE_TAG: Vocabulary<string> = { nl: "nl-NL", en: "en-US" };

/**
 * The help pages beside the pane, per language: the functions' page is one file per language,
 * the bilingual pages (model, since the letter, changelog) are opened at this language's half
 * (their "Nederlands" / "English" headings).
 */
export const HELP_PAGES: Vocabulary<{ readonly functions: string; readonly half: string }> = {
  nl: { functions: "help/functions.nl.html", half: "#nederlands" },
  en: { functions: "help/functions.html", half: "#english" },
};
