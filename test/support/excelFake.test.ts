/**
 * The fake refuses what Excel refuses: each rule the add-in's code relies on, proved here
 * (the sources are cited in excelFake.ts).
 */
import { FakeExcel, HOST_PROFILES, metadataFileFor } from "./excelFake";
import { makeShim } from "./customFunctionsShim";

const ctx = (xl: FakeExcel) => xl.context();

describe("the fake Excel refuses what Excel refuses", () => {
  it("knows only the function names of the session's metadata file: English names are #NAME? in Dutch Excel", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").getRange("A1:B1").formulas = [
      ["=WONINGBOUW.SHORTAGE_PATH(75000)", "=WONINGBOUW.WONINGTEKORT_PAD(75000)"],
    ];
    await c.sync();
    const s = xl.sheet("Blad1");
    expect(s?.get(0, 0).value).toBe("#NAME?");
    expect(s?.get(0, 1).value).not.toBe("#NAME?");
    expect(s?.get(0, 1).formula).toBe("=WONINGBOUW.SHORTAGE_PATH(75000)"); // kept by id
    xl.saveAndReopen({ displayLanguage: "en-GB" });
    expect(s?.formulaOf(0, 1)).toBe("=WONINGBOUW.SHORTAGE_PATH(75000)"); // shown in English
  });

  it("loads the metadata file by Microsoft's override rule: no override of the default locale, whole tags only", async () => {
    const m = FakeExcel.defaultMetadata!;
    expect(metadataFileFor(m, "nl-NL")).toBe("functions.nl.json");
    expect(metadataFileFor(m, "NL-be")).toBe("functions.nl.json");
    expect(metadataFileFor(m, "nl-SR")).toBe("functions.json"); // no language-only fallback
    expect(metadataFileFor(m, "en-US")).toBe("functions.json");
    expect(metadataFileFor(m, "de-DE")).toBe("functions.json");
    // the manifest this project had: DefaultLocale nl-NL, English default, an nl-NL override.
    // By the rule the DefaultValue is nl-NL's value, so Dutch Excel loads English names and
    // a Dutch name written into a cell is #NAME?.
    const old = { ...m, defaultLocale: "nl-NL" };
    expect(metadataFileFor(old, "nl-NL")).toBe("functions.json");
    const xl = new FakeExcel({ displayLanguage: "nl-NL", metadata: old });
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").getRange("A1").formulas = [
      ["=WONINGBOUW.WONINGTEKORT_PAD(75000)"],
    ];
    await c.sync();
    expect(xl.sheet("Blad1")?.get(0, 0).value).toBe("#NAME?");
  });

  it("takes only invariant formulas through range.formulas (';' is formulasLocal's separator)", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").getRange("A1").formulas = [["=ALS(A2>1;1;0)"]];
    await expect(c.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const ok = ctx(xl);
    ok.workbook.worksheets.getItem("Blad1").getRange("A1").formulas = [['=IF(A2>1.3,"a;b",0)']];
    await expect(ok.sync()).resolves.toBeUndefined();
  });

  it("fails an API above the host's requirement sets at sync with ApiNotFound", async () => {
    expect(HOST_PROFILES["win-2002"].sets.ExcelApi).toBe("1.11");
    const xl = new FakeExcel({ profile: "win-2002" });
    xl.addUserSheet("Blad1");
    expect(xl.isSetSupported("ExcelApi", "1.11")).toBe(true);
    expect(xl.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(xl.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").customProperties.add("k", "v");
    await expect(c.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(xl.sheet("Blad1")?.props.size).toBe(1); // the batch ran up to the failure, as Excel's does
    const mac = new FakeExcel({ profile: "mac-16.40" });
    expect(mac.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(mac.isSetSupported("ExcelApi", "1.13")).toBe(false);
  });

  it("fails getSelectedRange on a multi-area selection; getSelectedRanges gives every area, whole columns as A:A", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1", [[1]]);
    xl.selection = { sheet: "Blad1", address: "A1:B2,D:D,3:3" };
    const c = ctx(xl);
    c.workbook.getSelectedRange().load("address");
    await expect(c.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    const context = ctx(xl);
    const areas = context.workbook.getSelectedRanges();
    areas.load("address");
    await context.sync();
    expect(areas.address).toBe("Blad1!A1:B2,Blad1!D:D,Blad1!3:3");
  });

  it("refuses a read over 5,000,000 cells, and on the web a request over 5 MB", async () => {
    const xl = new FakeExcel({ profile: "m365" });
    xl.addUserSheet("Blad1", [[1]]);
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").getRange("A:E").load("values");
    await expect(c.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });

    const big = Array.from({ length: 1000 }, () => ["x".repeat(6000)]);
    const desktop = ctx(xl);
    desktop.workbook.worksheets.getItem("Blad1").getRange("A1:A1000").values = big;
    await expect(desktop.sync()).resolves.toBeUndefined();
    const web = new FakeExcel({ profile: "web" });
    web.addUserSheet("Blad1");
    const w = ctx(web);
    w.workbook.worksheets.getItem("Blad1").getRange("A1:A1000").values = big;
    await expect(w.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("counts payloads in UTF-8 bytes, not UTF-16 characters", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["€€€€"]];
    await c.sync();
    expect(xl.batches[0].bytes).toBeGreaterThanOrEqual(4 * 3 + 2);
  });

  it("needs a recalculation after suspendApiCalculationUntilNextSync until calculate()", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    c.application.suspendApiCalculationUntilNextSync();
    c.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[1]];
    await c.sync();
    expect(xl.needsRecalc).toBe(true);
    c.application.calculate(Excel_FULL);
    await c.sync();
    expect(xl.needsRecalc).toBe(false);
  });

  it("keeps 15 significant digits of a number", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    c.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [[0.1 + 0.2, 1 / 3]];
    await c.sync();
    expect(xl.sheet("Blad1")?.valuesOf({ r0: 0, c0: 0, r1: 0, c1: 1 })).toEqual([
      [0.3, 0.333333333333333],
    ]);
  });

  it("gives sheets new ids on reopen, keeps custom properties; a sheet copy has none", () => {
    const xl = new FakeExcel();
    const s = xl.addUserSheet("Blad1", [[1]]);
    s.props.set("k", "v");
    const id = s.id;
    xl.saveAndReopen();
    expect(s.id).not.toBe(id);
    expect(s.props.get("k")).toBe("v");
    const copy = xl.copySheet("Blad1", "Blad1 (2)");
    expect(copy.get(0, 0).value).toBe(1);
    expect(copy.props.size).toBe(0);
  });

  it("refuses a table name that is a defined name, and deleting a very hidden sheet", async () => {
    const xl = new FakeExcel();
    xl.definedNames.push("Doel");
    xl.addUserSheet("Blad1");
    const c = ctx(xl);
    const t = c.workbook.worksheets.getItem("Blad1").tables.add("A1:B3", true);
    t.name = "doel";
    await expect(c.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const h = xl.addUserSheet("Verborgen");
    h.visibility = "VeryHidden";
    const d = ctx(xl);
    d.workbook.worksheets.getItem("Verborgen").delete();
    await expect(d.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("the CustomFunctions shim drops messages as the runtime does", () => {
  it("keeps a message on #VALUE! and #N/A only", () => {
    const shim = makeShim();
    expect(new shim.Error("#VALUE!", "m").message).toBe("m");
    expect(new shim.Error("#N/A", "m").message).toBe("m");
    expect(new shim.Error("#NUM!", "m").message).toBeUndefined();
    expect(new shim.Error("#DIV/0!", "m").message).toBeUndefined();
  });
});

const Excel_FULL = "Full" as Excel.CalculationType;
