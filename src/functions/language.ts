/**
 * The user's display language, read lazily: functions.js must load in a context that has
 * only the CustomFunctions global, so nothing here runs at load time.
 */
export type Lang = "nl" | "en";

interface MaybeOffice {
  context?: { displayLanguage?: string };
}

export function displayLanguage(): Lang {
  const g = globalThis as { Office?: MaybeOffice; navigator?: { language?: string } };
  let tag: string | undefined;
  try {
    tag = g.Office?.context?.displayLanguage ?? g.navigator?.language;
  } catch {
    tag = undefined;
  }
  return typeof tag === "string" && tag.toLowerCase().startsWith("nl") ? "nl" : "en";
}
