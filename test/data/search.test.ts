/** Finding a figure the way an analyst types: ranking on a table of realistic queries. */
import fs from "fs";
import path from "path";
import { buildIndex, parseAmount, passageEntries, searchEntries } from "../../src/data/search";
import { dataset } from "../../src/data/dataset";
import { normalise } from "../../src/data/vocabulary";
import { projectRoot } from "../support/projectRoot";

const ROOT = projectRoot();

const letter = fs.readFileSync(path.join(ROOT, "seeds/kamerbrief-woningbouw-2020.txt"), "utf8");
const index = buildIndex();
index.add(passageEntries(letter));
const first = (q: string) => index.find(q).hits[0];

/** What an analyst types, and the figure that must come first as what was asked for. */
const FIRST: Array<[string, string]> = [
  ["zh.plancapaciteit", "zh.plancapaciteit"], // an exact id first
  ["ZH.Plancapaciteit", "zh.plancapaciteit"],
  ["Zuid-Holland plancapaciteit", "zh.plancapaciteit"],
  ["plancapaciteit zuid holland", "zh.plancapaciteit"],
  ["plan capacity South Holland", "zh.plancapaciteit"], // English and the English place name
  ["hoeveel plancapaciteit heeft Zuid-Holland?", "zh.plancapaciteit"], // a question
  ["plancapacitiet zuid-holand", "zh.plancapaciteit"], // typos
  ["187.000", "zh.plancapaciteit"], // Dutch notation
  ["187,000", "zh.plancapaciteit"], // English notation
  ["187000 woningen", "zh.plancapaciteit"],
  ["woningbouwimpuls tweede tranche budget", "wbi.t2.budget"],
  ["Woningbouwimpuls second tranche budget", "wbi.t2.budget"],
  ["tranche 2 budget", "wbi.t2.budget"],
  ["225 miljoen", "wbi.t2.budget"],
  ["€ 225 mln", "wbi.t2.budget"],
  ["225 million", "wbi.t2.budget"],
  ["€225,000,000", "wbi.t2.budget"],
  ["2%", "tekort.doel_2035"], // a percentage is a share, not 2 of anything
  ["0,02", "tekort.doel_2035"],
  ["130%", "plancapaciteit.norm"],
  ["norm plancapaciteit 130%", "plancapaciteit.norm"],
  ["84.000", "productie.2019"],
  ["productie 2019", "productie.2019"],
  ["average production 2016", "productie.gemiddeld_2016_2019"],
  ["420.000", "tekort.2025_abf"], // the letter's figure before the model's calibration point
  ["1 miljard stikstof", "stikstof.totaal"], // the total before its sum of parts
  ["12.500 transformaties", "productie.transformaties_2019"],
  ["stikstof 2024", "stikstof.bouw_2024_2030"],
  ["nitrogen 2024", "stikstof.bouw_2024_2030"],
  ["Eemskanaalzone", "gron.eemskanaalzone"],
  ["Flevoland", "provincie.flevoland"],
  ["Friesland", "provincie.friesland"],
  ["Fryslân", "provincie.friesland"], // the official name
  ["Den Haag", "zr.den_haag_cid"],
  ["'s-Gravenhage", "zr.den_haag_cid"],
  ["grondbeleid tweede kwartaal", "toezegging.grondbeleid"],
  ["Utrecht ambitie 2030", "ut.ambitie_2030"],
  // the figures since the letter (dataset 1.3), in both languages, the letter's own first
  ["woningtekort 2024", "sinds.tekort.2024"],
  ["housing shortage 2023", "sinds.tekort.2023"],
  ["Primos 2022", "sinds.tekort.2022"],
  ["nieuwbouw 2022", "sinds.nieuwbouw.2022"],
  ["new build 2023", "sinds.nieuwbouw.2023"],
  ["gerealiseerde productie 2022", "sinds.nieuwbouw.2022"],
  ["homes added 2024", "sinds.toevoeging.2024"],
  ["plancapaciteit 2025", "sinds.plancapaciteit.2025"],
  ["100.000 per jaar", "sinds.doel.per_jaar"],
  ["sociale huur 250.000", "sinds.doel.sociale_huur"],
  ["woningtekort", "param.tekort_2020"],
  ["Gelderland investering", "ge.investering"],
  ["Noord-Holland plancapaciteit 2050", "nh.plancapaciteit_2050"],
  ["woondeals", "woondeals.aantal"],
  ["flexwonen gerealiseerd 2018", "flexwonen.gerealiseerd_2018"],
  ["ouderen geclusterd 2030", "ouderen.geclusterd_2030"],
  ["housing shortage 2035", "tekort.doel_2035"],
  ["woningtekort 2035", "tekort.doel_2035"],
  ["huishoudensgroei", "param.huishoudensgroei_2020_2035"],
  // no place named: the country's figure, not a province's
  ["hoeveel woningen per jaar bouwen", "productie.gemiddeld_2016_2019"],
  ["how many homes are built per year", "productie.gemiddeld_2016_2019"],
  ["zuid holand woningen per jaar", "zh.ambitie_per_jaar"], // a place, typed with a typo
  // no year asked: the shortage the letter found before a forecast or target
  ["housing shortage", "param.tekort_2020"],
  ["woningtekort", "param.tekort_2020"],
  ["housing deficit", "param.tekort_2020"],
  ["woningtekort 2025", "tekort.2025_abf"],
  // no "when" asked: the figure before a date about it
  ["tranche 2", "wbi.t2.budget"],
  ["wanneer tranche 2", "wbi.t2.toekenning"],
];

