/**
 * The messages the pane shows before React loads, when something is wrong with Office itself.
 * Both languages: without office.js the display language is unknown.
 */
export const BOOT_MESSAGES = {
  officeMissing:
    "Office.js kon niet worden geladen: geen verbinding met Microsoft, of geblokkeerd door een netwerkfilter. De invoegtoepassing werkt alleen binnen Excel met toegang tot appsforoffice.microsoft.com. · " +
    "Office.js could not be loaded: no connection to Microsoft, or blocked by a network filter. The add-in works only inside Excel with access to appsforoffice.microsoft.com.",
  officeSlow:
    "Office reageert niet. Sluit het deelvenster en open het opnieuw via Start > Referentiedata. · Office is not responding. Close the pane and open it again from Home > Reference data.",
  uiFailed:
    "Het deelvenster kon niet worden geladen. Vernieuw het deelvenster. · The pane could not be loaded. Reload the pane.",
} as const;

export type BootMessage = keyof typeof BOOT_MESSAGES;
