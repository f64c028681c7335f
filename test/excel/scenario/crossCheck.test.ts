/**
 * The scenario sheet evaluated by two engines, cell by cell: the project's evaluator
 * (test/support/formulaEval.ts, with the functions from source) and HyperFormula, an
 * independent, maintained spreadsheet engine (GPL-3.0-only devDependency, run here only; see
 * test/support/independentEngine.ts), with the functions from the built bundle. Every preset,
 * both input modes (reference tables in the workbook or not), both ways of writing (inserted
 * with the preset, or inserted and then the preset applied), clean and after an analyst's
 * hostile edits: a negative, text, cleared cells, deleted rows of the input block.
 */
import { FakeExcel } from "../../support/excelFake";
import { SheetEvaluator } from "../../support/formulaEval";
import { fromSource } from "../../support/functionsUnderTest";
import { IndependentEngine, shownFromEvaluator, type Shown } from "../../support/independentEngine";
import { insertScenario, applyPreset } from "../../../src/excel/scenario/writer";
import { PRESETS, type Preset } from "../../../src/excel/scenario/layout";
import { insertTables } from "../../../src/excel/tables/writer";
import { namesFor } from "../../../src/locale/functionNames";
import { sheetTables } from "../../../src/data/tables";
import { colName as columnLetter, parseAddress } from "../../support/excelFake";

const HELP = "https://localhost:3000/help/functions.html";
const NL = namesFor("nl-NL");
const SHEET = "WB Scenario";
/** The part of the sheet the add-in writes: A1:M45. */
const ROWS = 45;
const COLS = 13;
const fns = fromSource();

type Edit = {
  readonly name: string;
  /** values a user types ("" clears the cell) */
  readonly set?: ReadonlyArray<readonly [string, string | number]>;
  /** whole rows deleted: [first row, count] */
  readonly deleteRows?: readonly [number, number];
};

const EDITS: readonly Edit[] = [
  { name: "clean" },
  { name: "a negative withdrawal (C10 = -5)", set: [["C10", -5]] },
  { name: "text in demand growth (D12 = veel)", set: [["D12", "veel"]] },
  { name: "the last demand growth cleared (D20)", set: [["D20", ""]] },
  { name: "a production year cleared (B10)", set: [["B10", ""]] },
  { name: "the start shortage cleared (B22)", set: [["B22", ""]] },
  { name: "the norm cleared (F32)", set: [["F32", ""]] },
  // deleted rows come last and stack (HyperFormula's undo of a row deletion through an array
  // formula's area left that area blocked, #SPILL!, where a fresh engine computes)
  { name: "the 2034 row of the input block deleted", deleteRows: [20, 1] },
  { name: "rows 2022–2023 of the input block deleted as well", deleteRows: [8, 2] },
];

async function scenario(preset: Preset, tables: boolean, way: "insert" | "apply", lang = "nl-NL") {
  const xl = new FakeExcel({ displayLanguage: lang });
  const names = lang === "nl-NL" ? NL : namesFor(lang);
  if (tables) await insertTables(xl.context(), [...sheetTables()]);
  await insertScenario(xl.context(), way === "insert" ? preset : "brief", HELP, names);
  if (way === "apply") await applyPreset(xl.context(), preset, names);
  return xl;
}

