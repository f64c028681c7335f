/** The reference-table planner, without any Excel: what to create, update or write beside. */
import { sheetTables, type SheetTable } from "../../../src/data/tables";
import { encodeMark, parseMark, type Mark } from "../../../src/excel/ownership";
import { fingerprint } from "../../../src/excel/payload";
import { sheetGrid } from "../../../src/excel/sheetGrid";
import type { SheetInfo } from "../../../src/excel/sheets";
import {
  packBatches,
  planTables,
  rowCost,
  type OwnSheetRead,
} from "../../../src/excel/tables/plan";
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
});
