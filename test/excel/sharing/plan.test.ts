/** The freeze/restore planner, without any Excel. */
import {
  chunk,
  decide,
  newFreezeKey,
  newRows,
  ourFormulas,
  parseStore,
  liveBlock,
  readBatches,
  restoreTarget,
  restoredFormula,
  rowId,
  selectionBlocks,
  storeLive,
  storeText,
  storedFormula,
  writeBatches,
  STORE_HEADER,
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

describe("reading in bounded syncs", () => {
  it("cuts a block that does not start at the top into bands at its own rows", () => {
    expect(chunk([{ row: 10, col: 2, rows: 5, cols: 2 }], 4)).toEqual([
      { row: 10, col: 2, rows: 2, cols: 2 },
      { row: 12, col: 2, rows: 2, cols: 2 },
      { row: 14, col: 2, rows: 1, cols: 2 },
    ]);
  });

  it("reads at most the range budget per sync, filling each sync up to it", () => {
    const reads = [1, 2, 3, 4, 5].map((i) => ({ block: { row: i, col: 0, rows: 1, cols: 1 } }));
    expect(readBatches(reads, 100, 2).map((s) => s.map((r) => r.block.row))).toEqual([
      [1, 2],
      [3, 4],
      [5],
    ]);
  });

  it("takes text that only looks like one of the add-in's formulas for text", () => {
    // range.formulas gives a text cell as its text: without "=" it is not a formula
    expect(
      ourFormulas("Blad1", { row: 0, col: 0, rows: 1, cols: 1 }, [["WONINGBOUW.FIGURE(1)"]])
    ).toEqual([]);
  });
});

describe("write batches", () => {
  const sizes = (list: Array<[number, number]>) =>
    list.map(([bytes, cells], i) => ({ i, bytes, cells }));
  const ids = (batches: Array<Array<{ i: number }>>) => batches.map((b) => b.map((x) => x.i));

  it("fills a batch up to exactly the byte budget, and starts the next beyond it", () => {
    const items = sizes([
      [5, 1],
      [5, 1],
      [1, 1],
    ]);
    expect(ids(writeBatches(items, (x) => x, 10, 100))).toEqual([[0, 1], [2]]);
  });

  it("fills a batch up to exactly the cell budget, and starts the next beyond it", () => {
    const items = sizes([
      [1, 6],
      [1, 4],
      [1, 1],
      [1, 9],
      [1, 2],
    ]);
    expect(ids(writeBatches(items, (x) => x, 100, 10))).toEqual([[0, 1], [2, 3], [4]]);
  });
});

describe("the store, cell by cell", () => {
  const header = [...STORE_HEADER];
  const row = (h: unknown): unknown[] => [
    "wb-1",
    "Analyse",
    "D2",
    "WONINGBOUW.FIGURE(B2)",
    "",
    "0a0b0c0d",
    "=ROWS(Analyse!$D$2)",
    h,
  ];

  it("names a block by its sheet's freeze key, which survives a rename, else by the sheet's name", () => {
    expect(rowId({ key: "wb-1", sheetName: "Analyse", address: "D2" })).toBe("wb-1!D2");
    expect(rowId({ key: null, sheetName: "Analyse", address: "D2" })).toBe("Analyse!D2");
    // frozen again after the sheet was renamed: still the same block
    const first = stored("wb-1", "Analyse", "D2");
    expect(newRows([first], [{ ...first, sheetName: "Analyse 2021" }])).toEqual([]);
  });

  it("anchors every column and row of the block Excel is to move, also for two-letter columns", () => {
    expect(liveBlock("Blad 1", "AB12:AC130")).toBe("=ROWS('Blad 1'!$AB$12:$AC$130)");
  });

  it("reads an empty store as no rows", () => {
    expect(parseStore([])).toEqual([]);
  });

  it("skips rows without an address: a row a colleague cleared, or a number typed in column C", () => {
    const cells = [
      header,
      ["", "", "", "", "", "", "", ""],
      row("=IF(FALSE,WONINGBOUW.FIGURE(Analyse!B2))"),
      ["wb-1", "Analyse", 42, "", "", "", "", ""],
    ];
    expect(parseStore(cells).map((r) => r.address)).toEqual(["D2"]);
  });

  it("reads missing cells of a row as empty text, never as 'undefined' or 'null'", () => {
    const cells = [header, [null, null, "D2"]];
    expect(parseStore(cells)).toEqual([
      {
        key: null,
        sheetName: "",
        address: "D2",
        formula: "",
        spill: "",
        fingerprint: null,
        now: null,
        live: null,
      },
    ]);
  });

  it("keeps only a column H that is still the never-evaluated IF(FALSE,…) wrapper as the live formula", () => {
    const live = (h: unknown) => parseStore([header, row(h)])[0].live;
    expect(live("=IF(FALSE,WONINGBOUW.FIGURE(Analyse!B2))")).toBe("=WONINGBOUW.FIGURE(Analyse!B2)");
    for (const h of [
      "",
      5,
      null,
      "=WONINGBOUW.FIGURE(Analyse!B2)",
      "=IF(FALSE,WONINGBOUW.FIGURE(Analyse!B2))*2",
    ])
      expect(live(h)).toBeNull();
  });

  it("tracks a block only when the store has both columns G and H with G's header", () => {
    const fullRow = row("=IF(FALSE,WONINGBOUW.FIGURE(Analyse!B2))");
    expect(parseStore([header, fullRow])[0]).toMatchObject({
      fingerprint: "0a0b0c0d",
      now: { sheet: "Analyse", address: "D2" },
    });
    const untracked = { fingerprint: null, now: null, live: null };
    // column G holds something else, e.g. a colleague's notes
    const otherG = [...header.slice(0, 6), "Notities", header[7]];
    expect(parseStore([otherG, fullRow])[0]).toMatchObject(untracked);
    // column H is missing
    expect(parseStore([header.slice(0, 7), fullRow.slice(0, 7)])[0]).toMatchObject(untracked);
  });

  it("reads an empty fingerprint as none (such a block is never put back unasked)", () => {
    const cells = [
      header,
      ["wb-1", "Analyse", "D2", "WONINGBOUW.FIGURE(B2)", "", "", "=ROWS(Analyse!$D$2)", ""],
    ];
    expect(parseStore(cells)[0].fingerprint).toBeNull();
  });

  it("writes a legacy row's missing key and fingerprint, a deleted block and a missing live formula as Excel should keep them", () => {
    const legacy = stored(null, "Oud", "A1");
    expect(storeText([legacy], false)).toEqual([["", "Oud", "A1", legacy.formula, "", ""]]);
    expect(storeLive([legacy], EN, false)).toEqual([["", ""]]);
    const gone: StoredFormula = { ...tracked("wb-1", "Analyse", "D2"), now: "deleted", live: null };
    expect(storeLive([gone], EN, false)).toEqual([["=ROWS(#REF!)", ""]]);
    // and read back: still deleted, still without a live formula
    const cells = [...storeText([gone])].map((r, i) => [...r, ...storeLive([gone], EN)[i]]);
    expect(parseStore(cells)[0]).toMatchObject({
      now: "deleted",
      live: null,
      fingerprint: gone.fingerprint,
    });
  });

  it("makes keys of eight hex digits, also for a small random number", () => {
    expect(newFreezeKey(new Set(), () => 0)).toBe("wb-00000000");
    expect(newFreezeKey(new Set(), () => 0.001)).toBe("wb-00418937");
  });

  it("tracks a formula whose qualified form fits in 8,000 characters, and not a longer one", () => {
    const found = (formula: string) => ({ sheet: "Analyse", row: 1, col: 3, formula });
    // column H is "=IF(FALSE," + the formula without "=" + ")": ten characters more
    const formula = (n: number) => `=WONINGBOUW.FIGURE("${"x".repeat(n - 22)}")`;
    expect(formula(7990)).toHaveLength(7990);
    const fits = storedFormula(found(formula(7990)), "wb-1", "", [[1]], formula(7990));
    expect(fits.live).toBe(formula(7990));
    const long = storedFormula(found(formula(7991)), "wb-1", "", [[1]], formula(7991));
    expect(long.live).toBeNull();
  });
});

describe("deciding each block", () => {
  const row = tracked("wb-1", "Analyse", "D2");
  const found = restoreTarget(row, [sheet("Analyse", "wb-1")]);

  it("leaves a block whose sheet is gone where it is, and asks about a deleted one", () => {
    expect(decide(row, { kind: "sheetGone" }, null, undefined)).toEqual({ kind: "stay" });
    expect(decide(row, { kind: "deleted" }, null, undefined)).toEqual({
      kind: "conflict",
      conflict: {
        id: "wb-1!D2",
        reason: "deleted",
        sheet: "",
        address: "",
        formula: `=${row.formula}`,
        now: [],
      },
    });
  });

  it("does not put back unasked a cell that now holds a formula, even one with the frozen value", () => {
    expect(decide(row, found, [[0.9167]], undefined, true)).toMatchObject({
      kind: "conflict",
      conflict: { reason: "changed" },
    });
  });

  it("cannot check a tracked block without a fingerprint, so asks", () => {
    const bare = { ...row, fingerprint: null };
    const t = restoreTarget(bare, [sheet("Analyse", "wb-1")]);
    expect(t).toMatchObject({ kind: "found", checked: false });
    expect(decide(bare, t, [[0.9167]], undefined)).toMatchObject({
      kind: "conflict",
      conflict: { reason: "unchecked" },
    });
  });

  it("shows the user at most three rows of four cells of what a block holds now, or nothing when unread", () => {
    const big = [0, 1, 2, 3, 4].map((i) => [0, 1, 2, 3, 4, 5].map((j) => i * 10 + j));
    expect(decide(row, found, big, undefined)).toMatchObject({
      conflict: {
        now: [
          [0, 1, 2, 3],
          [10, 11, 12, 13],
          [20, 21, 22, 23],
        ],
      },
    });
    const unread = decide(row, found, null, undefined);
    expect(unread.kind === "conflict" && unread.conflict.now).toEqual([]);
  });
});

describe("the formula written back", () => {
  it("a legacy row: its stored formula in the session's language", () => {
    const old = stored(null, "Analyse", "D2");
    expect(restoredFormula(old, "Analyse", namesFor("nl-NL"))).toBe(
      '=WONINGBOUW.KENGETAL("wbi.t2.budget")'
    );
  });
});
