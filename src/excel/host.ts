/**
 * What the pane needs from Excel, behind one small interface so the UI can be tested with the
 * in-memory fake: run a batch (Excel.run), check a requirement set, and the display language
 * (which function names Excel knows in this session).
 */
import type { RequirementCheck } from "./requirements";

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: RequirementCheck;
  /** Office.context.displayLanguage, e.g. "nl-NL" */
  readonly displayLanguage: string;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: Office.context.displayLanguage,
  };
}
