/**
 * Sharing without loss: what a colleague does between "Prepare for sharing" and "Restore
 * formulas" (fakeColleague.ts, Excel's rules), in Dutch and English sessions. Restore puts each
 * formula back where its block is now, pointing at the same cells; a block whose cells no
 * longer hold what was frozen is left alone and listed; every batch is bounded, and a failure
 * at any sync leaves workbook and store as they were.
 */
import { FakeExcel, type SheetData } from "../../support/excelFake";
import { colleague } from "../../support/fakeColleague";
import { freezeFormulas, restoreFormulas, STORE_SHEET } from "../../../src/excel/sharing/freeze";
import { namesFor } from "../../../src/locale/functionNames";
import type { FunctionNames } from "../../../src/locale/functionNames";

const LANGS: Array<[string, FunctionNames]> = [
  ["nl-NL", namesFor("nl-NL")],
  ["en-US", namesFor("en-US")],
];

/** The add-in's formulas, typed in the session's names, beside the user's own cells. */
function workbook(lang: string) {
  const xl = new FakeExcel({ displayLanguage: lang });
  const n = namesFor(lang);
  const a = xl.addUserSheet("Analyse", [
    ["Provincie", "Plancapaciteit", "Opgave", "Ratio"],
    ["Zuid-Holland", 187000, 204000, ""],
    ["Utrecht", 90000, 100000, ""],
  ]);
  a.setFormula(1, 3, `=WONINGBOUW.${n.PLANCAPACITY_RATIO}(B2,C2)`, 0.9167);
  a.setFormula(2, 3, `=WONINGBOUW.${n.PLANCAPACITY_RATIO}(B3,C3)`, 0.9);
  a.setFormula(3, 1, "=SUM(B2:B3)", 277000);
  a.setFormula(5, 5, `=WONINGBOUW.${n.SHORTAGE_PATH}(B2)`, "jaar", [
    ["jaar", "tekort"],
    [2020, 331000],
    [2021, 340000],
  ]);
  return { xl, a, c: colleague(xl), names: n };
}

/**
 * Every sheet's cells (formula or value) and custom properties, the sheets in order. The cells
 * a live formula spills into are Excel's to compute again once the formula is back (the fake
 * does not calculate): they are left out, as the spill ranges of `spills` say.
 */
function state(xl: FakeExcel, spills = spillCells(xl)) {
  return xl.sheets.map((s: SheetData) => ({
    name: s.name,
    visibility: s.visibility,
    props: [...s.props.entries()].sort(),
    cells: [...s.cells.entries()]
      .filter(([k, c]) => (c.value !== "" || c.formula) && !spills.has(`${s.name}!${k}`))
      .map(([k, c]) => [k, c.formula ?? null, c.formula ? null : c.value])
      .sort(),
  }));
}
function spillCells(xl: FakeExcel): Set<string> {
  const out = new Set<string>();
  for (const s of xl.sheets)
    for (const b of s.spills.values())
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++)
          if (r !== b.r0 || c !== b.c0) out.add(`${s.name}!${r},${c}`);
  return out;
}

