/**
 * The task pane's words, Dutch and English. The pane speaks Dutch when Office's display
 * language is Dutch, English otherwise.
 */
import type { Lang } from "../locale/lang";
import type { Feature } from "../excel/requirements";
import type { Unit } from "../data/schema";
import { UNIT_LABEL, UNIT_LABEL_EN, VAT_LABEL } from "../data/tables";
import { readableFormula } from "../data/formulaText";

export type { Lang } from "../locale/lang";

const nl = {
  scenarioHeading: "Scenario",
  scenarioIntro:
    "Een rekenblad met het woningtekortmodel in live formules: pas de gele invoer aan en alles rekent mee.",
  presetLabel: "Productie",
  insertScenario: "Scenario invoegen",
  applyPreset: "Productie in het scenario vervangen",
  scenarioCreated: (sheet: string) =>
    `${sheet} aangemaakt met live formules; de gele cellen zijn invoer.`,
  presetApplied: (sheet: string) => `De productie in ${sheet} is ingevuld.`,
  noScenario: "Er is nog geen scenarioblad van deze invoegtoepassing: voeg eerst een scenario in.",
  shareHeading: "Delen met collega's zonder de invoegtoepassing",
  shareIntro:
    "Vervangt de uitkomsten van WONINGBOUW-formules door hun waarden en bewaart de formules in de werkmap, zodat u ze later exact terugzet. Andere cellen blijven ongewijzigd.",
  scopeLabel: "Bereik",
  scopeWorkbook: "Hele werkmap",
  scopeSelection: "Alleen de selectie",
  freeze: "Klaarmaken om te delen",
  restore: "Formules herstellen",
  frozen: (n: number, sheets: string[]) =>
    n === 0
      ? "Geen WONINGBOUW-formules gevonden; er is niets gewijzigd."
      : `${n} ${n === 1 ? "formule" : "formules"} vervangen door ${n === 1 ? "zijn waarde" : "hun waarden"} (${sheets.join(", ")}). Met Formules herstellen zet u ze terug.`,
  restored: (n: number) =>
    n === 0
      ? "Er waren geen bewaarde formules om te herstellen."
      : `${n} ${n === 1 ? "formule" : "formules"} hersteld.`,
  restoreMissing: (items: string[]) =>
    `Niet hersteld, want het blad bestaat niet meer (blijft bewaard): ${items.join(", ")}.`,
  conflictsHeading: (n: number) =>
    n === 1
      ? "1 formule niet teruggezet: de cellen zijn veranderd"
      : `${n} formules niet teruggezet: de cellen zijn veranderd`,
  conflictsIntro:
    "Iemand heeft deze cellen gewijzigd sinds ze werden klaargemaakt om te delen. De invoegtoepassing laat ze staan; kies per formule.",
  conflictReason: (reason: "changed" | "deleted" | "unchecked"): string =>
    reason === "changed"
      ? "De cellen bevatten niet meer de bevroren waarden."
      : reason === "deleted"
        ? "De cellen zijn verwijderd; de formule kan nergens terug."
        : "Bewaard door een oudere versie: de cellen kunnen niet worden gecontroleerd.",
  downloadWorkbook: "Download als Excel-bestand",
  downloadHint:
    "Voor collega's zonder de invoegtoepassing: alle referentietabellen met hun bronnen in één .xlsx-bestand. Met de invoegtoepassing geopend wordt het herkend en bijgewerkt.",
  downloaded: (name: string) => `${name} gedownload.`,
  downloadFailed: (why: string) => `Het bestand kon niet worden gemaakt: ${why}`,
  conflictStored: "Bewaarde formule",
  conflictNow: "Nu in de cellen",
  conflictEmpty: "(leeg)",
  putBack: "Formule terugzetten",
  keepThis: "Laten staan",
  conflictPutBack: (where: string) => `Formule teruggezet in ${where}.`,
  conflictKept: (where: string) =>
    where
      ? `${where} gelaten zoals het is; de formule is uit de opslag verwijderd.`
      : "De formule is uit de opslag verwijderd.",
  title: "Woningbouw — referentiedata",
  subtitle: (version: string) => `Kamerbrief woningbouw, november 2020 · dataset ${version}`,
  notInExcelTitle: "Niet geopend in Excel",
  notInExcel: "zoeken en lezen kan hier, invoegen alleen in Excel.",
  otherLanguage: "English",
  otherLanguagePage: "taskpane.html",
  connecting: "Verbinden met Excel…",
  notReady: "Excel is nog niet verbonden; probeer het over een ogenblik opnieuw.",
  unsupportedTitle: "Niet alles werkt in deze Excel-versie",
  unsupported: (set: string) =>
    `Dit heeft ${set} van Excel nodig (Microsoft 365, Excel 2021 of nieuwer, of Excel op het web); deze Excel heeft die niet, dus er is niets gewijzigd. De functies WONINGBOUW.* werken wel.`,
  unsupportedAdvice:
    "Werk Excel bij (Microsoft 365, Excel 2021 of nieuwer) of gebruik Excel op het web. De functies WONINGBOUW.* werken wel.",
  featureName: (feature: Feature, set: string) =>
    `${
      {
        referenceTables: "Referentietabellen invoegen en bijwerken",
        scenario: "Het scenarioblad",
        sharing: "Klaarmaken om te delen en formules herstellen",
        status: "De status van deze werkmap",
        figures: "Kengetallen in een cel invoegen",
        cards: "Een kengetal als kaart invoegen",
      }[feature]
    } vraagt ${set}`,
  figuresHeading: "Kengetallen",
  searchLabel: "Zoek een kengetal",
  searchPlaceholder: "Zoek een kengetal, bijv. Zuid-Holland plancapaciteit of 187.000",
  searchLoading: "Zoeken wordt geladen…",
  searchHint:
    "Zoek op naam, provincie, gebied, id (zh.plancapaciteit), bedrag (225 miljoen) of een woord uit de brief. Pijltjes kiezen, Enter voegt de formule in.",
  searchNone: (q: string) =>
    `Niets gevonden voor "${q}". Probeer een ander woord, een provincie of een getal zoals 187.000.`,
  cardLabel: "Kengetal met herkomst",
  cardLetter: (section: string, date: string) => `Kamerbrief woningbouw (${date}), ${section}`,
  cardOpenSource: "bron openen",
  cardDerived: (formula: string) => `Afgeleid: ${readableFormula(formula, "nl")}`,
  cardCalculation: (method: string) => `Berekening: ${method}`,
  cardAssumption: (reasoning: string) => `Aanname: ${reasoning}`,
  cardNote: (note: string) => `Toelichting: ${note}`,
  cardIdLabel: "id",
  cardDataset: (version: string) => `dataset ${version}`,
  unit: (u: Unit): string => UNIT_LABEL[u],
  vat: (v: "incl" | "excl" | "onbekend"): string => VAT_LABEL.nl[v],
  insertFormula: "Formule invoegen",
  insertValue: "Waarde invoegen",
  insertCard: "Kaart invoegen",
  cardInserted: (id: string, address: string) =>
    `Kaart van ${id} ingevoegd in ${address}. Rekenen met een veld: =${address}.Waarde. Collega's met een Excel zonder gegevenstypen (zoals Excel 2021) zien #WAARDE!; voor hen werkt de formule.`,
  cardFailed:
    "Deze Excel weigerde de kaart: gegevenstypen zijn hier niet beschikbaar (bijvoorbeeld in Excel 2021), ook al meldt Excel ze. Er is niets in de cel gezet. Formule invoegen werkt wel.",
  copyId: "Id kopiëren",
  idCopied: "Id gekopieerd.",
  copyBlocked: "Kopiëren is hier niet toegestaan; het id is geselecteerd, kopieer het met Ctrl+C.",
  insertOnlyInExcel: "Invoegen kan alleen in Excel; zoeken en de herkomst bekijken kan overal.",
  figureInserted: (id: string, address: string) => `${id} ingevoegd in ${address}.`,
  cellNotEmpty: (address: string) =>
    `${address} is niet leeg en is ongemoeid gelaten. Kies een lege cel en probeer het opnieuw.`,
  tablesHeading: "Tabellen",
  selectAll: "Alles selecteren",
  rows: (n: number) => (n === 1 ? "1 rij" : `${n} rijen`),
  insert: (n: number) =>
    n === 0
      ? "Kies tabellen om in te voegen"
      : n === 1
        ? "1 tabel invoegen"
        : `${n} tabellen invoegen`,
  working: "Bezig met schrijven…",
  progress: (done: number, total: number) => `Stap ${done} van ${total}`,
  statusHeading: "Deze werkmap",
  statusLoading: "Werkmap lezen…",
  statusEmpty: "Nog geen referentiebladen in deze werkmap.",
  statusSheet: (sheet: string, version: string) => `${sheet}: versie ${version}`,
  statusCurrent: "actueel",
  statusOlder: (current: string) => `ouder dan de versie van de invoegtoepassing (${current})`,
  statusNewer: (current: string) =>
    `nieuwer dan deze invoegtoepassing (${current}); werk de invoegtoepassing bij`,
  update: (n: number) => (n === 1 ? "1 blad bijwerken" : `${n} bladen bijwerken`),
  changesSummary: (added: number, removed: number, changed: number) =>
    added + removed + changed === 0
      ? "Bijwerken verandert geen gegevens, alleen de versie."
      : `Bijwerken voegt ${added} ${added === 1 ? "rij" : "rijen"} toe, verwijdert er ${removed} en wijzigt er ${changed}.`,
  changesShow: "Toon wat er verandert",
  changeAdded: (key: string, label: string) => `Nieuw: ${key}${label ? ` (${label})` : ""}`,
  changeRemoved: (key: string, label: string) => `Vervalt: ${key}${label ? ` (${label})` : ""}`,
  changeCell: (key: string, column: string, from: string, to: string) =>
    `${key}: ${column} ${from || "(leeg)"} → ${to || "(leeg)"}`,
  changelog: "Wijzigingslog van de referentiedata",
  doneTitle: "Klaar",
  outcomeCreated: (sheet: string) => `${sheet} aangemaakt.`,
  outcomeRenamed: (sheet: string, wanted: string) =>
    `${sheet} aangemaakt: er bestond al een blad ${wanted} dat niet van deze invoegtoepassing is; dat is ongemoeid gelaten.`,
  outcomeBeside: (sheet: string, edited: string) =>
    `${sheet} aangemaakt naast ${edited}: u had cellen in ${edited} gewijzigd, dus dat blad is ongemoeid gelaten.`,
  outcomeUpdated: (sheet: string, from: string, to: string) =>
    from === to
      ? `${sheet} opnieuw geschreven (versie ${to}).`
      : `${sheet} bijgewerkt van versie ${from} naar ${to}.`,
  errorTitle: "Niet gelukt",
  rolledBack: (sheets: string[]) =>
    `Wat al was aangemaakt is weer verwijderd: ${sheets.join(", ")}. Uw eigen gegevens zijn niet aangeraakt.`,
  rollbackFailed: "Opruimen is niet gelukt: controleer bladen die met WB beginnen.",
  errProtected:
    "De werkmap of structuur is beveiligd. Hef de beveiliging op (Controleren > Werkmap beveiligen) en probeer het opnieuw.",
  errCellEdit:
    "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.",
  errTooLarge:
    "De aanvraag was te groot voor Excel. Voeg minder tabellen tegelijk in, of kies een kleiner bereik.",
  errUnsupported: "Deze Excel-versie kent een benodigde functie niet. Werk Excel bij.",
  errGeneric: (detail: string) => `Excel meldde een fout: ${detail}`,
  statusError: (detail: string) => `De werkmap kon niet worden gelezen: ${detail}`,
};

