/**
 * How the search matches and ranks, proved on small indexes of made-up entries so that each
 * test shows one rule: how terms are read, which place names a typo still names, which words ask
 * for what, how an amount is matched (exact, mentioned, near), the MiniSearch options (fields,
 * boosts, typos, prefixes), and the exact-id path of `find`. Every index is built inside its
 * test (a mutation run attributes code only to the test that runs it).
 */
import {
  asked,
  buildIndex,
  namesPlace,
  rulesBroken,
  type SearchEntry,
} from "../../src/data/search";

/** An entry with nothing in it but what a test gives it. */
function entry(id: string, over: Partial<SearchEntry> = {}): SearchEntry {
  return {
    id,
    kind: "figure",
    label: "",
    labelEn: "",
    where: "",
    place: "",
    numbers: "",
    text: "",
    values: [],
    mentions: [],
    rank: 1,
    ...over,
  };
}

const ids = (hits: readonly { entry: SearchEntry }[]) => hits.map((h) => h.entry.id);

describe("how the search reads terms", () => {
  it("finds an accented word by its plain spelling, wherever the accent stands", () => {
    const index = buildIndex([
      entry("wijn", { text: "rosé" }),
      entry("vaart", { text: "élan" }),
      entry("klinker", { text: "ééé" }),
    ]);
    // four letters or fewer: no typo tolerance helps, only the accent-free index term
    expect(ids(index.find("rose").hits)).toEqual(["wijn"]);
    expect(ids(index.find("elan").hits)).toEqual(["vaart"]);
    expect(ids(index.find("eee").hits)).toEqual(["klinker"]);
  });

  it("finds a capitalised word by its lower case", () => {
    const index = buildIndex([entry("a", { text: "Bouwstroom" })]);
    expect(ids(index.find("bouwstroom").hits)).toEqual(["a"]);
  });

  it("indexes no sign on its own: a lone € finds nothing", () => {
    const index = buildIndex([entry("budget", { text: "€ 225 miljoen" })]);
    expect(index.find("€").hits).toEqual([]);
    expect(ids(index.find("miljoen").hits)).toEqual(["budget"]);
  });

  it("leaves question words and single letters out of a question", () => {
    const index = buildIndex([entry("a", { text: "plancapaciteit" })]);
    expect(index.find("hoeveel plancapaciteit").hits).toEqual([
      { entry: expect.objectContaining({ id: "a" }), match: "words" },
    ]);
    expect(index.find("q plancapaciteit").hits).toEqual([
      { entry: expect.objectContaining({ id: "a" }), match: "words" },
    ]);
  });

  it("searches a query of only a letter or question words for those words themselves", () => {
    const index = buildIndex([
      entry("scenario", { text: "scenario B" }),
      entry("voor", { text: "wat voor woningen" }),
    ]);
    expect(ids(index.find("B").hits)).toEqual(["scenario"]);
    expect(ids(index.find("wat voor").hits)).toEqual(["voor"]);
  });
});

describe("which place a query names", () => {
  it("names a place typed with one letter changed, added or dropped", () => {
    expect(namesPlace("zuid hoiland")).toBe(true); // changed
    expect(namesPlace("zuid hollland")).toBe(true); // added
    expect(namesPlace("zuid holand")).toBe(true); // dropped
    expect(namesPlace("zuid hollanx")).toBe(true); // the last one changed
    expect(namesPlace("eindhoven knoep xl")).toBe(true); // five letters are enough for a typo
  });

  it("does not name a place from two typos, from a typo in a short word, or from half its name", () => {
    expect(namesPlace("zuid hoilanx")).toBe(false);
    expect(namesPlace("zuid hollandse")).toBe(false); // two letters added
    expect(namesPlace("zuid hoand")).toBe(false); // two letters dropped
    expect(namesPlace("zuid holladn")).toBe(false); // two swapped letters are two changes
    expect(namesPlace("zuld holland")).toBe(false); // "zuid" has four letters: only as typed
    expect(namesPlace("zuid")).toBe(false);
  });
});

describe("what a query asks for", () => {
  it("asks for what happened after the letter with a word such as since or gerealiseerd", () => {
    expect(asked("productie sinds de brief").later).toBe(true);
    expect(asked("gerealiseerde productie").later).toBe(true);
    expect(asked("productie").later).toBe(false);
  });

  it("takes an entry's own English label, typed, as what was asked for", () => {
    const regional = entry("r", {
      label: "Plancapaciteit regio",
      labelEn: "Regional plan capacity",
      regions: ["utrecht"],
    });
    expect(rulesBroken(regional, asked("regional plan capacity"))).toBe(0);
    expect(rulesBroken(regional, asked("plancapaciteit regio"))).toBe(0);
    expect(rulesBroken(regional, asked("plan capacity"))).toBe(1);
  });
});

