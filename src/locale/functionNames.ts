/**
 * Which function names Excel knows in a session. Excel loads one metadata file per display
 * language (the manifest's Functions.Metadata.Url and its locale overrides) and accepts, in
 * `range.formulas`, only the names of that file (office-js issues #891 and #6614: a custom
 * function written in another language's name gives #NAME?). metadataLocales.json is the one
 * table behind both the manifest's overrides (generated into dist/manifest.xml, checked in the
 * source manifest) and namesFor() here.
 *
 * English is the default file, so every display language without a Dutch override (en-GB,
 * de-DE, fr-FR, …) gets the English names; nl-NL and nl-BE get the Dutch ones.
 */
import table from "./metadataLocales.json";
import dutch from "./functions.nl.json";

export const FUNCTION_NAMESPACE = "WONINGBOUW";

/** The functions' ids: their English names, never localized, never changed once shipped. */
export type FunctionId = keyof typeof dutch;
export const FUNCTION_IDS = Object.keys(dutch) as FunctionId[];

export type NameSet = "en" | "nl";
export type FunctionNames = Readonly<Record<FunctionId, string>>;

const NAME_SETS: Readonly<Record<NameSet, FunctionNames>> = {
  en: Object.fromEntries(FUNCTION_IDS.map((id) => [id, id])) as FunctionNames,
  nl: Object.fromEntries(FUNCTION_IDS.map((id) => [id, dutch[id].name])) as FunctionNames,
};

export interface MetadataChoice {
  /** The metadata file Excel loads, e.g. "functions.nl.json". */
  readonly file: string;
  readonly names: NameSet;
}

const OVERRIDES: ReadonlyMap<string, MetadataChoice> = new Map(
  Object.entries(table.overrides).map(([locale, m]) => [locale.toLowerCase(), m as MetadataChoice])
);

/** The metadata file Excel loads for a display language (an exact culture match, else the default). */
export function metadataFor(displayLanguage: string | null | undefined): MetadataChoice {
  const tag = typeof displayLanguage === "string" ? displayLanguage.trim().toLowerCase() : "";
  return OVERRIDES.get(tag) ?? (table.fallback as MetadataChoice);
}

/** The names Excel knows for the add-in's functions in a session with this display language. */
export function namesFor(displayLanguage: string | null | undefined): FunctionNames {
  return NAME_SETS[metadataFor(displayLanguage).names];
}

/** Every name any metadata file gives a function, upper case, with its id. */
export const ANY_NAME_TO_ID: ReadonlyMap<string, FunctionId> = new Map(
  Object.values(NAME_SETS).flatMap((names) =>
    FUNCTION_IDS.map((id) => [names[id].toUpperCase(), id] as const)
  )
);
