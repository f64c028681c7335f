import { BASELINE, baselineInputs } from "../../src/data/baseline";
import { expandPath, productionNeeded, shortageIn, shortagePath } from "../../src/model/shortage";
import { ModelError } from "../../src/model/errors";

const share = (production: number | Float64Array, year: number) =>
  shortagePath(baselineInputs(production)).find((r) => r.year === year)?.share as number;

describe("the housing-shortage model: the spec's calibration checks", () => {
  it("has the spec's baseline", () => {
    expect(BASELINE.startShortage).toBe(331000);
    expect(BASELINE.startStock).toBe(7892000);
    expect(BASELINE.withdrawals).toBe(6000);
    expect(Array.from(BASELINE.demandGrowth)).toEqual([
      ...Array(5).fill(78800),
      ...Array(5).fill(60600),
      ...Array(5).fill(45400),
    ]);
    expect(Array.from(BASELINE.demandGrowth).reduce((a, b) => a + b)).toBe(924000);
    expect(Array.from(BASELINE.trendPath)).toEqual([
      65000,
      60000,
      65000,
      70000,
      ...Array(11).fill(75000),
    ]);
  });

  it("trend path: S(2025) = 420,000 (±0.5%), the letter's ABF figure", () => {
    const s = shortageIn(baselineInputs(BASELINE.trendPath), 2025);
    expect(Math.abs(s - 420000) / 420000).toBeLessThanOrEqual(0.005);
  });

  it("84,500 a year 2020–2029: share(2030) = 2.80% (±0.05 pp)", () => {
    expect(Math.abs(share(84500, 2030) - 0.028)).toBeLessThanOrEqual(0.0005);
  });

  it("84,500 a year to 2030, then 64,000: share(2035) = 2.01% (±0.05 pp), S(2035) = 180,000", () => {
    expect(Math.abs(share(BASELINE.letterPath, 2035) - 0.0201)).toBeLessThanOrEqual(0.0005);
    expect(shortageIn(baselineInputs(BASELINE.letterPath))).toBeCloseTo(180000, 6);
  });

  it("85,000 every year gives S(2035) = 70,000; 75,000 gives 220,000", () => {
    expect(shortageIn(baselineInputs(85000))).toBeCloseTo(70000, 6);
    expect(shortageIn(baselineInputs(75000))).toBeCloseTo(220000, 6);
  });

  it("required production for 2% in 2035 is 77,710 (±1) and for 2% in 2030 is 91,310 (±1)", () => {
    expect(Math.abs(productionNeeded(0.02, 2035, baselineInputs(0)) - 77710)).toBeLessThanOrEqual(
      1
    );
    expect(Math.abs(productionNeeded(0.02, 2030, baselineInputs(0)) - 91310)).toBeLessThanOrEqual(
      1
    );
  });

  it("the required production does reach the target share when fed back into the model", () => {
    for (const year of [2021, 2025, 2030, 2035]) {
      const p = productionNeeded(0.02, year, baselineInputs(0));
      expect(share(p, year)).toBeCloseTo(0.02, 9);
    }
  });

  it("documents the known deviation: the trend path gives 4.4% in 2030 (ABF's trend says 3.7%)", () => {
    expect(share(BASELINE.trendPath, 2030)).toBeCloseTo(0.044, 3);
  });

  it("the path has 16 rows 2020–2035 and stocks grow by production minus withdrawals", () => {
    const rows = shortagePath(baselineInputs(70000));
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(rows[1].stock - rows[0].stock).toBe(64000);
    expect(rows[0].share).toBeCloseTo(331000 / 7892000, 12);
  });

  it("expands 1 to 15 yearly values, the last repeating, and refuses more", () => {
    expect(expandPath([5], "p")).toBe(5);
    expect(Array.from(expandPath([1, 2], "p") as Float64Array)).toEqual([1, ...Array(14).fill(2)]);
    expect(() => expandPath(new Array(16).fill(1), "p")).toThrow(ModelError);
    expect(() => expandPath([], "p")).toThrow(ModelError);
  });

  it("refuses targets outside [0, 1) and years outside 2021–2035 with #VALUE! (a message the user sees)", () => {
    for (const [s, y] of [
      [1, 2035],
      [-0.01, 2035],
      [0.02, 2020],
      [0.02, 2036],
      [0.02, 2030.5],
    ]) {
      let kind = "none";
      try {
        productionNeeded(s, y, baselineInputs(0));
      } catch (e) {
        kind = (e as ModelError).kind;
      }
      expect(kind).toBe("value");
    }
  });
});