/** What an analyst types that no figure holds exactly: the pane must say so, never guess. */
const NO_EXACT: string[] = [
  "845.000", // the letter's path to 2030 names it; no figure has the value
  "1,5 miljard",
  "1.5 billion",
  "75%",
  "999.999",
  "qqxzv plancapaciteit rotterdam zz",
];

describe("the figure search", () => {
  it(`puts what was asked for first, for ${FIRST.length} realistic queries`, () => {
    const got = FIRST.map(([q]) => [q, first(q)?.entry.id, first(q)?.match]);
    expect(got).toEqual(FIRST.map(([q, id]) => [q, id, expect.stringMatching(/^(exact|words)$/)]));
  });

  it.each(NO_EXACT)("%j: nothing is presented as an exact match", (q) => {
    const hits = index.find(q).hits;
    expect(hits.filter((h) => h.match === "exact" || h.match === "words")).toEqual([]);
  });

  it("marks near values as near, and never puts a near miss before an exact value", () => {
    const answer = index.find("845.000");
    expect(answer.amount?.value).toBe(845000);
    // the 845,000 path is named in the letter's words: "names", not "equals"
    expect(answer.hits[0]).toMatchObject({ match: "mention" });
    expect(answer.hits.map((h) => h.entry.id)).not.toContain("productie.2019");
    for (const q of ["187.000", "225 miljoen", "2%", "130%", "84.000"]) {
      const matches = index.find(q).hits.map((h) => h.match);
      const firstOther = matches.findIndex((m) => m !== "exact");
      expect([q, matches[0]]).toEqual([q, "exact"]);
      if (firstOther >= 0) expect(matches.slice(firstOther)).not.toContain("exact");
    }
    // a percentage never matches 75.000 homes
    expect(index.find("75%").hits.every((h) => h.entry.unit === "fractie")).toBe(true);
  });

  it("reads amounts in Dutch and English notation, and leaves years and small counts as words", () => {
    expect(parseAmount("1,5 miljard").amount?.value).toBe(1.5e9);
    expect(parseAmount("1.5 billion").amount?.value).toBe(1.5e9);
    expect(parseAmount("€ 225 mln").amount?.value).toBe(225e6);
    expect(parseAmount("1.234,5").amount?.value).toBe(1234.5);
    expect(parseAmount("2%").amount).toMatchObject({ value: 0.02, percent: true });
    expect(parseAmount("stikstof 2024").amount).toBeNull();
    expect(parseAmount("tranche 2").amount).toBeNull();
  });

  it("every word of the letter reaches a figure, a commitment or the letter's own passage", () => {
    const words = new Set(
      normalise(letter)
        .split(" ")
        .filter((w) => w.length > 3 && !/^\d+$/.test(w))
    );
    const missing = [...words].filter((w) => index.find(w).hits.length === 0);
    expect(missing).toEqual([]);
    // words the letter uses that no figure holds: the passage, with its section
    for (const w of ["starters", "verhuurderheffing"]) {
      const hit = first(w);
      expect([w, hit?.entry.kind]).toEqual([w, "passage"]);
      expect(hit?.entry.text.toLowerCase()).toContain(w);
      expect(hit?.entry.where).not.toBe("");
    }
  });

  it("finds every figure by its own Dutch label, and by its English one", () => {
    for (const f of dataset.figures) {
      expect([
        f.id,
        index
          .search(f.label.nl)
          .slice(0, 5)
          .map((e) => e.id),
      ]).toEqual([f.id, expect.arrayContaining([f.id])]);
    }
  });

  it("indexes figures, provinces, areas and commitments, and the letter's passages when added", () => {
    const kinds = new Set(searchEntries().map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["area", "commitment", "figure", "province"]);
    expect(buildIndex().size).toBe(
      dataset.figures.length +
        dataset.provinces.length +
        dataset.areas.length +
        dataset.commitments.length
    );
    expect(index.size).toBeGreaterThan(buildIndex().size + 40);
  });

  it("returns nothing for nothing, and survives a pasted page", () => {
    expect(index.search("   ")).toEqual([]);
    expect(() => index.search("x".repeat(32767))).not.toThrow();
  });
});
