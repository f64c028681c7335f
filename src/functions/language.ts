/**
 * The user's display language, read lazily: functions.js must load in a context that has
 * only the CustomFunctions global, so nothing here runs at load time.
 */
import { langFromTag, type Lang } from "../locale/lang";

interface MaybeOffice {
  context?: { displayLanguage?: string };
}

export function displayLanguage(): Lang {
  const g = globalThis as { Office?: MaybeOffice; navigator?: { language?: string } };
  try {
    return langFromTag(g.Office?.context?.displayLanguage ?? g.navigator?.language);
  } catch {
    return langFromTag(undefined);
  }
}
