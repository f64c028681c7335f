/**
 * The defaults the functions' help texts state (English JSDoc, Dutch translations, as Excel
 * shows them in the metadata) are the defaults the code uses, which come from the dataset.
 */
import fs from "fs";
import path from "path";
import { BASELINE, PLAN_CAPACITY_NORM } from "../../src/data/baseline";
import { trancheRecord } from "../../src/data/tranches";
import { END_YEAR } from "../../src/model/shortage";

const DIST = path.resolve(__dirname, "../../dist");
type Meta = {
  functions: Array<{ id: string; parameters: Array<{ name: string; description: string }> }>;
};
const load = (f: string) => JSON.parse(fs.readFileSync(path.join(DIST, f), "utf8")) as Meta;

/** The distinct values of a path, in order: 78,800 then 60,600 then 45,400. */
function steps(p: number | Float64Array): number[] {
  const values = typeof p === "number" ? [p] : Array.from(p);
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/** What each parameter's stated default must be, by its English name. */
const EXPECTED: Record<string, number[]> = {
  withdrawals: steps(BASELINE.withdrawals),
  start_shortage: [BASELINE.startShortage],
  start_stock: [BASELINE.startStock],
  demand_growth: steps(BASELINE.demandGrowth),
  norm: [PLAN_CAPACITY_NORM],
  target_year: [END_YEAR],
};

/** The numbers after "default"/"standaard" in a description, read in its language's notation. */
function statedDefaults(description: string, lang: "en" | "nl"): number[] {
  const after = description.split(lang === "en" ? /default/ : /standaard/)[1] ?? "";
  const numberRe =
    lang === "en" ? /\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g : /\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?/g;
  // year ranges such as (2020–24) label the values; they are not values
  const values = after
    .replace(/\(\d{4}–\d{2}\)/g, "")
    .replace(/\(de 130% uit de brief\)|\(the letter's 130%\)/g, "");
  return [...values.matchAll(numberRe)].map((m) =>
    Number(lang === "en" ? m[0].replace(/,/g, "") : m[0].replace(/\./g, "").replace(",", "."))
  );
}

describe.each([
  ["functions.json", "en"],
  ["functions.nl.json", "nl"],
] as const)("%s states the defaults the code uses", (file, lang) => {
  const english = load("functions.json");
  const meta = load(file);
  const rows = meta.functions.flatMap((fn, i) =>
    fn.parameters.map((p, j) => ({
      fn: fn.id,
      param: english.functions[i].parameters[j].name,
      description: p.description,
    }))
  );
  const stated = rows.filter((r) => r.param in EXPECTED);

  it("covers every parameter with a numeric default", () => {
    expect(new Set(stated.map((r) => r.param))).toEqual(new Set(Object.keys(EXPECTED)));
  });

  it.each(stated.map((r) => [`${r.fn}(${r.param})`, r] as const))("%s", (_name, r) => {
    expect(statedDefaults(r.description, lang)).toEqual(EXPECTED[r.param]);
  });

  it("TRANCHE_REMAINING's budget default is tranche 2's € 225 million incl. VAT from the data", () => {
    const budget = rows.find((r) => r.fn === "TRANCHE_REMAINING" && r.param === "budget");
    expect(trancheRecord(2).budget).toBe(225000000);
    expect(budget?.description).toMatch(
      lang === "en" ? /225 million incl\. VAT/ : /225 miljoen incl/
    );
  });
});