describe.each(LANGS)("sharing without loss, in a %s session", (lang, names) => {
  const ratio = (args: string) => `=WONINGBOUW.${names.PLANCAPACITY_RATIO}(${args})`;
  const path = (args: string) => `=WONINGBOUW.${names.SHORTAGE_PATH}(${args})`;

  it("a row inserted above: every formula goes back one row down, pointing at the same cells", async () => {
    const { xl, a, c } = workbook(lang);
    await freezeFormulas(xl.context(), "workbook", names);
    c.insert("Analyse", "1:1", "Down");
    const r = await restoreFormulas(xl.context(), names);
    expect(r).toMatchObject({ restored: 3, conflicts: [] });
    expect(a.formulaOf(2, 3)).toBe(ratio("B3,C3"));
    expect(a.formulaOf(3, 3)).toBe(ratio("B4,C4"));
    expect(a.formulaOf(6, 5)).toBe(path("B3"));
    expect(a.get(7, 5).value).toBe(""); // the frozen spill cleared so it can spill again
    expect(a.formulaOf(4, 1)).toBe("=SUM(B3:B4)"); // the user's own formula, moved by Excel
    expect(xl.sheet(STORE_SHEET)).toBeUndefined();
  });

  it("a column inserted to the left and a row deleted above; the sheet renamed and moved", async () => {
    const { xl, a, c } = workbook(lang);
    xl.addUserSheet("Voorblad", [["titel"]]);
    await freezeFormulas(xl.context(), "workbook", names);
    c.insert("Analyse", "A:A", "Right");
    c.delete("Analyse", "5:5", "Up");
    c.rename("Analyse", "Analyse 2021");
    c.move("Analyse 2021", 1);
    const r = await restoreFormulas(xl.context(), names);
    expect(r).toMatchObject({ restored: 3, conflicts: [], missing: [] });
    expect(a.formulaOf(1, 4)).toBe(ratio("C2,D2"));
    expect(a.formulaOf(4, 6)).toBe(path("C2"));
    expect(a.get(1, 3).value).toBe(204000); // the user's need, moved right by Excel, untouched
  });

  it("a note typed over a frozen cell is kept and listed; the others come back; the store keeps what is undecided", async () => {
    const { xl, a, c } = workbook(lang);
    await freezeFormulas(xl.context(), "workbook", names);
    c.type("Analyse", "D2", "zie notitie");
    const r = await restoreFormulas(xl.context(), names);
    expect(r.restored).toBe(2);
    expect(r.conflicts).toEqual([
      {
        id: expect.any(String),
        reason: "changed",
        sheet: "Analyse",
        address: "D2",
        formula: "=WONINGBOUW.PLANCAPACITY_RATIO(B2,C2)",
        now: [["zie notitie"]],
      },
    ]);
    expect(a.get(1, 3).value).toBe("zie notitie");
    expect(a.formulaOf(2, 3)).toBe(ratio("B3,C3"));
    expect(xl.sheet(STORE_SHEET)?.visibility).toBe("VeryHidden");
    // restoring again lists it again and touches nothing
    const again = await restoreFormulas(xl.context(), names);
    expect(again).toMatchObject({ restored: 0, conflicts: [{ address: "D2" }] });
    // the user keeps the note: the store goes, the note stays
    const kept = await restoreFormulas(xl.context(), names, {
      choices: new Map([[r.conflicts[0].id, "keep"]]),
    });
    expect(kept).toMatchObject({ restored: 0, conflicts: [] });
    expect(a.get(1, 3).value).toBe("zie notitie");
    expect(xl.sheet(STORE_SHEET)).toBeUndefined();
  });

  it("put back anyway: the user's choice writes the formula over what is there", async () => {
    const { xl, a, c } = workbook(lang);
    await freezeFormulas(xl.context(), "workbook", names);
    c.type("Analyse", "G7", 1); // inside the frozen spill block
    const r = await restoreFormulas(xl.context(), names);
    expect(r.conflicts.map((x) => [x.address, x.reason])).toEqual([["F6:G8", "changed"]]);
    expect(a.get(6, 6).value).toBe(1);
    const put = await restoreFormulas(xl.context(), names, {
      choices: new Map([[r.conflicts[0].id, "restore"]]),
    });
    expect(put).toMatchObject({ restored: 1, conflicts: [] });
    expect(a.formulaOf(5, 5)).toBe(path("B2"));
    expect(a.get(6, 6).value).toBe("");
  });

  it("cleared, sorted, partly deleted or wholly deleted blocks are left alone and listed", async () => {
    const { xl, a, c } = workbook(lang);
    await freezeFormulas(xl.context(), "workbook", names);
    c.sort("Analyse", "A2:D3", 1); // Utrecht before Zuid-Holland: D2 and D3 swap
    // part of the spill block: G8 deleted, shifting column G up (a reference to F6:G8 reaches
    // beyond the shifted column, so Excel leaves it; the cells no longer hold what was frozen)
    c.delete("Analyse", "G8", "Up");
    const r = await restoreFormulas(xl.context(), names);
    expect(r.restored).toBe(0);
    expect(r.conflicts.map((x) => [x.address, x.reason]).sort()).toEqual([
      ["D2", "changed"],
      ["D3", "changed"],
      ["F6:G8", "changed"],
    ]);
    expect(a.get(1, 0).value).toBe("Utrecht");
    const { xl: xl2, a: a2, c: c2 } = workbook(lang);
    await freezeFormulas(xl2.context(), "workbook", names);
    c2.clear("Analyse", "D2");
    c2.delete("Analyse", "6:8", "Up");
    const r2 = await restoreFormulas(xl2.context(), names);
    expect(r2.conflicts.map((x) => [x.address, x.reason]).sort()).toEqual([
      ["", "deleted"],
      ["D2", "changed"],
    ]);
    expect(a2.formulaOf(2, 3)).toBe(ratio("B3,C3"));
    expect(a2.get(1, 3).value).toBe("");
  });

  it("restores only the selection when asked; freezing a selection and then the workbook composes", async () => {
    const { xl, a } = workbook(lang);
    xl.activeSheet = "Analyse";
    xl.selection = { sheet: "Analyse", address: "D2" };
    expect(await freezeFormulas(xl.context(), "selection", names)).toMatchObject({ frozen: 1 });
    expect(await freezeFormulas(xl.context(), "workbook", names)).toMatchObject({ frozen: 2 });
    xl.saveAndReopen(); // a colleague opens it and freezes nothing more
    xl.activeSheet = "Analyse";
    xl.selection = { sheet: "Analyse", address: "D:D" };
    const part = await restoreFormulas(xl.context(), names, { scope: "selection" });
    expect(part).toMatchObject({ restored: 2, conflicts: [] });
    expect(a.formulaOf(1, 3)).toBe(ratio("B2,C2"));
    expect(a.get(5, 5).formula).toBeUndefined(); // outside the selection: still frozen
    expect(xl.sheet(STORE_SHEET)).toBeDefined();
    expect(await restoreFormulas(xl.context(), names)).toMatchObject({ restored: 1 });
    expect(a.formulaOf(5, 5)).toBe(path("B2"));
    expect(xl.sheet(STORE_SHEET)).toBeUndefined();
  });

  it("a failure at any sync of freeze or restore leaves the workbook and the store as they were", async () => {
    // freeze: count its syncs, then fail each in turn
    const probe = workbook(lang);
    const before = probe.xl.batches.length;
    await freezeFormulas(probe.xl.context(), "workbook", names);
    const freezeSyncs = probe.xl.batches.length - before;
    for (let n = 1; n <= freezeSyncs; n++) {
      const { xl } = workbook(lang);
      const spills = spillCells(xl);
      const was = state(xl, spills);
      xl.failOnSync(n);
      await expect(freezeFormulas(xl.context(), "workbook", names)).rejects.toThrow();
      expect([n, state(xl, spills)]).toEqual([n, was]);
    }
    // restore, after a colleague's edit
    const start = () => {
      const w = workbook(lang);
      return freezeFormulas(w.xl.context(), "workbook", names).then(() => {
        w.c.insert("Analyse", "1:1", "Down");
        return w;
      });
    };
    const p2 = await start();
    const b2 = p2.xl.batches.length;
    await restoreFormulas(p2.xl.context(), names);
    const restoreSyncs = p2.xl.batches.length - b2;
    expect(restoreSyncs).toBeGreaterThanOrEqual(3);
    for (let n = 1; n <= restoreSyncs; n++) {
      const { xl } = await start();
      const was = state(xl);
      xl.failOnSync(n);
      await expect(restoreFormulas(xl.context(), names)).rejects.toThrow();
      expect([n, state(xl)]).toEqual([n, was]);
    }
  });
});

