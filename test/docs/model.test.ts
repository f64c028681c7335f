/**
 * docs/model.md shows how the 2035 shortage moves with the net withdrawals L(t). Those figures
 * are the model's, not typed in: this test recomputes every row, in both languages.
 */
import fs from "fs";
import path from "path";
import { BASELINE, baselineInputs } from "../../src/data/baseline";
import { figureById } from "../../src/data/dataset";
import { productionNeeded, shortagePath } from "../../src/model/shortage";

const doc = fs.readFileSync(path.join(__dirname, "../../docs/model.md"), "utf8");

/** The model's answer for net withdrawals `l`: shortage and share in 2035 on the 845,000 path, production needed for 2%. */
function withWithdrawals(l: number): [number, number, number] {
  const row = shortagePath({ ...baselineInputs(BASELINE.letterPath), withdrawals: l }).find(
    (r) => r.year === 2035
  );
  if (!row) throw new Error("no 2035");
  const needed = productionNeeded(0.02, 2035, { ...baselineInputs(0), withdrawals: l });
  return [
    Math.round(row.shortage),
    Math.round(row.share * 10000) / 100,
    Math.round(needed / 10) * 10,
  ];
}

/** The sensitivity rows of one language's table: [L, shortage, share %, production needed]. */
function rows(thousands: string, decimal: string): number[][] {
  const num = (x: string) => Number(x.split(thousands).join("").replace(decimal, "."));
  const out: number[][] = [];
  const re = new RegExp(
    `^\\| (\\d{1,2}\\${thousands}000) \\| (\\d{3}\\${thousands}000) \\| (\\d\\${decimal}\\d\\d)% \\| (\\d{2}\\${thousands}\\d{3}) (?:per jaar|a year) \\|$`,
    "gm"
  );
  for (const m of doc.matchAll(re)) out.push([num(m[1]), num(m[2]), num(m[3]), num(m[4])]);
  return out;
}

describe("docs/model.md: how the 2035 shortage moves with the net withdrawals", () => {
  it.each([
    ["Dutch", ".", ","],
    ["English", ",", "."],
  ])("%s: every row of the table is the model's own result", (_lang, thousands, decimal) => {
    const table = rows(thousands, decimal);
    expect(table.map((r) => r[0])).toEqual([5000, 6000, 7000]);
    for (const [l, ...shown] of table) expect([l, ...shown]).toEqual([l, ...withWithdrawals(l)]);
  });

  it("states the step per 1,000 a year that the model gives, in both languages and in the data", () => {
    const step = withWithdrawals(7000)[0] - withWithdrawals(6000)[0];
    expect(doc).toContain(`met ${step.toLocaleString("nl-NL")} woningen`);
    expect(doc).toContain(`by ${step.toLocaleString("en-US")} homes`);
    for (const [file, words] of [
      ["functions.md", `shortage by ${step.toLocaleString("en-US")}`],
      ["functions.nl.md", `tekort in 2035 met ${step.toLocaleString("nl-NL")}`],
    ])
      expect(fs.readFileSync(path.join(__dirname, "../../docs", file), "utf8")).toContain(words);
    const l = figureById("param.onttrekking");
    expect(l?.value).toBe(6000);
    if (l?.source.kind !== "assumption") throw new Error("param.onttrekking is an assumption");
    expect(l.source.reasoning).toContain(`ongeveer ${step.toLocaleString("nl-NL")} woningen`);
  });
});
