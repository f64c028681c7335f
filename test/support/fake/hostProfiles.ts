/**
 * Host profiles (which requirement sets an Excel claims) and the custom-function metadata a
 * session loads for its display language. Part of the Excel fake (../excelFake.ts).
 */
import { WEB_PAYLOAD_LIMIT } from "./limits";

/** The hosts the tests run the add-in on, with the requirement sets each one supports. */
export const HOST_PROFILES = {
  /** Excel on the web, current: every set, the 5 MB payload limit. */
  web: {
    label: "Excel on the web",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" },
    payloadLimit: WEB_PAYLOAD_LIMIT,
  },
  /** Microsoft 365 on Windows, current. */
  m365: {
    label: "Microsoft 365 (Windows)",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" },
    payloadLimit: null,
  },
  /** Mac 16.40: ExcelApi 1.12, CustomFunctionsRuntime 1.3. */
  "mac-16.40": {
    label: "Excel for Mac 16.40",
    sets: { ExcelApi: "1.12", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
    payloadLimit: null,
  },
  /**
   * Excel 2021 retail (perpetual): answers isSetSupported("ExcelApi", "1.16") with true but has
   * no data types — writing an entity or formatted number through valuesAsJson fails with
   * GeneralException "There was an internal error while processing the request"
   * (OfficeDev/office-js #4750; #3504, Microsoft: rich data types are not delivered to
   * non-subscription users, and the ExcelApi 1.16 answer was not to be fixed).
   * CustomFunctionsRuntime 1.3: the requirement-set table's Office 2021 column.
   */
  "perpetual-2021": {
    label: "Excel 2021 (retail, perpetual)",
    sets: { ExcelApi: "1.16", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
    payloadLimit: null,
    dataTypes: false,
  },
  /** Windows Version 2002: SharedRuntime 1.1 but ExcelApi 1.11. */
  "win-2002": {
    label: "Excel for Windows, Version 2002",
    sets: { ExcelApi: "1.11", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" },
    payloadLimit: null,
  },
} as const;
export type HostProfileName = keyof typeof HOST_PROFILES;
/**
 * The custom-function metadata Excel would load: which file for which display language (the
 * manifest's Functions.Metadata.Url and its overrides) and the functions' ids and names in
 * each file. Tests load it from dist/ (test/support/functionMetadata.ts).
 */
export interface FunctionMetadata {
  /** the manifest's <DefaultLocale>: DefaultValue is this locale's value */
  readonly defaultLocale: string;
  readonly defaultFile: string;
  /** lower-case culture name → file */
  readonly overrides: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, ReadonlyArray<{ id: string; name: string }>>>;
  readonly namespace: string;
}
/**
 * The metadata file a session loads, by Microsoft's rule ("Localization for Office Add-ins"):
 * DefaultValue is the value "for all locales unless the client computer's locale" matches an
 * override, and is itself the DefaultLocale's value ("You may only specify a single override
 * per language, including for the default locale"), so an override naming the default locale
 * is not honoured here: a manifest with DefaultLocale nl-NL, English DefaultValue and an nl-NL
 * override gives a Dutch session the English file. The match is on the whole tag; language
 * tags compare case-insensitively (BCP 47, which the Override reference names); a language
 * alone ("nl") "isn't supported across all combinations of Office client applications and
 * platforms", so nl-SR falls back to the default, not to nl-NL's file. The setting compared is
 * the one Office.context.displayLanguage reports (the Override reference: "If the Office
 * locale setting is fr-fr"; the localization page's walk-through changes the display language).
 */
export function metadataFileFor(m: FunctionMetadata, displayLanguage: string): string {
  const tag = displayLanguage.toLowerCase();
  if (tag === m.defaultLocale.toLowerCase()) return m.defaultFile;
  return m.overrides[tag] ?? m.defaultFile;
}
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++)
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
