/**
 * Office.js errors in plain words: what the user can do about each error code Excel reports
 * (`OfficeExtension.Error.code`, Excel.ErrorCodes in @types/office-js), per language.
 */
import type { Vocabulary } from "./lang";

const nl = {
  protected:
    "De werkmap of structuur is beveiligd. Hef de beveiliging op (Controleren > Werkmap beveiligen) en probeer het opnieuw.",
  selection:
    "De selectie bestaat uit meer delen; dit werkt op één aaneengesloten bereik. Selecteer er één.",
  cellEdit:
    "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.",
  tooLarge:
    "De aanvraag was te groot voor Excel. Voeg minder tabellen tegelijk in, of kies een kleiner bereik.",
  unsupported: "Deze Excel-versie kent een benodigde functie niet. Werk Excel bij.",
  generic: (detail: string) => `Excel meldde een fout: ${detail}`,
};

export type OfficeErrorWords = typeof nl;

export const OFFICE_ERROR_WORDS: Vocabulary<OfficeErrorWords> = {
  nl,
  en: {
    protected:
      "The workbook or its structure is protected. Unprotect it (Review > Protect Workbook) and try again.",
    selection: "The selection has several parts; this works on one contiguous range. Select one.",
    cellEdit: "Excel is editing a cell. Press Enter or Esc and try again.",
    tooLarge:
      "The request was too large for Excel. Insert fewer tables at a time, or choose a smaller range.",
    unsupported: "This version of Excel lacks a feature the add-in needs. Update Excel.",
    generic: (detail) => `Excel reported an error: ${detail}`,
  },
};

/** Plain words for an Office.js error, by its code; anything else with its own message. */
export function explainError(words: OfficeErrorWords, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case "AccessDenied":
      return words.protected;
    case "InvalidOperationInCellEditMode":
      return words.cellEdit;
    // Excel.ErrorCodes.invalidSelection (@types/office-js): Workbook.getSelectedRange on a
    // selection of several areas (getSelectedRanges takes them)
    case "InvalidSelection":
      return words.selection;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return words.tooLarge;
    case "ApiNotFound":
      return words.unsupported;
    default:
      return words.generic(e instanceof Error ? e.message : String(e));
  }
}
