import { FakeExcel } from "../../support/excelFake";
import { insertTables, maxSyncs, DEFAULT_CHUNK_BYTES } from "../../../src/excel/tables/writer";
import { readSheets } from "../../../src/excel/sheets";
import { WriteError } from "../../../src/excel/rollback";
import { sheetTables, type SheetTable } from "../../../src/data/tables";
import { MARK_KEY, parseMark } from "../../../src/excel/ownership";
import { payloadBytes } from "../../../src/excel/payload";
import { sheetGrid } from "../../../src/excel/sheetGrid";
import { DATASET_VERSION } from "../../../src/data/dataset";

const all = () => [...sheetTables()];
const byId = (id: string) => sheetTables().find((t) => t.id === id) as SheetTable;

function synthetic(rows: number): SheetTable {
  return {
    id: "kerncijfers",
    sheetName: "WB Synthetisch",
    tableName: "WB_Synthetisch",
    title: { nl: "Synthetisch", en: "Synthetic" },
    description: { nl: "testdata", en: "test data" },
    columns: [
      { header: "ID", format: "@" },
      { header: "Waarde", format: "#,##0" },
      { header: "Citaat", format: "@", wide: true },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      `rij.${i}`,
      i * 1000,
      `Een citaat van enige lengte voor rij ${i}, zoals de brief ze heeft.`,
    ]),
  };
}

