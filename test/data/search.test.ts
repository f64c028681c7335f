/** Finding a figure the way an analyst types: ranking on a table of queries. */
import { buildIndex, canonicalNumbers, searchEntries } from "../../src/data/search";
import { dataset } from "../../src/data/dataset";

const index = buildIndex();
const first = (q: string) => index.search(q)[0]?.id;

describe("the figure search", () => {
  it.each([
    ["zh.plancapaciteit", "zh.plancapaciteit"], // an exact id first
    ["ZH.Plancapaciteit", "zh.plancapaciteit"],
    ["Zuid-Holland plancapaciteit", "zh.plancapaciteit"],
    ["plancapaciteit zuid holland", "zh.plancapaciteit"],
    ["187.000", "zh.plancapaciteit"], // Dutch notation
    ["187,000", "zh.plancapaciteit"], // English notation
    ["woningbouwimpuls tweede tranche budget", "wbi.t2.budget"],
    ["225 miljoen", "wbi.t2.budget"],
    ["Woningbouwimpuls second tranche budget", "wbi.t2.budget"],
    ["norm plancapaciteit 130%", "plancapaciteit.norm"],
    ["stikstof 2024", "stikstof.bouw_2024_2030"],
    ["Eemskanaalzone", "gron.eemskanaalzone"],
    ["Flevoland", "provincie.flevoland"],
    ["grondbeleid tweede kwartaal", "toezegging.grondbeleid"],
    ["plancapacitiet zuid-holand", "zh.plancapaciteit"], // typos
  ])("%j finds %s first", (query, id) => {
    expect(first(query)).toBe(id);
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

  it("indexes figures, provinces, areas and commitments", () => {
    const kinds = new Set(searchEntries().map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["area", "commitment", "figure", "province"]);
    expect(index.size).toBe(
      dataset.figures.length +
        dataset.provinces.length +
        dataset.areas.length +
        dataset.commitments.length
    );
  });

  it("reads numbers in Dutch and English notation", () => {
    expect(canonicalNumbers("1,5 miljard")).toBe("1500000000");
    expect(canonicalNumbers("225 million")).toBe("225000000");
    expect(canonicalNumbers("187.000 woningen")).toBe("187000 woningen");
  });

  it("returns nothing for nothing, and survives a pasted page", () => {
    expect(index.search("   ")).toEqual([]);
    expect(() => index.search("x".repeat(32767))).not.toThrow();
  });
});
