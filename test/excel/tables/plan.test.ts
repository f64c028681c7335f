/** The reference-table planner, without any Excel: what to create, update or write beside. */
import { sheetTables, type SheetTable } from "../../../src/data/tables";
import { encodeMark, parseMark, type Mark } from "../../../src/excel/ownership";
import { fingerprint } from "../../../src/excel/payload";
import { sheetGrid } from "../../../src/excel/sheetGrid";
import type { SheetInfo } from "../../../src/excel/sheets";
import {
  formatOf,
  ownSheetsFor,
  packBatches,
  planTables,
  rowCost,
  type OwnSheetRead,
  type Piece,
  type TablePlan,
} from "../../../src/excel/tables/plan";
import { TEXT_FORMAT } from "../../../src/data/cellText";
import { HEADER_ROW } from "../../../src/excel/sheetGrid";
import { DATASET_HASH, DATASET_ID } from "../../../src/data/dataset";

const table = (id: string) => sheetTables().find((t) => t.id === id) as SheetTable;
const mark = (t: SheetTable, f: string, version = "0.9.0"): Mark =>
  parseMark(
    encodeMark({ d: DATASET_ID, t: t.id, v: version, h: DATASET_HASH, f, n: t.tableName })
  ) as Mark;
const sheet = (name: string, m: Mark | null = null): SheetInfo => ({
  name,
  id: `{${name}}`,
  mark: m,
  freezeKey: null,
});
const readOf = (values: unknown[][], hasTable = true): OwnSheetRead => ({
  values,
  address: `'X'!A1:Q${values.length}`,
  rows: values.length,
  hasTable,
});

describe("planning reference tables", () => {
  const prov = table("provincies");
  const grid = sheetGrid(prov);

  it("creates a table that is not in the workbook under its own names", () => {
    const [p] = planTables([prov], [sheet("Blad1")], new Set(), new Map());
    expect(p).toMatchObject({ mode: "new", sheet: "WB Provincies", tableName: "WB_Provincies" });
    expect(p.outcome).toEqual({ table: "provincies", sheet: "WB Provincies", action: "created" });
  });

  it("picks free sheet and table names next to a user's sheet, table or defined name", () => {
    const [p] = planTables(
      [prov],
      [sheet("wb provincies")],
      new Set(["WB_Provincies", "wb_provincies_2"]),
      new Map()
    );
    expect(p).toMatchObject({ sheet: "WB Provincies (2)", tableName: "WB_Provincies_3" });
    expect(p.outcome.action).toBe("created-renamed");
  });

  it("updates its own sheet in place when the cells are exactly as written", () => {
    const own = sheet("WB Provincies", mark(prov, fingerprint(grid)));
    const [p] = planTables([prov], [own], new Set(), new Map([[own.name, readOf(grid)]]));
    expect(p).toMatchObject({ mode: "update", sheet: "WB Provincies", oldRows: grid.length - 3 });
    expect(p.outcome).toMatchObject({ action: "updated", fromVersion: "0.9.0" });
  });

  it("writes beside its own sheet when the user changed a cell, or removed the table", () => {
    const own = sheet("WB Provincies", mark(prov, fingerprint(grid)));
    const edited = grid.map((r) => [...r]);
    edited[5][2] = 1;
    for (const read of [readOf(edited), readOf(grid, false)]) {
      const [p] = planTables([prov], [own], new Set(), new Map([[own.name, read]]));
      expect(p.outcome).toEqual({
        table: "provincies",
        sheet: "WB Provincies (2)",
        action: "created-beside",
        userEdited: "WB Provincies",
      });
    }
  });

  it("packs all tables into one batch under the budget, and splits a large one by rows", () => {
    const plans = planTables(sheetTables(), [], new Set(), new Map());
    expect(packBatches(plans, 4 * 1024 * 1024)).toHaveLength(1);
    const big = plans[0];
    const total = big.grid.reduce((n, _r, i) => n + rowCost(big, i), 0);
    const batches = packBatches([big], Math.ceil(total / 3));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    const rows = batches.flat().reduce((n, p) => n + (p.to - p.from), 0);
    expect(rows).toBe(big.grid.length);
    expect(batches.flat().filter((p) => p.last)).toHaveLength(1);
  });

  it("reads only our sheets of the chosen tables, not the user's nor those of other tables", () => {
    const other = table("overleg");
    const mine = sheet("WB Provincies", mark(prov, "f"));
    const theirs = sheet("WB Overleg", mark(other, "f"));
    expect(ownSheetsFor([prov], [sheet("Blad1"), theirs, mine])).toEqual([mine]);
    expect(ownSheetsFor([prov, other], [mine, theirs])).toEqual([mine, theirs]);
  });

  it("counts our sheet as changed when its cells no longer start at A1 or were not read", () => {
    const own = sheet("WB Provincies", mark(prov, fingerprint(grid)));
    const moved: OwnSheetRead = { ...readOf(grid), address: `'X'!BA1:BQ${grid.length}` };
    for (const reads of [new Map([[own.name, moved]]), new Map<string, OwnSheetRead>()]) {
      const [p] = planTables([prov], [own], new Set(), reads);
      expect(p).toMatchObject({ mode: "new", sheet: "WB Provincies (2)", oldRows: 0 });
      expect(p.outcome.action).toBe("created-beside");
    }
  });

  it("updates a sheet whose used range is the single cell A1, absolute or not", () => {
    const cell = [["x"]];
    const own = sheet("WB Provincies", mark(prov, fingerprint(cell)));
    for (const address of ["'WB Provincies'!A1", "'WB Provincies'!$A$1", "$A$1:$B$2"]) {
      const read = { ...readOf(cell), address };
      const [p] = planTables([prov], [own], new Set(), new Map([[own.name, read]]));
      expect(p.mode).toBe("update");
    }
  });

  it("formats the rows above the table as text, and each body row in its column's format", () => {
    const waarde = prov.columns[2];
    const groep = prov.columns[0];
    // the empty cells beside the title, and the blank row above the header
    expect(formatOf(waarde, 0, "")).toBe(TEXT_FORMAT);
    expect(formatOf(waarde, HEADER_ROW - 1, "")).toBe(TEXT_FORMAT);
    // the first body row is grid row HEADER_ROW and takes the first per-row format
    expect(grid[HEADER_ROW][2]).toBe(500000);
    expect(formatOf(waarde, HEADER_ROW, 500000)).toBe("#,##0");
    expect(formatOf(waarde, HEADER_ROW + 5, 7)).toBe(waarde.format[5]);
    // an empty cell of a text column stays text, in every body row
    expect(groep.format).toBe(TEXT_FORMAT);
    expect(formatOf(groep, HEADER_ROW + 2, "")).toBe(TEXT_FORMAT);
    // a row beyond a per-row list gets Excel's default
    expect(formatOf({ header: "n", format: ["0.0%"] }, HEADER_ROW + 1, 3)).toBe("General");
  });
});

