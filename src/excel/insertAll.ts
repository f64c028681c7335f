/** The ribbon's "insert all": every reference table in one Excel.run, after the host check. */
import { sheetTables } from "../data/tables";
import { requirementProblem, type RequirementCheck } from "./requirements";
import { insertTables, type InsertReport } from "./tables/writer";

export class UnsupportedHostError extends Error {
  readonly missing: string;
  constructor(missing: string) {
    super(`this Excel lacks ${missing}`);
    this.name = "UnsupportedHostError";
    this.missing = missing;
  }
}

/** Checks the host first: nothing touches the workbook on an Excel that cannot finish the job. */
export function runInsertAll(
  isSetSupported: RequirementCheck,
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>
): Promise<InsertReport> {
  const missing = requirementProblem("referenceTables", isSetSupported);
  if (missing) return Promise.reject(new UnsupportedHostError(missing));
  return run((context) => insertTables(context, sheetTables()));
}
