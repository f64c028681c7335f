/** The pane's language from an Office or browser language tag: Dutch for nl-*, else English. */
export type Lang = "nl" | "en";

export function langFromTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && tag.toLowerCase().startsWith("nl") ? "nl" : "en";
}