describe("packing cell writes into batches", () => {
  /** A one-column text table whose rows (title rows included) all cost the same. */
  const planOf = (rows: number): TablePlan => {
    const t: SheetTable = {
      ...table("overleg"),
      columns: [{ header: "h", format: TEXT_FORMAT }],
      rows: [],
    };
    return { ...planTables([t], [], new Set(), new Map())[0], grid: Array(rows).fill([1]) };
  };
  const a = planOf(3);
  const b = planOf(3);
  const cost = rowCost(a, 0);
  const layout = (batches: Piece[][]) =>
    batches.map((batch) =>
      batch.map((p) => `${p.plan === a ? "a" : "b"}${p.from}-${p.to}${p.last ? "." : ""}`)
    );

  it("has rows of equal cost in these tests", () => {
    expect([0, 1, 2].map((r) => rowCost(a, r))).toEqual([cost, cost, cost]);
  });

  it("fills a batch up to exactly its budget, then goes on in the next", () => {
    expect(layout(packBatches([a], 2 * cost))).toEqual([["a0-2"], ["a2-3."]]);
    expect(layout(packBatches([a, b], 4 * cost))).toEqual([["a0-3.", "b0-1"], ["b1-3."]]);
    expect(layout(packBatches([a, b], 6 * cost))).toEqual([["a0-3.", "b0-3."]]);
  });

  it("starts the next table in a new batch when not even its first row fits", () => {
    expect(layout(packBatches([a, b], 3.5 * cost))).toEqual([["a0-3."], ["b0-3."]]);
    expect(layout(packBatches([a, b], 5.5 * cost))).toEqual([["a0-3.", "b0-2"], ["b2-3."]]);
  });

  it("gives every row larger than the budget a batch of its own", () => {
    expect(layout(packBatches([a, b], cost - 1))).toEqual([
      ["a0-1"],
      ["a1-2"],
      ["a2-3."],
      ["b0-1"],
      ["b1-2"],
      ["b2-3."],
    ]);
  });

  it("makes no batch when there is nothing to write", () => {
    expect(packBatches([], 1000)).toEqual([]);
  });
});
