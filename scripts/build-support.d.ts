export const ROOT: string;
export const DEV_URL: string;
export function canonical(value: unknown): string;
export function datasetHash(file?: string): string;
export function publicUrl(env?: Record<string, string | undefined>): string;
export function rewriteUrls(text: string, to: string, from?: string): string;
export function localizeMetadata(
  english: unknown,
  table: unknown
): { functions: Array<Record<string, unknown>> };
export function withRuntimeFlags<T extends object>(
  metadata: T
): Omit<T, "allowCustomDataForDataTypeAny"> & { allowErrorForDataTypeAny: true };
/** src/locale/metadataLocales.json: per display language the functions' metadata file, the
 * function names' language and the pane's page (pre-rendered in that language). */
export function metadataLocales(): {
  fallback: { file: string; names: string; page: string };
  overrides: Record<string, { file: string; names: string; page: string }>;
};
export function metadataUrlElement(base?: string): string;
export function withMetadataLocales(xml: string, base?: string): string;
export function buildManifest(xml: string, base: string): string;
