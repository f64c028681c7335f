/**
 * No text becomes a formula. Excel reads a value that starts with =, + or - (and @) as a
 * formula (Range.values reference; src/data/cellText.ts); the fake refuses such a write into a
 * cell that is not formatted as text (test/support/excelFake.ts). Each path that writes text —
 * reference tables, scenario cells, figure inserts, prepare-for-sharing (its store and the
 * values it freezes) — is tried with texts of each kind and read back as text; the dataset's
 * schema refuses them at the source.
 */
import { FakeExcel } from "../support/excelFake";
import { dataset } from "../../src/data/dataset";
import { validateDataset, type Dataset } from "../../src/data/schema";
import { buildTables } from "../../src/data/tables";
import { readsAsFormula } from "../../src/data/cellText";
import { insertTables } from "../../src/excel/tables/writer";
import { insertScenario, writeCell } from "../../src/excel/scenario/writer";
import { insertIntoActiveCell } from "../../src/excel/insertFigure";
import { freezeFormulas, restoreFormulas, STORE_SHEET } from "../../src/excel/sharing/freeze";
import { namesFor } from "../../src/locale/functionNames";

const TEXTS = ["=1+1", "+31 6 12345678", "-5 %", "@SUM(A1)"];
const EN = namesFor("en-US");

/** Every cell of the workbook holding one of TEXTS: its value and formula. */
function cellsWith(xl: FakeExcel, text: string) {
  return xl.sheets.flatMap((s) =>
    [...s.cells.values()].filter((c) => c.value === text || c.formula?.includes(text))
  );
}

describe("the rule the fake holds writers to", () => {
  it.each(TEXTS)("writing %s through values into a General cell is refused", async (text) => {
    const xl = new FakeExcel({ displayLanguage: "en-US" });
    xl.addUserSheet("Blad1", [[""]]);
    const ctx = xl.context();
    expect(() => {
      ctx.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[text]];
    }).toThrow(/Excel would read it as a formula/);
  });

  it("all four read as formulas; ordinary text and a lone word do not", () => {
    expect(TEXTS.map(readsAsFormula)).toEqual([true, true, true, true]);
    expect(["Zuid-Holland", "2020-11", "n.v.t.", " =x", ""].map(readsAsFormula)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("the dataset refuses text Excel would read as a formula", () => {
  it.each(TEXTS)("a figure label %s fails validation, naming the field", (text) => {
    const data = structuredClone(dataset) as Dataset;
    (data.figures[0].label as { nl: string }).nl = text;
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join("\n")).toMatch(/label\.nl.*Excel reads as a formula/);
  });

  it("the shipped dataset has no such text", () => {
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

describe("every writer writes text as text", () => {
  it("reference tables: labels, notes, qualifiers and text in number columns stay text", async () => {
    // a dataset the schema would refuse, so the writer is proven on its own
    const data = structuredClone(dataset) as Dataset;
    const f = data.figures[0] as unknown as Record<string, unknown> & { label: { nl: string } };
    f.label.nl = TEXTS[0];
    f.note = TEXTS[1];
    f.qualifier = TEXTS[2];
    (data.provinces[0] as unknown as { note: string }).note = TEXTS[3];
    // and into the number columns (low, high, year), where only the writer can keep it text
    f.low = TEXTS[2];
    f.high = TEXTS[1];
    f.year = TEXTS[3];
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    await insertTables(xl.context(), buildTables(data));
    for (const text of TEXTS) {
      const cells = cellsWith(xl, text);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c).toMatchObject({ value: text, format: "@" });
      for (const c of cells) expect(c.formula).toBeUndefined();
    }
  });

  it("scenario cells: a text value stays text whatever format the plan gives", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US" });
    xl.addUserSheet("Blad1", [[""]]);
    const ctx = xl.context();
    const ws = ctx.workbook.worksheets.getItem("Blad1");
    TEXTS.forEach((text, i) =>
      writeCell(ws, { address: `A${i + 1}`, value: text, format: i ? "0" : undefined }, EN)
    );
    await ctx.sync();
    const sheet = xl.sheet("Blad1");
    expect(TEXTS.map((_, i) => sheet?.get(i, 0))).toEqual(
      TEXTS.map((text) => expect.objectContaining({ value: text, format: "@" }))
    );
    // and the real scenario sheet writes its labels so (the fake refuses anything else)
    await insertScenario(xl.context(), "trend", "https://example.invalid/help", EN);
  });

  it.each(TEXTS)("figure insert: the value %s lands in the active cell as text", async (text) => {
    const xl = new FakeExcel({ displayLanguage: "en-US" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    await insertIntoActiveCell(xl.context(), { kind: "value", value: text }, EN);
    expect(xl.sheet("Analyse")?.get(0, 0)).toMatchObject({ value: text, format: "@" });
    expect(xl.sheet("Analyse")?.get(0, 0).formula).toBeUndefined();
  });

  it("prepare for sharing: sheet names in the store and frozen text results stay text, and restore brings the formulas back", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US" });
    // sheets a user named like formulas, each with a WONINGBOUW formula whose result is such text
    for (const text of TEXTS) {
      const sheet = xl.addUserSheet(text, [[""]]);
      sheet.setFormula(0, 0, `=WONINGBOUW.FIGURE("wbi.t2.budget")&"${text.slice(1)}"`, text);
    }
    const report = await freezeFormulas(xl.context(), "workbook", EN);
    expect(report.frozen).toBe(4);
    for (const text of TEXTS) {
      const cell = xl.sheet(text)?.get(0, 0);
      expect(cell).toMatchObject({ value: text, format: "@" });
      expect(cell?.formula).toBeUndefined();
    }
    const store = xl.sheet(STORE_SHEET);
    const storeText = [...(store?.cells.values() ?? [])];
    for (const text of TEXTS)
      expect(storeText.some((c) => c.value === text && c.format === "@" && !c.formula)).toBe(true);

    const restored = await restoreFormulas(xl.context(), EN);
    expect(restored.restored).toBe(4);
    for (const text of TEXTS) {
      const cell = xl.sheet(text)?.get(0, 0);
      expect(cell?.formula).toMatch(/^=WONINGBOUW\.FIGURE\("wbi\.t2\.budget"\)&/);
      expect(cell?.format).toBe("General");
    }
  });
});
