/**
 * The task pane's words, Dutch and English. The pane speaks Dutch when Office's display
 * language is Dutch, English otherwise. Office.js errors are explained in officeErrors.ts,
 * the figures' units in units.ts, numbers and dates in notation.ts.
 */
import { inLanguage, type Lang, type Vocabulary } from "./lang";
import type { FunctionId } from "./functionNames";
import { UNIT_WORDS, VAT_WORDS } from "./units";
import { readableFormula } from "./formulaText";
import { OFFICE_ERROR_WORDS } from "./officeErrors";

export type { Lang } from "./lang";

/** A feature of the pane that needs a version of Excel (src/excel/requirements.ts Feature). */
type Feature = keyof typeof FEATURE_NL;

/** A list of cells as a sentence shows it: at most eight, then how many more. */
function list(items: readonly string[]): string {
  return items.length > 8
    ? `${items.slice(0, 8).join(", ")} … (+${items.length - 8})`
    : items.join(", ");
}

/** What needs a newer Excel, per feature, before the versions that have it. */
const FEATURE_NL = {
  referenceTables: "Referentietabellen invoegen en bijwerken kan in",
  scenario: "Het scenarioblad kan in",
  sharing: "Klaarmaken om te delen en formules herstellen kan in",
  status: "De status van deze werkmap lezen kan in",
  figures: "Kengetallen in een cel invoegen kan in",
  cards: "Een kengetal als kaart (gegevenstype) invoegen kan in",
};
const FEATURE_EN: Record<Feature, string> = {
  referenceTables: "Inserting and updating reference tables works in",
  scenario: "The scenario sheet works in",
  sharing: "Prepare for sharing and restore formulas work in",
  status: "Reading this workbook's status works in",
  figures: "Inserting figures into a cell works in",
  cards: "Inserting a figure as a card (data type) works in",
};

