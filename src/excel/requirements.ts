/**
 * What each feature needs of Excel, checked at run time before anything touches the workbook
 * (Office.context.requirements.isSetSupported). The custom functions need only what the
 * manifest declares (CustomFunctionsRuntime 1.2, SharedRuntime 1.1), so they work on every host
 * that loads the add-in; the workbook features need these ExcelApi versions:
 * - reference tables: Table.resize to update in place (ExcelApi 1.13), worksheet custom
 *   properties for the ownership mark (1.12);
 * - scenario sheet, prepare for sharing / restore, workbook status: worksheet custom
 *   properties and spill ranges (1.12); multi-area selections (1.9), charts' secondary axis
 *   (1.8), styles, hyperlinks and freeze panes (1.7) are below that.
 * - inserting a figure from the figure browser: the active cell (1.7).
 * - inserting a figure's card: entity values through Range.valuesAsJson (1.16). An extra: where
 *   it is missing only the card button says so (OPTIONAL_FEATURES), the pane raises no alarm.
 * Each version is the highest [Api set: ExcelApi x.y] of the APIs the feature's code calls.
 */
export type Feature = "referenceTables" | "scenario" | "sharing" | "status" | "figures" | "cards";

export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, { set: string; version: string }>> = {
  referenceTables: { set: "ExcelApi", version: "1.13" },
  scenario: { set: "ExcelApi", version: "1.12" },
  sharing: { set: "ExcelApi", version: "1.12" },
  status: { set: "ExcelApi", version: "1.12" },
  // inserting a figure into the selected cell: Workbook.getActiveCell
  figures: { set: "ExcelApi", version: "1.7" },
  // a figure's card in a cell: Range.valuesAsJson with an EntityCellValue
  cards: { set: "ExcelApi", version: "1.16" },
};

/** A feature's requirement set as users and Microsoft's tables name it: "ExcelApi 1.13". */
export function requirementName(feature: Feature): string {
  const r = FEATURE_REQUIREMENTS[feature];
  return `${r.set} ${r.version}`;
}

/** Features the pane offers where they work without listing them as missing elsewhere. */
export const OPTIONAL_FEATURES: ReadonlySet<Feature> = new Set<Feature>(["cards"]);

export type RequirementCheck = (name: string, version: string) => boolean;

/** null when the host has what the feature needs, else what is missing ("ExcelApi 1.13"). */
export function requirementProblem(
  feature: Feature,
  isSetSupported: RequirementCheck
): string | null {
  const r = FEATURE_REQUIREMENTS[feature];
  let ok = false;
  try {
    ok = isSetSupported(r.set, r.version);
  } catch {
    ok = false;
  }
  return ok ? null : `${r.set} ${r.version}`;
}
