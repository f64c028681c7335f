import fs from "fs";
import { dataset } from "../../src/data/dataset";
import { evaluateFormula, formulaInputs, type Interval } from "../support/formula";
import { figureById } from "../../src/data/dataset";
import { SEED_FILE, normalise, seedText } from "../support/seed";
import { containsNumber, dutchDate, dutchRenderings } from "../support/dutchNumbers";

const letterFigures = dataset.figures.filter((f) => f.source.kind === "letter");

describe("provenance: every figure is traceable", () => {
  it("the seed copy is byte-identical to the shared seed when that is present", () => {
    const shared = `${__dirname}/../../../shared/seeds/000_72c9efc37c06c4aa.txt`;
    if (!fs.existsSync(shared)) return;
    expect(fs.readFileSync(SEED_FILE).equals(fs.readFileSync(shared))).toBe(true);
  });

  it("covers the letter: at least 60 figures quote it", () => {
    expect(letterFigures.length).toBeGreaterThanOrEqual(60);
  });

  it.each(letterFigures.map((f) => [f.id, f] as const))(
    "%s: its quote and section stand in the letter",
    (_id, f) => {
      if (f.source.kind !== "letter") throw new Error("unreachable");
      const missing = [f.source.quote, f.source.section].filter(
        (q) => !seedText().includes(normalise(q))
      );
      expect(missing).toEqual([]);
    }
  );

  it.each(letterFigures.map((f) => [f.id, f] as const))(
    "%s: its number appears in its quote in Dutch notation",
    (_id, f) => {
      if (f.source.kind !== "letter") throw new Error("unreachable");
      const quote = normalise(f.source.quote);
      const numbers = [f.value, f.low, f.high].filter((v): v is number => typeof v === "number");
      for (const n of numbers) {
        const renderings = dutchRenderings(n, f.unit);
        expect(renderings.some((r) => containsNumber(quote, r))).toBe(true);
      }
      if (f.unit === "datum" && f.text) expect(quote).toContain(dutchDate(f.text));
    }
  );

  it("the qualifiers the letter uses are kept where they stand in the quote", () => {
    for (const f of letterFigures) {
      if (f.source.kind !== "letter" || !f.qualifier || f.qualifier === "~") continue;
      expect([f.id, normalise(f.source.quote).toLowerCase()]).toEqual([
        f.id,
        expect.stringContaining(f.qualifier.toLowerCase()),
      ]);
    }
  });

  it("province and area rows quote the letter", () => {
    for (const p of dataset.provinces) {
      expect([p.id, seedText().includes(normalise(p.quote))]).toEqual([p.id, true]);
      expect(normalise(p.quote)).toContain(p.name);
    }
    for (const a of dataset.areas) {
      expect([a.id, seedText().includes(normalise(a.quote))]).toEqual([a.id, true]);
      expect(normalise(a.quote)).toContain(a.area);
      expect(normalise(a.quote).includes(`${a.region}*`)).toBe(a.woondeal);
    }
  });

  const resolve = (id: string): Interval => {
    const f = figureById(id);
    if (!f) throw new Error(`formula refers to unknown figure ${id}`);
    if (typeof f.value === "number") return [f.value, f.value];
    if (f.low !== undefined && f.high !== undefined) return [f.low, f.high];
    throw new Error(`formula input ${id} has no number`);
  };
  const derived = dataset.figures.filter((f) => f.source.kind === "derived");

  it.each(derived.map((f) => [f.id, f] as const))(
    "%s: the derived figure recomputes from its inputs",
    (_id, f) => {
      if (f.source.kind !== "derived") throw new Error("unreachable");
      expect(formulaInputs(f.source.formula).length).toBeGreaterThan(0);
      const [lo, hi] = evaluateFormula(f.source.formula, resolve);
      if (typeof f.value === "number") {
        expect(lo).toBeCloseTo(hi, 9);
        expect(lo).toBeCloseTo(f.value, 6);
      } else {
        expect(lo).toBeCloseTo(f.low as number, 6);
        expect(hi).toBeCloseTo(f.high as number, 6);
      }
    }
  );

  it("the letter's rounding of 130% × need is recorded next to the exact figure", () => {
    const rounded = figureById("zh.plancapaciteit_nodig");
    const exact = figureById("zh.plancapaciteit_nodig_berekend");
    expect([rounded?.low, rounded?.high]).toEqual([260000, 300000]);
    expect([exact?.low, exact?.high]).toEqual([265200, 305500]);
  });

  it("external figures name a source with publisher and date, assumptions give reasoning", () => {
    for (const f of dataset.figures) {
      if (f.source.kind === "external") {
        const ext = f.source;
        const src = dataset.sources.find((s) => s.id === ext.sourceId);
        expect(src?.publisher).toBeTruthy();
        expect(src?.date).toMatch(/^\d{4}/);
      }
      if (f.source.kind === "assumption") expect(f.source.reasoning.length).toBeGreaterThan(40);
    }
  });
});
