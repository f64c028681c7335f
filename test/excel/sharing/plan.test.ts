/** The freeze/restore planner, without any Excel. */
import {
  chunk,
  decide,
  newFreezeKey,
  newRows,
  ourFormulas,
  parseStore,
  readBatches,
  restoreTarget,
  selectionBlocks,
  storeLive,
  storeText,
  storedFormula,
  type StoredFormula,
} from "../../../src/excel/sharing/plan";
import { namesFor } from "../../../src/locale/functionNames";
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
  fingerprint: null,
  now: null,
  live: null,
});
const EN = namesFor("en-US");
/** A row as a freeze writes it: the anchor's value 0.9167, formula FIGURE(B2). */
const tracked = (key: string, sheetName: string, address: string): StoredFormula => ({
  ...storedFormula(
    { sheet: sheetName, row: 1, col: 3, formula: "=WONINGBOUW.FIGURE(B2)" },
    key,
    "",
    [[0.9167]],
    "=WONINGBOUW.FIGURE(B2)"
  ),
  address,
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
  it("round-trips through its text and live columns, and reads the legacy 1.0 store (by name only)", () => {
    const row = tracked("wb-1", "Analyse", "D2");
    const text = storeText([row]);
    const live = storeLive([row], EN);
    expect(live[1]).toEqual(["=ROWS(Analyse!$D$2)", "=IF(FALSE,WONINGBOUW.FIGURE(Analyse!B2))"]);
    const cells = text.map((r, i) => [...r, ...live[i]]);
    expect(parseStore(cells)).toEqual([
      { ...row, now: { sheet: "Analyse", address: "D2" }, live: "=WONINGBOUW.FIGURE(Analyse!B2)" },
    ]);
    // as Excel keeps it after a colleague inserted a row and renamed the sheet
    cells[1][6] = "=ROWS('Analyse 2021'!$D$3)";
    cells[1][7] = "=IF(FALSE,WONINGBOUW.KENGETAL('Analyse 2021'!B3))";
    expect(parseStore(cells)[0]).toMatchObject({
      now: { sheet: "Analyse 2021", address: "D3" },
      live: "=WONINGBOUW.KENGETAL('Analyse 2021'!B3)",
    });
    cells[1][6] = "=ROWS(Analyse!#REF!)";
    expect(parseStore(cells)[0].now).toBe("deleted");
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
        fingerprint: null,
        now: null,
        live: null,
      },
    ]);
  });

  it("keeps a cell's first formula when it is frozen twice", () => {
    const first = stored("wb-1", "Analyse", "D2");
    const again = { ...first, formula: "123" };
    expect(newRows([first], [again, stored("wb-1", "Analyse", "D3")])).toEqual([
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
  it("a legacy row: by key (after a rename or a reopen), else by name on a sheet without a key, else its sheet is gone", () => {
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
    expect(rows.map((r) => restoreTarget(r, sheets))).toEqual([
      {
        kind: "found",
        sheet: "Analyse 2021",
        block: { row: 1, col: 3, rows: 1, cols: 1 },
        checked: false,
      },
      { kind: "found", sheet: "Oud", block: { row: 0, col: 0, rows: 1, cols: 1 }, checked: false },
      { kind: "sheetGone" },
      { kind: "sheetGone" },
    ]);
  });

  it("puts back only a block that holds exactly what was frozen; anything else is the user's to decide", () => {
    const row = tracked("wb-1", "Analyse", "D2");
    const t = restoreTarget(row, [sheet("Analyse", "wb-1")]);
    expect(decide(row, t, [[0.9167]], undefined)).toEqual({ kind: "restore" });
    for (const now of [[["zie notitie"]], [[""]], [["=A1"]], [[0.9167, 1]]])
      expect(decide(row, t, now, undefined)).toMatchObject({
        kind: "conflict",
        conflict: { reason: "changed", sheet: "Analyse", address: "D2", now },
      });
    expect(decide(row, t, [["x"]], "restore")).toEqual({ kind: "restore" });
    expect(decide(row, t, [["x"]], "keep")).toEqual({ kind: "drop" });
    // a legacy row is never put back unasked: it has no fingerprint to check
    const old = stored(null, "Analyse", "D2");
    const ot = restoreTarget(old, [sheet("Analyse")]);
    expect(decide(old, ot, [[0.9167]], undefined)).toMatchObject({
      kind: "conflict",
      conflict: { reason: "unchecked" },
    });
  });
});
