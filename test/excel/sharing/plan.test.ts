/** The freeze/restore planner, without any Excel. */
import {
  chunk,
  mergeStore,
  newFreezeKey,
  ourFormulas,
  parseStore,
  planRestore,
  readBatches,
  selectionBlocks,
  storeGrid,
  type StoredFormula,
} from "../../../src/excel/sharing/plan";
import type { SheetInfo } from "../../../src/excel/sheets";

const sheet = (name: string, freezeKey: string | null = null): SheetInfo => ({
  name,
  id: "{x}",
  mark: null,
  freezeKey,
});
const stored = (key: string | null, sheetName: string, address: string): StoredFormula => ({
  key,
  sheetName,
  address,
  formula: 'WONINGBOUW.FIGURE("wbi.t2.budget")',
  spill: "",
});

describe("what to read", () => {
  it("bounds whole columns and rows of a selection by the used range, and drops empty areas", () => {
    const used = { row: 0, col: 0, rows: 100, cols: 10 };
    expect(selectionBlocks("Blad1!B:C,'Mijn, blad'!5:6,Blad1!Z1", used)).toEqual([
      { row: 0, col: 1, rows: 100, cols: 2 },
      { row: 4, col: 0, rows: 2, cols: 10 },
    ]);
    expect(selectionBlocks("A1:B2", null)).toEqual([]);
  });

  it("cuts blocks into bands of at most the cell budget and groups them into syncs", () => {
    const bands = chunk([{ row: 0, col: 0, rows: 1000, cols: 30 }], 3000);
    expect(bands).toHaveLength(10);
    expect(bands.every((b) => b.rows * b.cols <= 3000)).toBe(true);
    expect(bands.reduce((n, b) => n + b.rows, 0)).toBe(1000);
    const syncs = readBatches(
      bands.map((block) => ({ block })),
      6000
    );
    expect(syncs.map((s) => s.length)).toEqual([2, 2, 2, 2, 2]);
  });

  it("finds the add-in's formulas in either language, in id form, and nothing else", () => {
    const found = ourFormulas("Blad1", { row: 4, col: 2, rows: 2, cols: 2 }, [
      ["=WONINGBOUW.WONINGTEKORT_PAD(A1)", "=SUM(A1:A2)"],
      ['="WONINGBOUW.FIGURE(1)"', '=woningbouw.figure("x")'],
    ]);
    expect(found).toEqual([
      { sheet: "Blad1", row: 4, col: 2, formula: "=WONINGBOUW.SHORTAGE_PATH(A1)" },
      { sheet: "Blad1", row: 5, col: 3, formula: '=WONINGBOUW.FIGURE("x")' },
    ]);
  });
});

describe("the store", () => {
  it("round-trips through its grid and reads the legacy 1.0 store (by name only)", () => {
    const rows = [stored("wb-1", "Analyse", "D2")];
    expect(parseStore(storeGrid(rows))).toEqual(rows);
    const legacy = [
      ["Blad-id", "Blad", "Adres", "Formule (zonder =)", "Overloopbereik"],
      ["{abc}", "Analyse", "F5", "WONINGBOUW.WONINGTEKORT_PAD(1)", "F5:I21"],
    ];
    expect(parseStore(legacy)).toEqual([
      {
        key: null,
        sheetName: "Analyse",
        address: "F5",
        formula: "WONINGBOUW.SHORTAGE_PATH(1)",
        spill: "F5:I21",
      },
    ]);
  });

  it("keeps a cell's first formula when it is frozen twice", () => {
    const first = stored("wb-1", "Analyse", "D2");
    const again = { ...first, formula: "123" };
    expect(mergeStore([first], [again, stored("wb-1", "Analyse", "D3")])).toEqual([
      first,
      stored("wb-1", "Analyse", "D3"),
    ]);
  });

  it("makes keys no sheet has", () => {
    const rolls = [0.5, 0.5, 0.25];
    const key = newFreezeKey(new Set(["wb-7fffffff"]), () => rolls.shift() ?? 0);
    expect(key).toBe("wb-3fffffff");
  });
});

describe("where formulas go back", () => {
  it("by key (after a rename or a reopen), else by name on a sheet without a key, else reported", () => {
    const rows = [
      stored("wb-1", "Analyse", "D2"),
      stored(null, "Oud", "A1"),
      stored("wb-2", "Weg", "B2"),
      stored("wb-3", "Kopie", "C3"),
    ];
    const sheets = [
      sheet("Analyse 2021", "wb-1"),
      sheet("Oud"),
      sheet("Kopie", "wb-9"), // a sheet named like the stored one, but another sheet's key
    ];
    const { writes, missing } = planRestore(rows, sheets);
    expect(writes.map((w) => [w.sheet, w.stored.address])).toEqual([
      ["Analyse 2021", "D2"],
      ["Oud", "A1"],
    ]);
    expect(missing.map((m) => m.sheetName)).toEqual(["Weg", "Kopie"]);
  });
});
