/**
 * A workbook holding an older version of a reference sheet, opened with this add-in: the
 * status says so and lists what an update changes, before anything is written; the update then
 * replaces the sheet in place and the workbook records the new version.
 */
import { FakeExcel, type SheetData } from "../support/excelFake";
import { insertTables } from "../../src/excel/tables/writer";
import { readStatus } from "../../src/excel/status";
import { sheetTables, type SheetTable } from "../../src/data/tables";
import { changelogCounts, countsOf, oldSheets, type Counts } from "../support/changelog";
import { MARK_KEY, encodeMark, ownMark, parseMark, type Mark } from "../../src/excel/ownership";
import { fingerprint } from "../../src/excel/payload";
import { DATASET_VERSION } from "../../src/data/dataset";

const prov = sheetTables().find((t) => t.id === "provincies") as SheetTable;

/** Turns our sheet into what an older add-in version wrote: other cells, its mark to match. */
function makeOlder(sheet: SheetData, edit: (s: SheetData) => void): void {
  edit(sheet);
  const box = sheet.usedBox();
  if (!box) throw new Error("empty sheet");
  const mark = parseMark(sheet.props.get(MARK_KEY));
  if (!mark) throw new Error("no mark");
  sheet.props.set(
    MARK_KEY,
    encodeMark({ ...mark, v: "0.9.0", h: "0000000000000000", f: fingerprint(sheet.valuesOf(box)) })
  );
}

describe("the update users can see", () => {
  it("lists per sheet what updating an older sheet changes, then updates it in place", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [prov]);
    const sheet = xl.sheet("WB Provincies") as SheetData;
    const ID = prov.columns.findIndex((c) => c.header === "ID");
    const VALUE = prov.columns.findIndex((c) => c.header === "Waarde");
    let zh = -1;
    makeOlder(sheet, (s) => {
      for (const [k, c] of s.cells)
        if (c.value === "zh.plancapaciteit") zh = Number(k.split(",")[0]);
      s.set(zh, VALUE, 180000);
    });
    expect(sheet.get(zh, ID).value).toBe("zh.plancapaciteit");

    const before = xl.batches.length;
    const [status] = await readStatus(xl.context());
    expect(xl.batches.length - before).toBe(3); // two reads of the sheets, one of the older sheet's cells
    expect(status).toMatchObject({ sheet: "WB Provincies", version: "0.9.0", state: "older" });
    expect(status.changes?.changed).toEqual([
      expect.objectContaining({
        key: "zh.plancapaciteit",
        column: "Waarde",
        from: 180000,
        to: 187000,
      }),
    ]);
    expect(sheet.get(zh, VALUE).value).toBe(180000); // nothing written yet

    const report = await insertTables(xl.context(), [prov]);
    expect(report.outcomes[0]).toMatchObject({ action: "updated", fromVersion: "0.9.0" });
    expect(sheet.get(zh, VALUE).value).toBe(187000);
    const [after] = await readStatus(xl.context());
    expect(after).toMatchObject({ version: DATASET_VERSION, state: "current" });
    expect(after.changes).toBeUndefined();
  });

  it("lists the reference and scenario sheets only: not the user's sheets, not the freeze store", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [prov]);
    xl.addUserSheet("Mijn analyse", [["Gemeente", "Woningen"]]);
    const store = xl.addUserSheet("WB Formules");
    store.props.set(MARK_KEY, ownMark("formules"));
    const scenario = xl.addUserSheet("WB Scenario", [["Scenario"]]);
    scenario.props.set(
      MARK_KEY,
      encodeMark({ ...(parseMark(ownMark("scenario")) as Mark), v: "0.9.0" })
    );
    const before = xl.batches.length;
    const status = await readStatus(xl.context());
    expect(status).toEqual([
      { sheet: "WB Provincies", table: "provincies", version: DATASET_VERSION, state: "current" },
      { sheet: "WB Scenario", table: "scenario", version: "0.9.0", state: "older" },
    ]);
    // an older scenario has no reference table to compare with: nothing more is read
    expect(xl.batches.length - before).toBe(2);
  });

  it("an older reference sheet the user emptied: the update adds every row", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [prov]);
    const sheet = xl.sheet("WB Provincies") as SheetData;
    makeOlder(sheet, () => undefined);
    sheet.cells.clear();
    const ID = prov.columns.findIndex((c) => c.header === "ID");
    const [status] = await readStatus(xl.context());
    expect(status.state).toBe("older");
    expect(status.changes).toEqual({
      added: prov.rows.map((r) => expect.objectContaining({ key: String(r[ID]) })),
      removed: [],
      changed: [],
    });
  });

  it("a current workbook costs no extra read", async () => {
    const xl = new FakeExcel();
    await insertTables(xl.context(), [prov]);
    const before = xl.batches.length;
    await readStatus(xl.context());
    expect(xl.batches.length - before).toBe(2);
  });
});

describe.each([
  ["1.0.0", undefined],
  ["1.1.0", undefined],
  ["1.2.0", "1.3.0"],
])(
  "a workbook with the reference sheets of dataset %s, opened with this add-in",
  (version, changelog) => {
    it("shows per sheet what the update changes (the changelog's counts for this version), then updates every sheet in place", async () => {
      const xl = new FakeExcel();
      const old = oldSheets(version);
      await insertTables(xl.context(), old);
      for (const s of xl.sheets) {
        const mark = parseMark(s.props.get(MARK_KEY));
        if (mark) s.props.set(MARK_KEY, encodeMark({ ...mark, v: version, h: `${version}-hash` }));
      }
      const status = await readStatus(xl.context());
      expect(status.map((s) => [s.sheet, s.version, s.state])).toEqual(
        old.map((t) => [t.sheetName, version, "older"])
      );
      if (changelog) {
        const shown: Counts = {};
        for (const s of status) {
          if (!s.changes) throw new Error(`no changes for ${s.sheet}`);
          shown[s.sheet] = countsOf(s.changes);
        }
        // the workbook's own sheets; a sheet new in this version is created, not updated
        const counts = changelogCounts(changelog);
        expect(shown).toEqual(
          Object.fromEntries(Object.keys(shown).map((sheet) => [sheet, counts[sheet]]))
        );
      }
      const report = await insertTables(xl.context(), sheetTables());
      for (const o of report.outcomes)
        expect([o.table, o.action]).toEqual([
          o.table,
          old.some((t) => t.id === o.table) ? "updated" : "created",
        ]);
      const after = await readStatus(xl.context());
      expect(after.every((s) => s.version === DATASET_VERSION && s.state === "current")).toBe(true);
      expect(xl.sheet("WB Gebieden")?.usedBox()?.r1).toBe(3 + 14); // title rows, header, 14 areas
      const commitments = sheetTables().find((t) => t.id === "toezeggingen");
      expect(xl.sheet("WB Toezeggingen")?.usedBox()?.r1).toBe(3 + (commitments?.rows.length ?? 0));
    });
  }
);
