/**
 * A reference sheet's cells (src/excel/sheetGrid.ts): title, citation, a blank row, then the
 * table's header on row 4 and its body.
 */
import { citation, type SheetTable } from "../../src/data/tables";
import { HEADER_ROW, sheetGrid, titleRows } from "../../src/excel/sheetGrid";

const table = (detail?: SheetTable["detail"]): SheetTable => ({
  id: "bronnen",
  sheetName: "Bronnen",
  tableName: "Bronnen",
  title: { nl: "Bronnen", en: "Sources" },
  description: { nl: "Waar elk getal vandaan komt", en: "Where each figure comes from" },
  ...(detail ? { detail } : {}),
  columns: [
    { header: "id", key: "id" },
    { header: "titel", key: "title" },
    { header: "jaar", key: "year" },
  ] as unknown as SheetTable["columns"],
  rows: [
    ["a", "Brief", 2020],
    ["b", "CBS", 2021],
  ],
});

describe("a reference sheet's cells", () => {
  it("title with description, citation, blank row, each as wide as the table", () => {
    expect(titleRows(table(), 3)).toEqual([
      ["Bronnen — Waar elk getal vandaan komt", "", ""],
      [citation(), "", ""],
      ["", "", ""],
    ]);
  });

  it("a table's detail follows its description in the title", () => {
    const rows = titleRows(table("Zie ook docs/"), 2);
    expect(rows[0]).toEqual(["Bronnen — Waar elk getal vandaan komt. Zie ook docs/", ""]);
  });

  it("the header is on row 4 and the body follows, copied row by row", () => {
    const t = table();
    const grid = sheetGrid(t);
    expect(HEADER_ROW).toBe(4);
    expect(grid[HEADER_ROW - 1]).toEqual(["id", "titel", "jaar"]);
    expect(grid.slice(HEADER_ROW)).toEqual(t.rows);
    expect(grid[HEADER_ROW]).not.toBe(t.rows[0]);
    expect(grid).toHaveLength(3 + 1 + 2);
  });
});
