export const STAMP: string;
export function buildInputs(options: { mode: string; urlBase: string }, root?: string): string;
export function staleness(
  expected: string,
  options?: { dist?: string; stampFile?: string }
): string | null;
export function ensureBuilt(options?: { log?: (line: string) => void }): boolean;
