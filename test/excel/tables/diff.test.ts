/** What an update changes, read from an older sheet's cells: pure, no Excel. */
import { sheetTables, type SheetTable } from "../../../src/data/tables";
import { sheetGrid } from "../../../src/excel/sheetGrid";
import { changedRows, tableChanges } from "../../../src/excel/tables/diff";

const table = (id: string) => sheetTables().find((t) => t.id === id) as SheetTable;

describe("the changes an update brings, sheet by sheet", () => {
  const prov = table("provincies");
  const ID = prov.columns.findIndex((c) => c.header === "ID");
  const VALUE = prov.columns.findIndex((c) => c.header === "Waarde");

  it("an unchanged sheet changes nothing (numbers compared at Excel's 15 digits)", () => {
    const grid = sheetGrid(prov).map((r) =>
      r.map((v) => (typeof v === "number" ? Number(v.toPrecision(15)) : v))
    );
    expect(tableChanges(grid, prov)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("finds rows added and removed by key, and changed cells by column header", () => {
    const old = sheetGrid(prov).map((r) => [...r]);
    const zh = old.findIndex((r) => r[ID] === "zh.plancapaciteit");
    old[zh][VALUE] = 180000;
    const dropped = old.splice(old.length - 1, 1)[0]; // the old sheet lacked the last row
    old.push([...dropped].map((v, j) => (j === ID ? "oud.kengetal" : v))); // and had one we dropped
    const c = tableChanges(old, prov);
    expect(c.changed).toEqual([
      expect.objectContaining({
        key: "zh.plancapaciteit",
        column: "Waarde",
        from: 180000,
        to: 187000,
      }),
    ]);
    expect(c.added.map((a) => a.key)).toEqual([dropped[ID]]);
    expect(c.removed.map((r) => r.key)).toEqual(["oud.kengetal"]);
    expect(changedRows(c)).toBe(1);
  });

  it("matches columns by header, so a new version may add a column", () => {
    const old = sheetGrid(prov).map((r) => r.filter((_v, j) => j !== VALUE));
    const c = tableChanges(old, prov);
    expect(c.added).toEqual([]);
    expect(c.changed).toEqual([]);
  });

  it("keys text tables by their name column (provinces in WB Overleg)", () => {
    const overleg = table("overleg");
    const old = sheetGrid(overleg).map((r) => [...r]);
    old[4][1] = "volgt";
    const c = tableChanges(old, overleg);
    expect(c.changed[0]).toMatchObject({ key: String(old[4][0]), column: "Overleg" });
  });
});
