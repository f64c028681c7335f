/**
 * A stand-in for office.js in the browser tests: Office.onReady says "Excel", Excel.run runs
 * batches against the in-memory FakeExcel, exposed as window.__fakeExcel for assertions.
 */
import { FakeExcel, HOST_PROFILES, type FunctionMetadata, type HostProfileName } from "./excelFake";

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
w.__fakeExcel = xl;
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
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
