/** What a failed write leaves behind: nothing the action created. */

/** A failed write: what it was doing, and which sheets it removed again. */
export class WriteError extends Error {
  readonly cause: unknown;
  readonly rolledBack: readonly string[];
  readonly rollbackFailed: boolean;
  constructor(cause: unknown, rolledBack: readonly string[], rollbackFailed: boolean) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "WriteError";
    this.cause = cause;
    this.rolledBack = rolledBack;
    this.rollbackFailed = rollbackFailed;
  }
}

/**
 * After a failed write: removes the sheets this action created, in one more sync, and returns
 * the WriteError that says what happened (and whether the clean-up itself failed).
 */
export async function rollBack(
  context: Excel.RequestContext,
  created: readonly string[],
  cause: unknown
): Promise<WriteError> {
  if (!created.length) return new WriteError(cause, [], false);
  try {
    for (const name of created) context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
    return new WriteError(cause, [...created], false);
  } catch {
    return new WriteError(cause, [], true);
  }
}