const nl = {
  helpFunctionsHeading: "De WONINGBOUW-functies",
  helpFunctionsIntro: (ns: string) =>
    `Typ =${ns}. in een cel en Excel toont de functies. Ze rekenen met de cijfers van de brief en werken ook zonder dit venster open. Voorbeelden:`,
  helpFunction: {
    FIGURE: {
      what: "een kengetal uit de referentiedata, op id",
      args: () => `"zh.plancapaciteit"`,
      gives: "geeft 187.000: de plancapaciteit van Zuid-Holland in het voorjaar van 2020.",
    },
    PLANCAPACITY_RATIO: {
      what: "plancapaciteit als aandeel van de opgave",
      args: (sep) => `B2${sep} C2`,
      gives: "plancapaciteit in B2, opgave in C2; vergelijk met de norm van 130% (1,3).",
    },
    PLANCAPACITY_GAP: {
      what: "hoeveel plancapaciteit nog ontbreekt voor de norm van 130%",
      args: (sep) => `B2${sep} C2`,
      gives: "negatief is een overschot.",
    },
    SHORTAGE_2035: {
      what: "het woningtekort op 1 januari 2035 bij een productie per jaar",
      args: () => "75000",
      gives: "met de uitgangspunten van het model; geef een bereik voor een productiepad per jaar.",
    },
    SHORTAGE_PATH: {
      what: "het tekortpad 2020–2035 als tabel",
      args: () => "75000",
      gives: "loopt over in een tabel met jaar, tekort, voorraad en aandeel.",
    },
    PRODUCTION_NEEDED: {
      what: "de productie per jaar die nodig is voor een doeltekort",
      args: (sep, dec) => `0${dec}02${sep} 2035`,
      gives: "de constante productie voor 2% tekort in 2035, het doel van de brief.",
    },
    TRANCHE_REMAINING: {
      what: "wat er over is van een tranche van de Woningbouwimpuls",
      args: () => "2",
      gives: "budget van de tweede tranche min de toekenningen.",
    },
  } as Record<
    FunctionId,
    { what: string; args: (sep: string, dec: string) => string; gives: string }
  >,
  helpAllFunctions: "Alle functies met hun argumenten en foutwaarden",
  helpModel: "Het model: vergelijkingen, uitgangspunten en herkomst",
  helpSinceLetter: "Sinds de brief: wat de vergelijking laat zien en wat niet",
  helpWordsHeading: "Woorden in dit venster",
  helpWords: [
    [
      "Kengetal",
      "Een getal uit de brief of een bron, met zijn herkomst: citaat, bron, formule of aanname.",
    ],
    [
      "Id",
      "De vaste naam van een kengetal, zoals zh.plancapaciteit; formules gebruiken die, dus ze blijven kloppen als labels veranderen.",
    ],
    [
      "Referentiedata (dataset)",
      "Alle kengetallen samen, met een versienummer; elk blad onthoudt met welke versie het is gemaakt.",
    ],
    [
      "WB-bladen",
      "De bladen die deze invoegtoepassing maakt (WB Kerncijfers, WB Provincies, …). Andere bladen raakt zij nooit aan.",
    ],
    [
      "Kaart",
      "Een kengetal als Excel-gegevenstype: de cel toont de naam, de kaart de waarde en de bron; =A1.Waarde rekent ermee.",
    ],
    [
      "Klaarmaken om te delen",
      "Zet de uitkomsten van WONINGBOUW-formules vast als waarden voor collega's zonder deze invoegtoepassing.",
    ],
  ] as Array<[string, string]>,
  tasksLabel: "Taken",
  taskFigures: "Kengetallen",
  taskTables: "Tabellen",
  taskScenario: "Scenario",
  taskSharing: "Delen",
  taskHelp: "Hulp",
  warningTitle: "Niet of niet helemaal gedaan",
  infoTitle: "Niets te doen",
  summaryOlder: (n: number) =>
    n === 1
      ? "1 referentieblad is van een oudere versie."
      : `${n} referentiebladen zijn van een oudere versie.`,
  summaryUpdate: "Bekijken en bijwerken",
  summaryNewer: (n: number) =>
    `${n === 1 ? "1 blad is" : `${n} bladen zijn`} nieuwer dan deze invoegtoepassing; werk de invoegtoepassing bij.`,
  summaryCurrent: (n: number) =>
    n === 1
      ? "1 referentieblad in deze werkmap, actueel."
      : `${n} referentiebladen in deze werkmap, alle actueel.`,
  updateHeading: "Bijwerken",
  updateIntro: (n: number) =>
    `Deze werkmap heeft ${n === 1 ? "1 blad" : `${n} bladen`} van een oudere versie van de referentiedata. Hieronder staat per blad wat bijwerken verandert; uw eigen bladen blijven ongemoeid.`,
  tablesIntro:
    "Elke tabel komt op een eigen blad (namen beginnen met WB, van WoningBouw), met de bron van elk getal. Bladen die u zelf hebt gewijzigd worden nooit overschreven.",
  rewriteQuestion: (sheets: string[]) =>
    `${sheets.join(", ")} ${sheets.length === 1 ? "is" : "zijn"} al actueel. Opnieuw schrijven vervangt ${sheets.length === 1 ? "dat blad" : "die bladen"} door een verse kopie. Doorgaan?`,
  rewriteYes: "Opnieuw schrijven",
  rewriteNo: "Annuleren",
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
    `Dit werkt in ${excelFor("nl", set)}; deze Excel is ouder, dus er is niets gewijzigd. De functies WONINGBOUW.* werken wel.`,
  unsupportedAdvice:
    "Werk Excel bij (Microsoft 365, Excel 2021 of nieuwer) of gebruik Excel op het web. De functies WONINGBOUW.* werken wel.",
  /** a feature and the Excel versions that have its requirement set ("ExcelApi 1.13") */
  featureName: (feature: Feature, requirement: string) =>
    `${FEATURE_NL[feature]}: ${excelFor("nl", requirement)}`,
  figuresHeading: "Kengetallen",
  searchLabel: "Zoek een kengetal",
  searchPlaceholder: "Zoek een kengetal, bijv. Zuid-Holland plancapaciteit of 187.000",
  searchLoading: "Zoeken wordt geladen…",
  searchHint:
    "Zoek op naam, provincie, gebied, id (zh.plancapaciteit), bedrag (225 miljoen) of een woord uit de brief. Pijl omlaag kiest, Enter voegt de formule van het gekozen kengetal in.",
  searchNone: (q: string) =>
    `Niets gevonden voor "${q}". Probeer een ander woord, een provincie of een getal zoals 187.000.`,
  cardLabel: "Kengetal met herkomst",
  cardLetter: (kamerstuk: string, date: string, section: string) =>
    `Kamerbrief woningbouw, Kamerstuk ${kamerstuk}, ${date}; ${section}.`,
  cardOpenLetter: "brief openen",
  cardDerivedIds: (formula: string) => `In id's: ${formula}`,
  cardModel: "over het model",
  cardExact: (exact: string) => `Precies: ${exact}`,
  inferred: "afgeleid uit de brief, niet letterlijk",
  fieldWhat: "Wat",
  fieldWhen: "Wanneer",
  fieldWho: "Wie",
  fieldSection: "Sectie",
  fieldLater: "Later",
  fieldInLetter: "In de brief",
  fieldInModel: "In het model",
  fieldDifference: "Verschil",
  differenceUnknown: "niet te berekenen: het latere cijfer is onbekend",
  resultsLabel: "Gevonden kengetallen",
  searchCount: (n: number) => (n === 1 ? "1 resultaat." : `${n} resultaten.`),
  searchNoAmount: (amount: string) =>
    `Geen kengetal met de waarde ${amount}, en ook geen waarde dichtbij.`,
  searchNoExactAmount: (amount: string, n: number) =>
    `Geen kengetal met precies de waarde ${amount}. Hieronder ${n === 1 ? "staat 1 resultaat dat het bedrag noemt of er dichtbij ligt" : `staan ${n} resultaten die het bedrag noemen of er dichtbij liggen`}; kies er zelf een.`,
  searchPartial: (n: number) =>
    `Geen resultaat met al deze woorden. ${n === 1 ? "1 resultaat bevat" : `${n} resultaten bevatten`} er een deel van; kies er zelf een.`,
  searchChoose:
    "Kies een resultaat met pijl omlaag of met een klik; Enter voegt dan de formule in.",
  markNear: (v: string) => `dichtbij: ${v}`,
  markMention: (amount: string) => `noemt ${amount}, de waarde is anders`,
  markPartial: "komt deels overeen",
  markPassage: "tekst uit de brief",
  markCommitment: "toezegging",
  cardOpenSource: "bron openen",
  cardDerived: (formula: string) => `Afgeleid: ${readableFormula(formula, "nl")}`,
  cardCalculation: (method: string) => `Berekening: ${method}`,
  cardAssumption: (reasoning: string) => `Aanname: ${reasoning}`,
  cardNote: (note: string) => `Toelichting: ${note}`,
  cardIdLabel: "id",
  cardDataset: (version: string) => `dataset ${version}`,
  unit: (u: keyof typeof UNIT_WORDS.nl): string => UNIT_WORDS.nl[u],
  vat: (v: "incl" | "excl" | "onbekend"): string => VAT_WORDS.nl[v],
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
  insertWithLabel: "Met label invoegen",
  collect: "Aan tabel toevoegen",
  uncollect: "Uit tabel halen",
  rowsInserted: (n: number, address: string, table: boolean) =>
    !table
      ? `Kengetal met label, eenheid, periode en bron ingevoegd in ${address}.`
      : `Tabel met ${n === 1 ? "1 kengetal" : `${n} kengetallen`} ingevoegd in ${address}.`,
  blockNotEmpty: (block: string, occupied: readonly string[]) =>
    `Er is niets ingevoegd: ${block} is niet leeg (${list(occupied)}), en die cellen zijn ongemoeid gelaten. Kies een cel met genoeg lege cellen rechts en eronder.`,
  blockOutside: (cell: string) =>
    `Er is niets ingevoegd: vanaf ${cell} passen de rijen niet meer op het blad. Kies een cel verder naar links of boven.`,
  tableHeading: (n: number) => (n === 1 ? "Tabel: 1 kengetal" : `Tabel: ${n} kengetallen`),
  tableHint:
    "Voeg kengetallen toe met de knop op hun kaart; ze komen samen in één tabel met kopjes (kengetal, waarde, eenheid, periode, bron).",
  insertTable: "Als tabel invoegen",
  clearTable: "Leegmaken",
  removeFromTable: (label: string) => `${label} uit de tabel halen`,
  convertHeading: "Kaarten van een kolom",
  convertHint:
    "Selecteer cellen met id's of namen van kengetallen: elke cel die één kengetal noemt wordt de kaart ervan. Andere cellen blijven zoals ze zijn en worden genoemd.",
  convert: "Selectie omzetten in kaarten",
  converted: (n: number, address: string) =>
    `${n === 1 ? "1 cel" : `${n} cellen`} in ${address} omgezet in kaarten.`,
  convertLeftAlone: (cells: readonly string[]) =>
    `Ongemoeid gelaten, noemen geen kengetal: ${list(cells)}.`,
  convertAmbiguous: (cells: readonly string[]) =>
    `Ongemoeid gelaten, de naam past bij meer kengetallen (gebruik het id of "provincie: naam"): ${list(cells)}.`,
  convertEmpty: "De selectie is leeg: er is niets omgezet.",
  convertTooLarge: (n: number, max: number) =>
    `Er is niets omgezet: de selectie heeft ${n} gevulde cellen, er gaan er hoogstens ${max} tegelijk.`,
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
  changeAdded: (name: string) => `Nieuw: ${name}`,
  changeRemoved: (name: string) => `Vervalt: ${name}`,
  changeCell: (name: string, column: string, from: string, to: string) =>
    `${name}: ${column.toLowerCase()} ${from || "(leeg)"} → ${to || "(leeg)"}`,
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
  office: OFFICE_ERROR_WORDS.nl,
  statusError: (detail: string) => `De werkmap kon niet worden gelezen: ${detail}`,
};

