/**
 * The messages the pane shows before React loads, when something is wrong with Office itself.
 * Shown in both languages, Dutch first: without office.js the display language is unknown.
 */
import type { Vocabulary } from "./lang";

const nl = {
  officeMissing:
    "Office.js kon niet worden geladen: geen verbinding met Microsoft, of geblokkeerd door een netwerkfilter. De invoegtoepassing werkt alleen binnen Excel met toegang tot appsforoffice.microsoft.com.",
  officeSlow:
    "Office reageert niet. Sluit het deelvenster en open het opnieuw via Start > Referentiedata.",
  uiFailed: "Het deelvenster kon niet worden geladen. Vernieuw het deelvenster.",
};

export type BootMessage = keyof typeof nl;

export const BOOT_WORDS: Vocabulary<Record<BootMessage, string>> = {
  nl,
  en: {
    officeMissing:
      "Office.js could not be loaded: no connection to Microsoft, or blocked by a network filter. The add-in works only inside Excel with access to appsforoffice.microsoft.com.",
    officeSlow:
      "Office is not responding. Close the pane and open it again from Home > Reference data.",
    uiFailed: "The pane could not be loaded. Reload the pane.",
  },
};

/** A boot message in both languages, Dutch first. */
export function bootMessage(kind: BootMessage): string {
  return `${BOOT_WORDS.nl[kind]} · ${BOOT_WORDS.en[kind]}`;
}
