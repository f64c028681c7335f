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