describe("matching an amount", () => {
  const counts = () =>
    buildIndex([
      entry("exact.rank3", { values: [100000], rank: 3, text: "sloop" }),
      entry("exact.rank1", { values: [100000], rank: 1 }),
      entry("exact.rank2", { values: [100000], rank: 2, text: "bouw" }),
      entry("mention.rank2", { mentions: [100000], rank: 2 }),
      entry("mention.rank1", { mentions: [100000], rank: 1 }),
      entry("far", { values: [150000] }),
      entry("near.110", { values: [110000] }),
      entry("near.120", { values: [120000] }),
      entry("near.95.rank3", { values: [95000], rank: 3 }),
      entry("near.85", { values: [85000] }),
      entry("near.range", { values: [120000, 97000, 130000] }), // its closest value counts
      entry("near.95.rank1", { values: [95000], rank: 1 }),
    ]);

  it("puts the exact values first, then the mentions, each by rank, then the five nearest", () => {
    const { hits, amount } = counts().find("100.000");
    expect(amount).toMatchObject({ value: 100000, percent: false });
    expect(hits.map((h) => [h.entry.id, h.match])).toEqual([
      ["exact.rank1", "exact"],
      ["exact.rank2", "exact"],
      ["exact.rank3", "exact"],
      ["mention.rank1", "mention"],
      ["mention.rank2", "mention"],
      ["near.range", "near"], // 97.000 is its closest value, though 120.000 is near too
      ["near.95.rank1", "near"], // a twentieth off, the better rank first
      ["near.95.rank3", "near"],
      ["near.110", "near"],
      ["near.85", "near"],
    ]); // and not near.120 (the sixth near one), nor 150.000
  });

  it("counts as near from a fifth below to a quarter above, and no zero", () => {
    const index = buildIndex([
      entry("fifth.below", { values: [80000] }),
      entry("quarter.above", { values: [125000] }),
      entry("below", { values: [79000] }),
      entry("above", { values: [126000] }),
      entry("zero", { values: [0] }),
    ]);
    const near = index.find("100.000").hits.filter((h) => h.match === "near");
    expect(ids(near).sort()).toEqual(["fifth.below", "quarter.above"]);
    expect(
      buildIndex([entry("zero", { values: [0] })])
        .find("0,0")
        .hits.map((h) => h.match)
    ).toEqual(["exact"]);
  });

  it("orders the exact values by the query's other words before their rank", () => {
    expect(ids(counts().find("100.000 bouw").hits).slice(0, 3)).toEqual([
      "exact.rank2",
      "exact.rank1",
      "exact.rank3",
    ]);
    expect(ids(counts().find("sloop 100.000").hits).slice(0, 3)).toEqual([
      "exact.rank3",
      "exact.rank1",
      "exact.rank2",
    ]);
  });

  it("matches a percentage only with shares, and a count only with counts", () => {
    const index = buildIndex([
      entry("aandeel", { values: [0.1], unit: "fractie" }),
      entry("aandeel.bijna", { values: [0.11], unit: "fractie" }),
      entry("bedrag", { values: [0.1], unit: "euro" }),
      entry("bedrag.bijna", { values: [0.11], unit: "euro" }),
      entry("woningen", { values: [1100], unit: "woningen" }),
      entry("aandeel.1100", { values: [1100], unit: "fractie" }),
    ]);
    expect(index.find("10%").hits.map((h) => [h.entry.id, h.match])).toEqual([
      ["aandeel", "exact"],
      ["aandeel.bijna", "near"],
    ]);
    expect(index.find("0,1").hits.map((h) => [h.entry.id, h.match])).toEqual([
      ["aandeel", "exact"],
      ["bedrag", "exact"],
      ["bedrag.bijna", "near"],
    ]);
    expect(index.find("1.000").hits.map((h) => [h.entry.id, h.match])).toEqual([
      ["woningen", "near"],
    ]);
  });

  it("takes a value within one part in a billion as exact: floating-point rounding", () => {
    const index = buildIndex([entry("miljard", { values: [1_000_000_001] })]);
    expect(index.find("1 miljard").hits.map((h) => h.match)).toEqual(["exact"]);
    expect(
      buildIndex([entry("iets.meer", { values: [1_000_000_002] })])
        .find("1 miljard")
        .hits.map((h) => h.match)
    ).toEqual(["near"]);
  });

  it("returns no more amount matches than asked for", () => {
    expect(counts().find("100.000", 2).hits).toHaveLength(2);
  });
});