export type Strings = typeof nl;

const en: Strings = {
  scenarioHeading: "Scenario",
  scenarioIntro:
    "A sheet with the housing-shortage model in live formulas: change the yellow inputs and everything recalculates.",
  presetLabel: "Production",
  insertScenario: "Insert scenario",
  applyPreset: "Replace the production in the scenario",
  scenarioCreated: (sheet) => `Created ${sheet} with live formulas; the yellow cells are inputs.`,
  presetApplied: (sheet) => `Filled in the production in ${sheet}.`,
  noScenario: "There is no scenario sheet of this add-in yet: insert a scenario first.",
  shareHeading: "Share with colleagues without the add-in",
  shareIntro:
    "Replaces the results of WONINGBOUW formulas by their values and keeps the formulas in the workbook, so you can put them back exactly later. No other cell changes.",
  scopeLabel: "Scope",
  scopeWorkbook: "Whole workbook",
  scopeSelection: "Selection only",
  freeze: "Prepare for sharing",
  restore: "Restore formulas",
  frozen: (n, sheets) =>
    n === 0
      ? "No WONINGBOUW formulas found; nothing was changed."
      : `Replaced ${n} ${n === 1 ? "formula" : "formulas"} by ${n === 1 ? "its value" : "their values"} (${sheets.join(", ")}). Restore formulas puts them back.`,
  restored: (n) =>
    n === 0
      ? "There were no stored formulas to restore."
      : `Restored ${n} ${n === 1 ? "formula" : "formulas"}.`,
  restoreMissing: (items) =>
    `Not restored because the sheet no longer exists (kept in store): ${items.join(", ")}.`,
  conflictsHeading: (n) =>
    n === 1
      ? "1 formula not put back: its cells have changed"
      : `${n} formulas not put back: their cells have changed`,
  conflictsIntro:
    "Someone changed these cells since they were prepared for sharing. The add-in leaves them as they are; choose for each formula.",
  conflictReason: (reason) =>
    reason === "changed"
      ? "The cells no longer hold the frozen values."
      : reason === "deleted"
        ? "The cells were deleted; the formula has nowhere to go."
        : "Stored by an older version: the cells cannot be checked.",
  downloadWorkbook: "Download as an Excel file",
  downloadHint:
    "For colleagues without the add-in: every reference table with its sources in one .xlsx file. Opened with the add-in, it is recognised and updated.",
  downloaded: (name) => `Downloaded ${name}.`,
  downloadFailed: (why) => `The file could not be made: ${why}`,
  conflictStored: "Stored formula",
  conflictNow: "Now in the cells",
  conflictEmpty: "(empty)",
  putBack: "Put formula back",
  keepThis: "Keep what is there",
  conflictPutBack: (where) => `Formula put back in ${where}.`,
  conflictKept: (where) =>
    where
      ? `${where} left as it is; the formula was removed from the store.`
      : "The formula was removed from the store.",
  title: "Woningbouw — reference data",
  subtitle: (version) => `Dutch housing-construction letter, November 2020 · dataset ${version}`,
  notInExcelTitle: "Not opened in Excel",
  notInExcel: "search and read here; insert only in Excel.",
  otherLanguage: "Nederlands",
  otherLanguagePage: "taskpane.nl.html",
  connecting: "Connecting to Excel…",
  notReady: "Excel is not connected yet; try again in a moment.",
  unsupportedTitle: "Not everything works in this version of Excel",
  unsupported: (set) =>
    `This needs ${set} of Excel (Microsoft 365, Excel 2021 or later, or Excel on the web); this Excel lacks it, so nothing was changed. The WONINGBOUW.* functions still work.`,
  unsupportedAdvice:
    "Update Excel (Microsoft 365, Excel 2021 or later) or use Excel on the web. The WONINGBOUW.* functions still work.",
  featureName: (feature, set) =>
    `${
      {
        referenceTables: "Inserting and updating reference tables",
        scenario: "The scenario sheet",
        sharing: "Prepare for sharing and restore formulas",
        status: "This workbook's status",
        figures: "Inserting figures into a cell",
        cards: "Inserting a figure as a card",
      }[feature]
    } needs ${set}`,
  figuresHeading: "Figures",
  searchLabel: "Search a figure",
  searchPlaceholder: "Search a figure, e.g. Zuid-Holland plan capacity or 187,000",
  searchLoading: "Loading search…",
  searchHint:
    "Search by name, province, area, id (zh.plancapaciteit), amount (225 million) or a word from the letter. Arrow keys choose, Enter inserts the formula.",
  searchNone: (q) =>
    `Nothing found for "${q}". Try another word, a province or a number such as 187,000.`,
  cardLabel: "Figure with its source",
  cardLetter: (section, date) => `Dutch housing letter (${date}), ${section}`,
  cardOpenSource: "open source",
  cardDerived: (formula) => `Derived: ${readableFormula(formula, "en")}`,
  cardCalculation: (method) => `Calculation: ${method}`,
  cardAssumption: (reasoning) => `Assumption: ${reasoning}`,
  cardNote: (note) => `Note: ${note}`,
  cardIdLabel: "id",
  cardDataset: (version) => `dataset ${version}`,
  unit: (u) => UNIT_LABEL_EN[u],
  vat: (v) => VAT_LABEL.en[v],
  insertFormula: "Insert formula",
  insertValue: "Insert value",
  insertCard: "Insert card",
  cardInserted: (id, address) =>
    `Card of ${id} inserted in ${address}. Calculate with a field: =${address}.Value. Colleagues whose Excel has no data types (such as Excel 2021) see #VALUE!; the formula works for them.`,
  cardFailed:
    "This Excel refused the card: data types are not available here (for example in Excel 2021), although Excel reports them. Nothing was put in the cell. Inserting the formula does work.",
  copyId: "Copy id",
  idCopied: "Id copied.",
  copyBlocked: "Copying is not allowed here; the id is selected, copy it with Ctrl+C.",
  insertOnlyInExcel:
    "Inserting works only in Excel; searching and reading the sources work anywhere.",
  figureInserted: (id, address) => `Inserted ${id} into ${address}.`,
  cellNotEmpty: (address) =>
    `${address} is not empty and was left alone. Choose an empty cell and try again.`,
  tablesHeading: "Tables",
  selectAll: "Select all",
  rows: (n) => (n === 1 ? "1 row" : `${n} rows`),
  insert: (n) =>
    n === 0 ? "Choose tables to insert" : n === 1 ? "Insert 1 table" : `Insert ${n} tables`,
  working: "Writing…",
  progress: (done, total) => `Step ${done} of ${total}`,
  statusHeading: "This workbook",
  statusLoading: "Reading the workbook…",
  statusEmpty: "No reference sheets in this workbook yet.",
  statusSheet: (sheet, version) => `${sheet}: version ${version}`,
  statusCurrent: "up to date",
  statusOlder: (current) => `older than the add-in's version (${current})`,
  statusNewer: (current) => `newer than this add-in (${current}); update the add-in`,
  update: (n) => (n === 1 ? "Update 1 sheet" : `Update ${n} sheets`),
  changesSummary: (added, removed, changed) =>
    added + removed + changed === 0
      ? "Updating changes no data, only the version."
      : `Updating adds ${added} ${added === 1 ? "row" : "rows"}, removes ${removed} and changes ${changed}.`,
  changesShow: "Show what changes",
  changeAdded: (key, label) => `New: ${key}${label ? ` (${label})` : ""}`,
  changeRemoved: (key, label) => `Dropped: ${key}${label ? ` (${label})` : ""}`,
  changeCell: (key, column, from, to) =>
    `${key}: ${column} ${from || "(blank)"} → ${to || "(blank)"}`,
  changelog: "Changelog of the reference data",
  doneTitle: "Done",
  outcomeCreated: (sheet) => `Created ${sheet}.`,
  outcomeRenamed: (sheet, wanted) =>
    `Created ${sheet}: a sheet named ${wanted} already exists and is not the add-in's; it was left alone.`,
  outcomeBeside: (sheet, edited) =>
    `Created ${sheet} beside ${edited}: you had changed cells in ${edited}, so that sheet was left alone.`,
  outcomeUpdated: (sheet, from, to) =>
    from === to
      ? `Rewrote ${sheet} (version ${to}).`
      : `Updated ${sheet} from version ${from} to ${to}.`,
  errorTitle: "That did not work",
  rolledBack: (sheets) =>
    `What had been created was removed again: ${sheets.join(", ")}. Your own data was not touched.`,
  rollbackFailed: "Cleaning up failed: check sheets whose names start with WB.",
  errProtected:
    "The workbook or its structure is protected. Unprotect it (Review > Protect Workbook) and try again.",
  errCellEdit: "Excel is editing a cell. Press Enter or Esc and try again.",
  errTooLarge:
    "The request was too large for Excel. Insert fewer tables at a time, or choose a smaller range.",
  errUnsupported: "This version of Excel lacks a feature the add-in needs. Update Excel.",
  errGeneric: (detail) => `Excel reported an error: ${detail}`,
  statusError: (detail) => `The workbook could not be read: ${detail}`,
};

export function strings(lang: Lang): Strings {
  return lang === "nl" ? nl : en;
}

/** Plain words for an Office.js error. */
export function explainError(s: Strings, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case "AccessDenied":
      return s.errProtected;
    case "InvalidOperationInCellEditMode":
      return s.errCellEdit;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return s.errTooLarge;
    case "ApiNotFound":
      return s.errUnsupported;
    default:
      return s.errGeneric(e instanceof Error ? e.message : String(e));
  }
}