describe("the reference-table writer", () => {
  it("inserts one table: its sheet, title, citation, named table, formats and ownership mark", async () => {
    const xl = new FakeExcel();
    const report = await insertTables(xl.context(), [byId("provincies")]);
    expect(report.outcomes).toEqual([
      { table: "provincies", sheet: "WB Provincies", action: "created" },
    ]);
    const sheet = xl.sheet("WB Provincies");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.get(0, 0).value).toMatch(/^Provincies \(Bijlage 1\)/);
    expect(sheet.get(1, 0).value).toContain(`Datasetversie ${DATASET_VERSION}`);
    expect(sheet.get(1, 0).value).toMatch(/Bron: .*Ollongren.*kamerstuk 32 847, nr\. 694/);
    expect(sheet.get(3, 0).value).toBe("Groep");
    const zh = sheetGrid(byId("provincies")).findIndex((r) => r.includes("zh.plancapaciteit"));
    expect(sheet.get(zh, 2)).toEqual({ value: 187000, format: "#,##0" });
    const table = xl.tables.find((t) => t.name === "WB_Provincies");
    expect(table?.sheet).toBe(sheet);
    expect(table?.address).toBe(`A4:Q${3 + 1 + byId("provincies").rows.length}`);
    expect(table?.showBandedRows && table?.showFilterButton).toBe(true);
    expect(sheet.frozenRows).toBe(4);
    const mark = parseMark(sheet.props.get(MARK_KEY));
    expect(mark).toMatchObject({ t: "provincies", v: DATASET_VERSION, n: "WB_Provincies" });
    expect(xl.activeSheet).toBe("WB Provincies");
  });

  it("gives euros, percentages and homes their number formats, and keeps text as text", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [byId("tranches")]);
    const sheet = xl.sheet("WB Tranches");
    if (!sheet) throw new Error("no sheet");
    const grid = sheetGrid(byId("tranches"));
    const row = (id: string) => grid.findIndex((r) => r.includes(id));
    expect(sheet.get(row("wbi.t2.budget"), 2)).toEqual({ value: 225000000, format: "€ #,##0" });
    expect(sheet.get(row("wbi.t1.betaalbaar"), 2)).toEqual({ value: 0.65, format: "0.0%" });
    expect(sheet.get(row("wbi.t1.woningen"), 2)).toEqual({ value: 51000, format: "#,##0" });
    expect(sheet.get(row("wbi.t2.opengesteld"), 5)).toEqual({ value: "2020-10-26", format: "@" });
  });

  it("inserts all tables in 3 syncs, leaving calculation on so formulas reading them stay current", async () => {
    const xl = new FakeExcel();
    const report = await insertTables(xl.context(), all());
    expect(report.syncs).toBe(3);
    expect(xl.batches).toHaveLength(3);
    expect(xl.calculationSuspensions).toBe(0);
    expect(xl.needsRecalc).toBe(false);
    expect(report.outcomes.map((o) => o.sheet)).toEqual(all().map((t) => t.sheetName));
    expect(xl.tables.map((t) => t.name)).toEqual(all().map((t) => t.tableName));
  });

  it("re-inserting unchanged sheets updates them in place in 4 syncs", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), all());
    const report = await insertTables(xl.context(), all());
    expect(report.outcomes.every((o) => o.action === "updated")).toBe(true);
    expect(report.syncs).toBe(4);
    expect(xl.sheets).toHaveLength(all().length);
    expect(xl.tables).toHaveLength(all().length);
  });

  it("leaves a sheet the user changed alone and writes the new version beside it", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [byId("kerncijfers")]);
    const sheet = xl.sheet("WB Kerncijfers");
    if (!sheet) throw new Error("no sheet");
    sheet.set(5, 2, 99999);
    sheet.set(40, 20, "mijn notitie");
    const report = await insertTables(xl.context(), [byId("kerncijfers")]);
    expect(report.outcomes).toEqual([
      {
        table: "kerncijfers",
        sheet: "WB Kerncijfers (2)",
        action: "created-beside",
        userEdited: "WB Kerncijfers",
      },
    ]);
    expect(sheet.get(5, 2).value).toBe(99999);
    expect(sheet.get(40, 20).value).toBe("mijn notitie");
    expect(xl.tables.map((t) => t.name)).toEqual(["WB_Kerncijfers", "WB_Kerncijfers_2"]);
  });

  it("never touches a user's own sheet or table with the same name: it picks free names", async () => {
    const xl = new FakeExcel();
    const mine = xl.addUserSheet("WB Gebieden", [["mijn eigen werk", 42]]);
    xl.addUserSheet("Blad2").props.set("other", "x");
    xl.tables.push({
      name: "WB_Bronnen",
      sheet: xl.sheets[1],
      address: "A10:B12",
      style: "x",
      showBandedRows: false,
      showFilterButton: false,
    });
    const report = await insertTables(xl.context(), [byId("gebieden"), byId("bronnen")]);
    expect(report.outcomes).toEqual([
      {
        table: "gebieden",
        sheet: "WB Gebieden (2)",
        action: "created-renamed",
        wanted: "WB Gebieden",
      },
      { table: "bronnen", sheet: "WB Bronnen", action: "created" },
    ]);
    expect(mine.valuesOf({ r0: 0, c0: 0, r1: 0, c1: 1 })).toEqual([["mijn eigen werk", 42]]);
    expect(mine.props.size).toBe(0);
    expect(xl.tables.find((t) => t.sheet.name === "WB Bronnen")?.name).toBe("WB_Bronnen_2");
    expect(xl.tables.find((t) => t.name === "WB_Bronnen")?.address).toBe("A10:B12");
  });

  it("a failure halfway leaves no half-written sheets and reports what it removed", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1", [["data"]]);
    xl.failOnSync(3, FakeExcel.officeError("AccessDenied", "The workbook is protected."));
    const error = await insertTables(xl.context(), all()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).rolledBack).toEqual(all().map((t) => t.sheetName));
    expect(((error as WriteError).cause as { code: string }).code).toBe("AccessDenied");
    expect(xl.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect(xl.tables).toHaveLength(0);
  });

  it("updates a sheet in place when the new version is shorter, clearing the rows it no longer needs", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [synthetic(50)]);
    const report = await insertTables(xl.context(), [synthetic(20)]);
    expect(report.outcomes[0].action).toBe("updated");
    const sheet = xl.sheet("WB Synthetisch");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.usedBox()).toEqual({ r0: 0, c0: 0, r1: 3 + 20, c1: 2 });
    expect(xl.tables[0].address).toBe("A4:C24");
  });

  it.each([10, 1000, 100000])(
    "keeps syncs within the stated bound and every batch below 4 MB for %d rows",
    async (rows) => {
      const xl = new FakeExcel();
      const t = synthetic(rows);
      const report = await insertTables(xl.context(), [t]);
      const bytes = payloadBytes(sheetGrid(t));
      expect(report.syncs).toBeLessThanOrEqual(maxSyncs(bytes));
      if (rows <= 1000) expect(report.syncs).toBe(3);
      for (const b of xl.batches) expect(b.bytes).toBeLessThan(DEFAULT_CHUNK_BYTES + 64 * 1024);
      expect(xl.sheet("WB Synthetisch")?.get(3 + rows, 1).value).toBe((rows - 1) * 1000);
      expect(xl.tables[0].address).toBe(`A4:C${4 + rows}`);
    }
  );

  it("chunks a large table over several batches below the chunk size", async () => {
    const xl = new FakeExcel();
    const t = synthetic(5000);
    const report = await insertTables(xl.context(), [t], { chunkBytes: 100_000 });
    expect(report.batches).toBeGreaterThan(3);
    expect(report.syncs).toBeLessThanOrEqual(maxSyncs(payloadBytes(sheetGrid(t)), 100_000));
    for (const b of xl.batches.slice(2)) expect(b.bytes).toBeLessThan(100_000 * 2.2);
  });

  it("reads the workbook's sheets with their marks", async () => {
    const xl = new FakeExcel();
    xl.addUserSheet("Blad1");
    await insertTables(xl.context(), [byId("bronnen")]);
    const { sheets } = await readSheets(xl.context());
    expect(sheets.map((s) => [s.name, s.mark?.t ?? null])).toEqual([
      ["Blad1", null],
      ["WB Bronnen", "bronnen"],
    ]);
  });

  it("never gives a table a name the workbook already uses for a defined name", async () => {
    const xl = new FakeExcel();
    xl.definedNames.push("WB_Provincies");
    const report = await insertTables(xl.context(), [byId("provincies")]);
    expect(report.outcomes[0]).toMatchObject({ sheet: "WB Provincies", action: "created" });
    expect(xl.tables.map((t) => t.name)).toEqual(["WB_Provincies_2"]);
    const mark = parseMark(xl.sheet("WB Provincies")?.props.get(MARK_KEY));
    expect(mark?.n).toBe("WB_Provincies_2");
  });

  it("recognises its own sheet although Excel kept only 15 digits of a number", async () => {
    const xl = new FakeExcel();
    const t = synthetic(3);
    const precise: SheetTable = { ...t, rows: t.rows.map((r, i) => [r[0], 0.1 + 0.2 + i, r[2]]) };
    await insertTables(xl.context(), [precise]);
    expect(xl.sheet("WB Synthetisch")?.get(4, 1).value).toBe(0.3);
    const report = await insertTables(xl.context(), [precise]);
    expect(report.outcomes[0].action).toBe("updated");
  });

  it("on an Excel without ExcelApi 1.13 the update fails at sync as Excel would (the pane checks first)", async () => {
    const xl = new FakeExcel({ profile: "mac-16.40" });
    await insertTables(xl.context(), [byId("provincies")]);
    const short = { ...byId("provincies"), rows: byId("provincies").rows.slice(0, 2) };
    await expect(insertTables(xl.context(), [short])).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "ApiNotFound" }),
    });
  });
});
