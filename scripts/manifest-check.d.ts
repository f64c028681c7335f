export function checkManifest(xml: string, options?: { root?: string; baseUrl?: string }): string[];
