/**
 * A stand-in for office.js in the browser tests: Office.onReady says "Excel", Excel.run runs
 * batches against the in-memory FakeExcel, exposed as window.__fakeExcel for assertions.
 */
import { FakeExcel, HOST_PROFILES, type FunctionMetadata, type HostProfileName } from "./excelFake";
import { sheetTables, type SheetTable } from "../../src/data/tables";
import sheets120 from "../fixtures/sheets-1.2.0.json";
import { MARK_KEY, encodeMark, parseMark } from "../../src/excel/ownership";
import { fingerprint } from "../../src/excel/payload";
import { insertTables } from "../../src/excel/tables/writer";
import { colleague } from "./fakeColleague";

const w = window as unknown as Record<string, unknown>;
const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") ?? "nl-NL";
const profile = (params.get("profile") ?? "web") as HostProfileName;
if (!(profile in HOST_PROFILES)) throw new Error(`fake: unknown host profile ${profile}`);
const xl = new FakeExcel({
  displayLanguage,
  profile,
  metadata: (w.__functionMetadata as FunctionMetadata | undefined) ?? undefined,
});
xl.addUserSheet("Blad1", [["Mijn eigen analyse", 2021]]);

/**
 * ?older=1: the workbook holds WB Provincies as an older add-in version wrote it (another
 * plan capacity for Zuid-Holland), so the pane shows what an update changes.
 */
async function olderWorkbook(): Promise<void> {
  const tables = sheetTables().filter((t) => t.id === "provincies");
  await insertTables(xl.context(), tables);
  const sheet = xl.sheet("WB Provincies");
  if (!sheet) return;
  const value = tables[0].columns.findIndex((c) => c.header === "Waarde");
  for (const [k, c] of sheet.cells)
    if (c.value === "zh.plancapaciteit") sheet.set(Number(k.split(",")[0]), value, 180000);
  const box = sheet.usedBox();
  const mark = parseMark(sheet.props.get(MARK_KEY));
  if (box && mark)
    sheet.props.set(
      MARK_KEY,
      encodeMark({ ...mark, v: "0.9.0", f: fingerprint(sheet.valuesOf(box)) })
    );
}
/**
 * ?older=1.2.0: the workbook holds every sheet as the add-in wrote it with reference data 1.2.0
 * (test/fixtures/sheets-1.2.0.json), marked so, so the pane shows the update's change list.
 */
async function workbookOf120(): Promise<void> {
  await insertTables(xl.context(), (sheets120 as unknown as { tables: SheetTable[] }).tables);
  for (const sheet of xl.sheets) {
    const mark = parseMark(sheet.props.get(MARK_KEY));
    if (mark) sheet.props.set(MARK_KEY, encodeMark({ ...mark, v: "1.2.0", h: "1.2.0-hash" }));
  }
}
const older = params.get("older");
const ready = older === "1.2.0" ? workbookOf120() : older ? olderWorkbook() : Promise.resolve();
w.__fakeExcel = xl;
/** What a colleague does to the workbook in between (fakeColleague.ts). */
w.__colleague = colleague(xl);
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: () => ready.then(() => ({ host: "Excel", platform: "OfficeOnline" })),
  context: {
    displayLanguage,
    requirements: {
      isSetSupported: (name: string, version: string) => xl.isSetSupported(name, version),
    },
  },
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: () => Promise.resolve() },
};
w.Excel = {
  run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const result = await batch(xl.context());
    await new Promise((r) => setTimeout(r, 50));
    return result;
  },
};
w.CustomFunctions = {
  associate: () => undefined,
  Error: class {},
  ErrorCode: {},
};