describe("the MiniSearch options", () => {
  it("searches every field: id, both labels, place, numbers, text and the other words", () => {
    const index = buildIndex([
      entry("oost.kwartaal"),
      entry("b", { label: "vrijstaand" }),
      entry("c", { labelEn: "detached" }),
      entry("d", { place: "Westland" }),
      entry("e", { numbers: "kwadraat" }),
      entry("f", { text: "rijtjeshuis" }),
      entry("g", { label: "stikstof" }), // found as "nitrogen" through its name's other words
      entry("h", { text: "plancapaciteit" }), // found as "planvoorraad" through its text's
    ]);
    const only = (q: string) => ids(index.find(q).hits);
    expect(only("kwartaal")).toEqual(["oost.kwartaal"]);
    expect(only("vrijstaand")).toEqual(["b"]);
    expect(only("detached")).toEqual(["c"]);
    expect(only("westland")).toEqual(["d"]);
    expect(only("kwadraat")).toEqual(["e"]);
    expect(only("rijtjeshuis")).toEqual(["f"]);
    expect(only("nitrogen")).toEqual(["g"]);
    expect(only("planvoorraad")).toEqual(["h"]);
  });

  it("ranks a word in the label before the same word in the text", () => {
    const index = buildIndex([
      entry("in.text", { text: "bouwstroom" }),
      entry("in.label", { label: "bouwstroom en nog veel meer woorden in dit lange label" }),
    ]);
    expect(ids(index.find("bouwstroom").hits)).toEqual(["in.label", "in.text"]);
  });

  it("forgives a typo in a long word, and finds a word from its first three letters", () => {
    const index = buildIndex([entry("a", { text: "stikstof" }), entry("b", { text: "woningen" })]);
    expect(ids(index.find("stiksof").hits)).toEqual(["a"]);
    expect(ids(index.find("won").hits)).toEqual(["b"]);
    expect(index.find("wo").hits).toEqual([]); // two letters are not yet a word
  });
});

describe("find and search", () => {
  const index = () =>
    buildIndex([
      entry("zz.plan", { label: "zz plan", rank: 1 }),
      entry("zz.plan.extra", { label: "zz plan extra", rank: 2 }),
      entry("zz.plan.meer", { text: "zz plan meer", rank: 3 }),
    ]);

  it("puts an id typed in any case and with spaces first, then what holds its words, once each", () => {
    const { hits, amount } = index().find("  ZZ.Plan ");
    expect(amount).toBeNull();
    expect(hits.map((h) => [h.entry.id, h.match])).toEqual([
      ["zz.plan", "exact"],
      ["zz.plan.extra", "words"],
      ["zz.plan.meer", "words"],
    ]);
    expect(ids(index().find("zz.plan", 2).hits)).toEqual(["zz.plan", "zz.plan.extra"]);
  });

  it("finds an entry added later by its id, and adds an entry only once", () => {
    const idx = index();
    idx.add([entry("later.toegevoegd", { text: "nieuw" })]);
    idx.add([entry("later.toegevoegd", { text: "nieuw" })]);
    expect(idx.size).toBe(4);
    expect(idx.find("Later.Toegevoegd").hits[0]).toEqual({
      entry: expect.objectContaining({ id: "later.toegevoegd" }),
      match: "exact",
    });
    expect(ids(idx.find("nieuw").hits)).toEqual(["later.toegevoegd"]);
  });

  it("shows what holds some of the words when nothing holds all, up to the limit", () => {
    const { hits } = index().find("extra meer");
    expect(hits.map((h) => [h.entry.id, h.match]).sort()).toEqual([
      ["zz.plan.extra", "partial"],
      ["zz.plan.meer", "partial"],
    ]);
    expect(index().find("extra meer", 1).hits).toHaveLength(1);
    expect(index().find("zz", 2).hits).toHaveLength(2);
  });

  it("reads only the first 200 characters of a pasted text", () => {
    const pasted = `${"plan ".repeat(40)}onbekend`;
    expect(pasted.trim().slice(0, 200)).not.toContain("onbekend");
    expect(
      index()
        .find(pasted)
        .hits.map((h) => h.match)
    ).toEqual(["words", "words", "words"]);
  });

  it("returns nothing for an empty query, and search gives find's entries", () => {
    expect(index().find("")).toEqual({ hits: [], amount: null });
    expect(index().find("   ")).toEqual({ hits: [], amount: null });
    expect(index().search("extra")).toEqual([expect.objectContaining({ id: "zz.plan.extra" })]);
  });
});