export type Strings = typeof nl;

const en: Strings = {
  helpFunctionsHeading: "The WONINGBOUW functions",
  helpFunctionsIntro: (ns) =>
    `Type =${ns}. in a cell and Excel lists the functions. They calculate with the letter's figures and work without this pane open. Examples:`,
  helpFunction: {
    FIGURE: {
      what: "a figure from the reference data, by id",
      args: () => `"zh.plancapaciteit"`,
      gives: "gives 187,000: Zuid-Holland's plan capacity in spring 2020.",
    },
    PLANCAPACITY_RATIO: {
      what: "plan capacity as a share of the need",
      args: (sep) => `B2${sep} C2`,
      gives: "plan capacity in B2, need in C2; compare with the 130% norm (1.3).",
    },
    PLANCAPACITY_GAP: {
      what: "how much plan capacity is still missing for the 130% norm",
      args: (sep) => `B2${sep} C2`,
      gives: "negative is a surplus.",
    },
    SHORTAGE_2035: {
      what: "the housing shortage on 1 January 2035 for a yearly production",
      args: () => "75000",
      gives: "with the model's defaults; give a range for a production path by year.",
    },
    SHORTAGE_PATH: {
      what: "the shortage path 2020–2035 as a table",
      args: () => "75000",
      gives: "spills into a table of year, shortage, stock and share.",
    },
    PRODUCTION_NEEDED: {
      what: "the yearly production needed for a target shortage",
      args: (sep, dec) => `0${dec}02${sep} 2035`,
      gives: "the constant production for a 2% shortage in 2035, the letter's target.",
    },
    TRANCHE_REMAINING: {
      what: "what is left of a Woningbouwimpuls (housing construction stimulus) tranche",
      args: () => "2",
      gives: "the second tranche's budget minus its awards.",
    },
  },
  helpAllFunctions: "All functions with their arguments and error values",
  helpModel: "The model: equations, defaults and where they come from",
  helpSinceLetter: "Since the letter: what the comparison shows and what it does not",
  helpWordsHeading: "Words in this pane",
  helpWords: [
    [
      "Figure",
      "A number from the letter or a source, with where it comes from: quote, source, formula or assumption.",
    ],
    [
      "Id",
      "A figure's fixed name, such as zh.plancapaciteit; formulas use it, so they stay right when labels change.",
    ],
    [
      "Reference data (dataset)",
      "All figures together, with a version number; each sheet remembers the version it was made with.",
    ],
    [
      "WB sheets",
      "The sheets this add-in makes (WB Kerncijfers, WB Provincies, …). It never touches other sheets.",
    ],
    [
      "Card",
      "A figure as an Excel data type: the cell shows the name, the card its value and source; =A1.Value calculates with it.",
    ],
    [
      "Prepare for sharing",
      "Fixes the results of WONINGBOUW formulas as values for colleagues without this add-in.",
    ],
  ],
  tasksLabel: "Tasks",
  taskFigures: "Figures",
  taskTables: "Tables",
  taskScenario: "Scenario",
  taskSharing: "Share",
  taskHelp: "Help",
  warningTitle: "Not done, or not all of it",
  infoTitle: "Nothing to do",
  summaryOlder: (n) =>
    n === 1
      ? "1 reference sheet is from an older version."
      : `${n} reference sheets are from an older version.`,
  summaryUpdate: "Review and update",
  summaryNewer: (n) =>
    `${n === 1 ? "1 sheet is" : `${n} sheets are`} newer than this add-in; update the add-in.`,
  summaryCurrent: (n) =>
    n === 1
      ? "1 reference sheet in this workbook, up to date."
      : `${n} reference sheets in this workbook, all up to date.`,
  updateHeading: "Update",
  updateIntro: (n) =>
    `This workbook has ${n === 1 ? "1 sheet" : `${n} sheets`} from an older version of the reference data. Below, per sheet, what updating changes; your own sheets are left alone.`,
  tablesIntro:
    "Each table goes on its own sheet (names start with WB, for WoningBouw, housing construction), with the source of every figure. Sheets you changed yourself are never overwritten.",
  rewriteQuestion: (sheets) =>
    `${sheets.join(", ")} ${sheets.length === 1 ? "is" : "are"} already up to date. Rewriting replaces ${sheets.length === 1 ? "it" : "them"} with a fresh copy. Continue?`,
  rewriteYes: "Rewrite",
  rewriteNo: "Cancel",
  scenarioHeading: "Scenario",
  scenarioIntro:
    "A sheet with the housing-shortage model in live formulas, in Dutch like the letter: change the yellow inputs and everything recalculates.",
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
    `This works in ${excelFor("en", set)}; this Excel is older, so nothing was changed. The WONINGBOUW.* functions still work.`,
  unsupportedAdvice:
    "Update Excel (Microsoft 365, Excel 2021 or later) or use Excel on the web. The WONINGBOUW.* functions still work.",
  featureName: (feature, requirement) => `${FEATURE_EN[feature]}: ${excelFor("en", requirement)}`,
  figuresHeading: "Figures",
  searchLabel: "Search a figure",
  searchPlaceholder: "Search a figure, e.g. Zuid-Holland plan capacity or 187,000",
  searchLoading: "Loading search…",
  searchHint:
    "Search by name, province, area, id (zh.plancapaciteit), amount (225 million) or a word from the letter. The down arrow chooses, Enter inserts the chosen figure's formula.",
  searchNone: (q) =>
    `Nothing found for "${q}". Try another word, a province or a number such as 187,000.`,
  cardLabel: "Figure with its source",
  cardLetter: (kamerstuk, date, section) =>
    `Dutch housing letter, Kamerstuk (parliamentary paper) ${kamerstuk}, ${date}; ${section}.`,
  cardOpenLetter: "open the letter",
  cardDerivedIds: (formula) => `In ids: ${formula}`,
  cardModel: "about the model",
  cardExact: (exact) => `Exactly: ${exact}`,
  inferred: "inferred from the letter, not its words",
  fieldWhat: "What",
  fieldWhen: "When",
  fieldWho: "Who",
  fieldSection: "Section",
  fieldLater: "Later",
  fieldInLetter: "In the letter",
  fieldInModel: "In the model",
  fieldDifference: "Difference",
  differenceUnknown: "cannot be computed: the later figure is unknown",
  resultsLabel: "Figures found",
  searchCount: (n) => (n === 1 ? "1 result." : `${n} results.`),
  searchNoAmount: (amount) => `No figure has the value ${amount}, nor a value close to it.`,
  searchNoExactAmount: (amount, n) =>
    `No figure has exactly the value ${amount}. Below, ${n === 1 ? "1 result names" : `${n} results name`} the amount or lie close to it; choose one yourself.`,
  searchPartial: (n) =>
    `No result has all these words. ${n === 1 ? "1 result has" : `${n} results have`} some of them; choose one yourself.`,
  searchChoose: "Choose a result with the down arrow or a click; Enter then inserts the formula.",
  markNear: (v) => `close: ${v}`,
  markMention: (amount) => `names ${amount}, its value differs`,
  markPartial: "partly matches",
  markPassage: "text of the letter",
  markCommitment: "commitment",
  cardOpenSource: "open source",
  cardDerived: (formula) => `Derived: ${readableFormula(formula, "en")}`,
  cardCalculation: (method) => `Calculation: ${method}`,
  cardAssumption: (reasoning) => `Assumption: ${reasoning}`,
  cardNote: (note) => `Note: ${note}`,
  cardIdLabel: "id",
  cardDataset: (version) => `dataset ${version}`,
  unit: (u) => UNIT_WORDS.en[u],
  vat: (v) => VAT_WORDS.en[v],
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
  insertWithLabel: "Insert with label",
  collect: "Add to table",
  uncollect: "Remove from table",
  rowsInserted: (n, address, table) =>
    !table
      ? `Figure with its label, unit, period and source inserted in ${address}.`
      : `Table of ${n === 1 ? "1 figure" : `${n} figures`} inserted in ${address}.`,
  blockNotEmpty: (block, occupied) =>
    `Nothing was inserted: ${block} is not empty (${list(occupied)}), and those cells were left alone. Choose a cell with enough empty cells to its right and below.`,
  blockOutside: (cell) =>
    `Nothing was inserted: from ${cell} the rows do not fit on the sheet. Choose a cell further left or up.`,
  tableHeading: (n) => (n === 1 ? "Table: 1 figure" : `Table: ${n} figures`),
  tableHint:
    "Add figures with the button on their card; they go into one table with headers (figure, value, unit, period, source).",
  insertTable: "Insert as table",
  clearTable: "Clear",
  removeFromTable: (label) => `Remove ${label} from the table`,
  convertHeading: "Cards from a column",
  convertHint:
    "Select cells holding ids or names of figures: each cell that names one figure becomes its card. Other cells stay as they are and are listed.",
  convert: "Convert selection to cards",
  converted: (n, address) =>
    `${n === 1 ? "1 cell" : `${n} cells`} in ${address} converted to cards.`,
  convertLeftAlone: (cells) => `Left alone, they name no figure: ${list(cells)}.`,
  convertAmbiguous: (cells) =>
    `Left alone, the name fits several figures (use the id or "province: name"): ${list(cells)}.`,
  convertEmpty: "The selection is empty: nothing was converted.",
  convertTooLarge: (n, max) =>
    `Nothing was converted: the selection has ${n} filled cells, at most ${max} go at once.`,
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
  changeAdded: (name) => `New: ${name}`,
  changeRemoved: (name) => `Dropped: ${name}`,
  changeCell: (name, column, from, to) =>
    `${name}: ${COLUMN_EN[column] ?? column} ${from || "(blank)"} → ${to || "(blank)"}`,
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
  office: OFFICE_ERROR_WORDS.en,
  statusError: (detail) => `The workbook could not be read: ${detail}`,
};

