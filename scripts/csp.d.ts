export const OFFICE_JS_ORIGINS: string[];
export const OFFICE_TELEMETRY: string;
export const OFFICE_TELEMETRY_FRAME: string;
export const EMPTY_STYLE: string;
export function hashSource(text: string): string;
export function pageParts(html: string): {
  scripts: string[];
  styles: string[];
  externalScripts: string[];
};
export function contentSecurityPolicy(parts: {
  scripts?: string[];
  styles?: string[];
  officeJs?: string[];
}): string;
export function pageProblems(html: string, officeJs?: string[]): string[];
export function withPolicy(html: string, officeJs?: string[]): string;
export class ContentSecurityPolicyPlugin {
  apply(compiler: unknown): void;
}