/** The cells where the two engines differ. */
function differences(
  xl: FakeExcel,
  engine: IndependentEngine,
  label: string,
  totals: Count = zero()
): string[] {
  const ws = xl.sheet(SHEET);
  if (!ws) throw new Error("no sheet");
  const ev = new SheetEvaluator(xl, ws, fns.fns, fns.ErrorClass);
  const out: string[] = [];
  for (let r = 1; r <= ROWS; r++)
    for (let c = 0; c < COLS; c++) {
      const address = `${columnLetter(c)}${r}`;
      const ours = shownFromEvaluator(
        ev.value(address),
        (v) => ev.isError(v),
        (v) => ev.errorCode(v)
      );
      const theirs = engine.shown(SHEET, address);
      totals.compared++;
      if (ours.kind !== "blank" || theirs.kind !== "blank") totals.filled++;
      if (ours.kind === "error") totals.errors++;
      if (!same(ours, theirs))
        out.push(`${label}: ${address} ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
    }
  totals.sheets++;
  return out;
}

const same = (a: Shown, b: Shown): boolean => {
  if (a.kind !== b.kind) return false;
  if (a.kind === "number" && b.kind === "number")
    return Math.abs(a.v - b.v) <= 1e-9 * Math.max(1, Math.abs(a.v), Math.abs(b.v));
  return JSON.stringify(a) === JSON.stringify(b);
};

type Count = { sheets: number; compared: number; filled: number; errors: number };
const zero = (): Count => ({ sheets: 0, compared: 0, filled: 0, errors: 0 });
/** What was compared, clean sheets and sheets after a hostile edit apart. */
const counts = { clean: zero(), hostile: zero() };

describe("the scenario sheet, cross-checked by an independent engine (HyperFormula)", () => {
  // The two ways of writing (inserted with the preset, or the preset applied later) give the
  // same cells, values and formulas (the test below), so the engines compare one of them.
  const cases = [
    ...PRESETS.flatMap((preset) =>
      [false, true].map((tables) => [preset, tables, "insert", "nl-NL"] as const)
    ),
    // an English session writes the same sheet (all Dutch, formulas in the session's names)
    ["nodig2035", true, "insert", "en-US"] as const,
  ];
  it.each(cases)(
    "%s, reference tables %s, written by %s in %s: every cell agrees, clean and after each hostile edit",
    async (preset, tables, way, lang) => {
      const xl = await scenario(preset, tables, way, lang);
      const ws = xl.sheet(SHEET);
      if (!ws) throw new Error("no sheet");
      const engine = new IndependentEngine(xl, ws);
      const written = new Map(ws.cells);
      for (const edit of EDITS) {
        for (const [address, v] of edit.set ?? []) {
          const { r0, c0 } = parseAddress(address);
          ws.set(r0, c0, v);
          engine.set(SHEET, address, v);
        }
        if (edit.deleteRows) {
          engine.deleteRows(SHEET, ...edit.deleteRows);
          // the fake cannot delete rows: it takes the engine's moved formulas
          engine.copyInto(ws);
        }
        const totals = edit.set || edit.deleteRows ? counts.hostile : counts.clean;
        expect(differences(xl, engine, edit.name, totals)).toEqual([]);
        if (edit.deleteRows) continue; // they stack (above)
        // back to the sheet as written, in both
        ws.cells.clear();
        ws.spills.clear();
        for (const [key, cell] of written) ws.cells.set(key, cell);
        engine.undo(edit.set?.length ?? 0);
      }
    }
  );

  it.each(PRESETS.flatMap((p) => [[p, false] as const, [p, true] as const]))(
    "%s (reference tables %s): inserted with the preset or applied later, the same values and formulas",
    async (preset, tables) => {
      const cells = async (way: "insert" | "apply") =>
        [...((await scenario(preset, tables, way)).sheet(SHEET)?.cells ?? [])]
          .map(([key, c]) => [key, c.value, c.formula ?? null, c.format])
          .sort();
      expect(await cells("apply")).toEqual(await cells("insert"));
    }
  );

  it("sees a difference: a value typed into one engine only", async () => {
    const xl = await scenario("brief", false, "insert");
    const engine = new IndependentEngine(
      xl,
      xl.sheet(SHEET) as NonNullable<ReturnType<FakeExcel["sheet"]>>
    );
    engine.set(SHEET, "D20", "");
    const found = differences(xl, engine, "one-sided");
    expect(found).toContain('one-sided: D20 {"kind":"number","v":45400} ≠ {"kind":"blank"}');
    expect(found.some((d) => d.startsWith("one-sided: F6 "))).toBe(true);
  });

  afterAll(() => {
    // the counts the closing note reports
    for (const [kind, c] of Object.entries(counts))
      process.stdout.write(
        `cross-check, ${kind}: ${c.sheets} sheets, ${c.compared} cells compared, ${c.filled} not blank, ${c.errors} errors\n`
      );
  });
});
