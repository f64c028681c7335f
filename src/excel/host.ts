/**
 * What the pane needs from Excel, behind one small interface so the UI can be tested with the
 * in-memory fake: run a batch (Excel.run) and check a requirement set.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The API version the writer needs: worksheet custom properties (1.12) and table.resize (1.13). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
