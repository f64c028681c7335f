/**
 * A1 addresses (src/excel/a1.ts): column letters both ways, blocks and the addresses Excel
 * returns — whole columns, whole rows, sheet names with quotes and commas, several areas.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  address,
  blockAddress,
  columnLetter,
  filled,
  intersect,
  absolute,
  localPart,
  parseA1,
  parseAreas,
} from "../../src/excel/a1";

describe("column letters", () => {
  it("count A … Z, AA … ZZ, AAA … up to Excel's last column XFD", () => {
    const cases: Array<[number, string]> = [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
      [MAX_COLUMNS - 1, "XFD"],
    ];
    for (const [index, letters] of cases) {
      expect(columnLetter(index)).toBe(letters);
      expect(parseA1(`${letters}1`).col).toBe(index);
    }
  });
});

describe("addresses of blocks", () => {
  it("address: rows and columns from a 1-based top row and a 0-based left column", () => {
    expect(address(4, 3, 2)).toBe("A4:B6");
    expect(address(1, 1, 1, 27)).toBe("AB1:AB1");
  });

  it("blockAddress: one cell as F5, a larger block as its corners", () => {
    expect(blockAddress({ row: 4, col: 5, rows: 1, cols: 1 })).toBe("F5");
    expect(blockAddress({ row: 4, col: 5, rows: 2, cols: 1 })).toBe("F5:F6");
    expect(blockAddress({ row: 4, col: 5, rows: 1, cols: 3 })).toBe("F5:H5");
  });
});

describe("reading the addresses Excel returns", () => {
  it("absolute anchors every column and row of a cell or range", () => {
    expect(absolute("F32")).toBe("$F$32");
    expect(absolute("AB12:XFD1048576")).toBe("$AB$12:$XFD$1048576");
  });

  it("localPart drops the sheet name (also a quoted one with a !) and every $", () => {
    expect(localPart("'Mijn blad!'!$A$1:$B$2")).toBe("A1:B2");
    expect(localPart(" $C$3 ")).toBe("C3");
  });

  it("a cell, a range, lower case and a sheet prefix", () => {
    expect(parseA1("Blad1!B6:C20")).toEqual({ row: 5, col: 1, rows: 15, cols: 2 });
    expect(parseA1("d4")).toEqual({ row: 3, col: 3, rows: 1, cols: 1 });
  });

  it("whole columns and whole rows", () => {
    expect(parseA1("Blad1!$B:$D")).toEqual({ row: 0, col: 1, rows: MAX_ROWS, cols: 3 });
    expect(parseA1("3:5")).toEqual({ row: 2, col: 0, rows: 3, cols: MAX_COLUMNS });
    expect(parseA1("AA:XFD")).toEqual({ row: 0, col: 26, rows: MAX_ROWS, cols: MAX_COLUMNS - 26 });
    expect(parseA1("C:AB")).toEqual({ row: 0, col: 2, rows: MAX_ROWS, cols: 26 });
    expect(parseA1("10:12")).toEqual({ row: 9, col: 0, rows: 3, cols: MAX_COLUMNS });
    expect(parseA1("7:1048576")).toEqual({ row: 6, col: 0, rows: MAX_ROWS - 6, cols: MAX_COLUMNS });
  });

  it("a range that is half whole-column or half whole-row is refused, not read as one", () => {
    for (const bad of ["A1:3", "1A:C", "A:C1", "3:5A", "B:3", "Blad1!A1:12"])
      expect(() => parseA1(bad)).toThrow(/not an A1 cell/);
  });

  it("anything else is refused", () => {
    for (const bad of ["", "A", "1A", "ABCD1", "A12345678", "A1:B"])
      expect(() => parseA1(bad)).toThrow(/not an A1 cell/);
  });

  it("several areas split at commas outside quoted sheet names", () => {
    expect(parseAreas("'Plan, 2021'!A1:B2,'Plan, 2021'!D:D")).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 0, col: 3, rows: MAX_ROWS, cols: 1 },
    ]);
    expect(parseAreas("A1")).toEqual([{ row: 0, col: 0, rows: 1, cols: 1 }]);
    expect(parseAreas("")).toEqual([]);
    expect(parseAreas("A1, ")).toEqual([{ row: 0, col: 0, rows: 1, cols: 1 }]);
  });
});

describe("intersect", () => {
  const block = (row: number, col: number, rows: number, cols: number) => ({
    row,
    col,
    rows,
    cols,
  });

  it("gives the overlap of two blocks", () => {
    expect(intersect(block(0, 0, 4, 4), block(2, 1, 5, 2))).toEqual(block(2, 1, 2, 2));
    expect(intersect(block(2, 1, 5, 2), block(0, 0, 4, 4))).toEqual(block(2, 1, 2, 2));
  });

  it("is null for blocks that only touch or lie apart, by rows or by columns", () => {
    expect(intersect(block(0, 0, 2, 2), block(2, 0, 2, 2))).toBeNull();
    expect(intersect(block(0, 0, 2, 2), block(0, 2, 2, 2))).toBeNull();
    expect(intersect(block(0, 0, 2, 2), block(5, 5, 1, 1))).toBeNull();
  });
});

describe("filled", () => {
  it("is a rows × cols array of one value, each row its own array", () => {
    const grid = filled("E41:G42", "");
    expect(grid).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(grid[0]).not.toBe(grid[1]);
  });
});