/**
 * The Excel versions that have a requirement set, as users know them, from Microsoft's
 * "Excel JavaScript API requirement sets" table (learn.microsoft.com/javascript/api/
 * requirement-sets/excel/excel-api-requirement-sets): ExcelApi 1.12 Microsoft 365 Windows
 * 2008, Office 2021, Mac 16.40; 1.13 Windows 2102, Office 2021, Mac 16.50; 1.16 Windows 2208,
 * Office 2024, Mac 16.64; every set on the web.
 */
const EXCEL_FOR: Readonly<Record<string, { nl: string; en: string }>> = {
  "ExcelApi 1.12": {
    nl: "Excel 2021 of nieuwer, Microsoft 365 (Windows versie 2008 of later, Mac 16.40 of later) en Excel op het web",
    en: "Excel 2021 or later, Microsoft 365 (Windows version 2008 or later, Mac 16.40 or later) and Excel on the web",
  },
  "ExcelApi 1.13": {
    nl: "Excel 2021 of nieuwer, Microsoft 365 (Windows versie 2102 of later, Mac 16.50 of later) en Excel op het web",
    en: "Excel 2021 or later, Microsoft 365 (Windows version 2102 or later, Mac 16.50 or later) and Excel on the web",
  },
  "ExcelApi 1.16": {
    nl: "Excel 2024, Microsoft 365 (Windows versie 2208 of later, Mac 16.64 of later) en Excel op het web",
    en: "Excel 2024, Microsoft 365 (Windows version 2208 or later, Mac 16.64 or later) and Excel on the web",
  },
};

export function excelFor(lang: Lang, set: string): string {
  return (
    EXCEL_FOR[set]?.[lang] ??
    inLanguage(lang, {
      nl: "een nieuwere Excel (Microsoft 365 of Excel op het web)",
      en: "a newer Excel (Microsoft 365 or Excel on the web)",
    })
  );
}

/** The reference sheets' Dutch column headers in English, for the change list. */
const COLUMN_EN: Readonly<Record<string, string>> = {
  Groep: "group",
  Kengetal: "figure",
  Waarde: "value",
  Laag: "low",
  Hoog: "high",
  Tekst: "text",
  Eenheid: "unit",
  Jaar: "year",
  Periode: "period",
  Kwalificatie: "qualifier",
  Btw: "VAT",
  Brontype: "source type",
  "Citaat of bron": "quote or source",
  "Sectie of formule": "section or formula",
  Toelichting: "note",
};

/** The pane's words in both languages. */
export const PANE_WORDS: Vocabulary<Strings> = { nl, en };

export function strings(lang: Lang): Strings {
  return inLanguage(lang, PANE_WORDS);
}
