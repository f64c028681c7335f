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

describe("the rules of the comparison, on a small table", () => {
  const small = (rows: SheetTable["rows"], headers = ["ID", "Kengetal", "Waarde"]): SheetTable =>
    ({
      ...table("provincies"),
      columns: headers.map((header) => ({ header })),
      rows,
    }) as unknown as SheetTable;
  /** An older sheet: three title rows, the header on row 4, then `rows`. */
  const sheet = (rows: unknown[][], headers: unknown[] = ["ID", "Kengetal", "Waarde"]) => [
    ["titel"],
    ["bron"],
    [""],
    headers,
    ...rows,
  ];

  it("names each row by its label column and reports a changed cell's old and new value", () => {
    const t = small([["a", "Alpha", 2]]);
    expect(tableChanges(sheet([["a", "Alfa", 1]]), t)).toEqual({
      added: [],
      removed: [],
      changed: [
        { key: "a", label: "Alpha", column: "Kengetal", from: "Alfa", to: "Alpha" },
        { key: "a", label: "Alpha", column: "Waarde", from: 1, to: 2 },
      ],
    });
  });

  it("an empty old cell reads as blank; a row with several changed cells counts once", () => {
    const t = small([["a", "Alpha", 2]]);
    const c = tableChanges(sheet([["a", null, null]]), t);
    expect(c.changed.map((x) => x.from)).toEqual(["", ""]);
    expect(changedRows(c)).toBe(1);
  });

  it("an empty sheet adds every row; added and removed rows carry their labels", () => {
    const t = small([["a", "Alpha", 1]]);
    expect(tableChanges([], t)).toEqual({
      added: [{ key: "a", label: "Alpha" }],
      removed: [],
      changed: [],
    });
    expect(tableChanges(sheet([["b", "Beta", 1]]), small([])).removed).toEqual([
      { key: "b", label: "Beta" },
    ]);
  });

  it("rows without a key are left out; a key matches without its surrounding spaces", () => {
    const t = small([["a", "Alpha", 1]]);
    const c = tableChanges(
      sheet([
        [" a ", "Alpha", 1],
        ["", "x", 5],
        [null, "y", 6],
      ]),
      t
    );
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
    expect(c.changed.map((x) => [x.key, x.column, x.from])).toEqual([["a", "ID", " a "]]);
  });

  it("without a key or label header the first column keys and names the rows", () => {
    const t = small([["a", 1]], ["Naam", "Waarde"]);
    const c = tableChanges(sheet([["a", 2]], ["Naam", "Waarde"]), t);
    expect(c.changed).toEqual([{ key: "a", label: "a", column: "Waarde", from: 2, to: 1 }]);
  });

  it("the first of the key (and label) headers wins, also when it is the first column", () => {
    const headers = ["ID", "Provincie", "Waarde"];
    const t = small(
      [
        ["a", "Zeeland", 1],
        ["b", "Zeeland", 2],
      ],
      headers
    );
    const c = tableChanges(
      sheet(
        [
          ["a", "Zeeland", 1],
          ["b", "Zeeland", 3],
        ],
        headers
      ),
      t
    );
    expect(c.changed).toEqual([{ key: "b", label: "Zeeland", column: "Waarde", from: 3, to: 2 }]);
    const named = ["Kengetal", "ID", "Provincie"];
    const n = tableChanges(sheet([["Plancapaciteit", "x", "Zeeland"]], named), small([], named));
    expect(n.removed).toEqual([{ key: "x", label: "Plancapaciteit" }]);
  });

  it("a row whose label cell is empty is listed without a label", () => {
    expect(tableChanges(sheet([["b", null, 1]]), small([])).removed).toEqual([
      { key: "b", label: "" },
    ]);
  });

  it("a province sheet is keyed and named by its Provincie column", () => {
    const t = small([["Zeeland", "ja"]], ["Provincie", "Overleg"]);
    const c = tableChanges(sheet([["Zeeland", "nee"]], ["Provincie", "Overleg"]), t);
    expect(c.changed).toEqual([
      { key: "Zeeland", label: "Zeeland", column: "Overleg", from: "nee", to: "ja" },
    ]);
  });
});