describe("bounded batches", () => {
  it("freeze and restore (a selection, then the rest) of 30,000 formulas: every request under 4 MB and 5,000,000 cells", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US", profile: "web" });
    const s = xl.addUserSheet("Groot");
    for (let r = 0; r < 30000; r++) {
      s.set(r, 0, 1000 + r);
      s.setFormula(r, 1, `=WONINGBOUW.PLANCAPACITY_RATIO(A${r + 1},1000)`, 1 + r / 1000);
    }
    const names = namesFor("en-US");
    const before = xl.batches.length;
    expect(await freezeFormulas(xl.context(), "workbook", names)).toMatchObject({ frozen: 30000 });
    colleague(xl).insert("Groot", "1:2", "Down");
    // a selection first: the store keeps 29,990 rows, rewritten in bounded batches
    xl.activeSheet = "Groot";
    xl.selection = { sheet: "Groot", address: "B3:B12" };
    expect(await restoreFormulas(xl.context(), names, { scope: "selection" })).toMatchObject({
      restored: 10,
    });
    expect(await restoreFormulas(xl.context(), names)).toMatchObject({ restored: 29990 });
    const batches = xl.batches.slice(before);
    expect(Math.max(...batches.map((b) => b.bytes))).toBeLessThan(4 * 1024 * 1024);
    expect(Math.max(...batches.map((b) => b.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(batches.filter((b) => b.bytes > 3 * 1024 * 1024).length).toBeGreaterThan(0);
    expect(s.formulaOf(30001, 1)).toBe("=WONINGBOUW.PLANCAPACITY_RATIO(A30002,1000)");
  });
});
