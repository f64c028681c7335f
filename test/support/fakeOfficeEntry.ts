/**
 * A stand-in for office.js in the browser tests: Office.onReady says "Excel", Excel.run runs
 * batches against the in-memory FakeExcel, exposed as window.__fakeExcel for assertions.
 */
import { FakeExcel } from "./excelFake";

const xl = new FakeExcel();
xl.addUserSheet("Blad1", [["Mijn eigen analyse", 2021]]);
const w = window as unknown as Record<string, unknown>;
w.__fakeExcel = xl;
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  context: {
    displayLanguage: new URLSearchParams(location.search).get("lang") ?? "nl-NL",
    requirements: { isSetSupported: () => true },
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
