/**
 * Reference data 1.3.0 gives the English pane English text: every commitment's what, when and
 * who, and the figures' groups (places and tranches keep their names). The quote stays the
 * letter's Dutch words; the reference sheets, which are Dutch, do not change for this (the
 * update's counts per sheet are test/data/update-1.3.test.ts's).
 */
import { dataset } from "../../src/data/dataset";
import { periodLabel, qualifierLabel } from "../../src/data/tables";
import { figureCard } from "../../src/excel/figureCard";

describe("the commitments in the English pane", () => {
  it("gives every commitment its what, when and who in English, none of them left in Dutch", () => {
    for (const c of dataset.commitments) {
      expect([c.id, c.en.what === c.what, c.en.who === c.who]).toEqual([c.id, false, false]);
      // a Dutch function word in the English text (outside a quoted Dutch title) says it was
      // not translated
      const english = `${c.en.what} ${c.en.when}`.replace(/'[^']*'/g, "");
      expect([c.id, /\b(de|het|een|van|voor|met|en)\b/.test(english)]).toEqual([c.id, false]);
    }
  });
});

describe("the figures' groups in the English pane", () => {
  it("are named in English, but for places and tranches, which keep their names", () => {
    const PLACES_AND_TRANCHES = /^(Gelderland|Utrecht|Zuid-Holland|Tranche \d)$/;
    const missing = [...new Set(dataset.figures.map((f) => f.group))].filter(
      (g) => !PLACES_AND_TRANCHES.test(g) && !dataset.groupNamesEn[g]
    );
    expect(missing).toEqual([]);
    // and only groups that exist are named
    const groups = new Set(dataset.figures.map((f) => f.group));
    expect(Object.keys(dataset.groupNamesEn).filter((g) => !groups.has(g))).toEqual([]);
  });
});

describe("the figures' qualifiers and periods in the English pane", () => {
  const figures = dataset.figures;

  it("has English for every qualifier, and for every period with words, and for nothing else", () => {
    const qualifiers = new Set(figures.flatMap((f) => (f.qualifier ? [f.qualifier] : [])));
    const periods = new Set(
      figures.flatMap((f) => (f.period && /\p{L}/u.test(f.period) ? [f.period] : []))
    );
    expect([...qualifiers].filter((q) => q !== "~" && !dataset.qualifiersEn[q])).toEqual([]);
    expect([...periods].filter((p) => !dataset.periodsEn[p])).toEqual([]);
    expect(Object.keys(dataset.qualifiersEn).filter((q) => !qualifiers.has(q))).toEqual([]);
    expect(Object.keys(dataset.periodsEn).filter((p) => !periods.has(p))).toEqual([]);
  });

  it("shows them in English on the English card and in Dutch on the Dutch one", () => {
    const f = figures.find((x) => x.qualifier === "ruim" && x.period);
    expect(f).toBeDefined();
    if (!f?.period) return;
    expect(qualifierLabel("ruim", "en")).toBe("over");
    expect(qualifierLabel("ruim", "nl")).toBe("ruim");
    expect(periodLabel("voorjaar 2020", "en")).toBe("spring 2020");
    expect(periodLabel("2016–2019", "en")).toBe("2016–2019");
    const card = figureCard(f, "en").properties as Record<string, { basicValue?: unknown }>;
    expect(card.Qualifier?.basicValue).toBe("over");
    expect(card.Period?.basicValue).toBe(periodLabel(f.period, "en"));
  });
});
