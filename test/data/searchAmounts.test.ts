/**
 * Reading the amounts an analyst types (Dutch and English notation, scale words, percentages),
 * writing a figure's numbers every way they may be typed, and the amounts a figure's words name.
 * The index and its ranking are tested in search.test.ts.
 */
import { numberForms, parseAmount, searchEntries } from "../../src/data/search";

const valueOf = (query: string) => parseAmount(query).amount?.value;

describe("the forms a figure's number is written in", () => {
  it("writes a count of a thousand or more with Dutch thousands dots too", () => {
    expect(numberForms(187000, "woningen")).toEqual(["187000", "187.000"]);
    expect(numberForms(1000, "woningen")).toEqual(["1000", "1.000"]);
    expect(numberForms(1234567, "woningen")).toEqual(["1234567", "1.234.567"]);
    expect(numberForms(-84000, "woningen")).toEqual(["-84000", "-84.000"]);
  });

  it("writes no thousands form for a number below a thousand or with decimals", () => {
    expect(numberForms(999, "woningen")).toEqual(["999"]);
    expect(numberForms(1234.5, "woningen")).toEqual(["1234.5"]);
  });

  it("writes euros of a million or more in miljoen / million", () => {
    expect(numberForms(225e6, "euro")).toEqual([
      "225000000",
      "225.000.000",
      "225 miljoen",
      "225 million",
    ]);
    expect(numberForms(1e6, "euro")).toEqual(["1000000", "1.000.000", "1 miljoen", "1 million"]);
    expect(numberForms(2.5e6, "euro")).toEqual([
      "2500000",
      "2.500.000",
      "2,5 miljoen",
      "2.5 million",
    ]);
  });

  it("writes euros of a billion or more in miljard / billion, with a decimal comma in Dutch", () => {
    expect(numberForms(1e9, "euro")).toEqual([
      "1000000000",
      "1.000.000.000",
      "1 miljard",
      "1 billion",
    ]);
    expect(numberForms(1.5e9, "euro")).toEqual([
      "1500000000",
      "1.500.000.000",
      "1,5 miljard",
      "1.5 billion",
    ]);
  });

  it("writes no scale word for euros below a million or for a count of millions", () => {
    expect(numberForms(999999, "euro")).toEqual(["999999", "999.999"]);
    expect(numberForms(8940000, "huishoudens")).toEqual(["8940000", "8.940.000"]);
  });

  it("writes a share as a percentage in Dutch and English notation", () => {
    expect(numberForms(1.3, "fractie")).toEqual(["1.3", "130%", "130%"]);
    expect(numberForms(0.125, "fractie")).toEqual(["0.125", "12,5%", "12.5%"]);
    expect(numberForms(0.02, "fractie")).toEqual(["0.02", "2%", "2%"]);
  });
});

describe("reading an amount in a query", () => {
  it("reads the last mark as the decimal one when both are written", () => {
    expect(valueOf("1.234,5")).toBe(1234.5);
    expect(valueOf("1,234.5")).toBe(1234.5);
    expect(valueOf("1.234.567,25")).toBe(1234567.25);
    expect(valueOf("1,234,567.25")).toBe(1234567.25);
  });

  it("reads groups of three after one to three digits as thousands, in either notation", () => {
    expect(valueOf("84.000")).toBe(84000);
    expect(valueOf("84,000")).toBe(84000);
    expect(valueOf("1.234.567")).toBe(1234567);
    expect(valueOf("225,000,000")).toBe(225000000);
  });

  it("reads a mark after four digits, or before other than three, as a decimal", () => {
    expect(valueOf("1234.567")).toBe(1234.567);
    expect(valueOf("1234,567")).toBe(1234.567);
    expect(valueOf("1.2345")).toBe(1.2345);
    expect(valueOf("1,5")).toBe(1.5);
  });

  it("skips an ill-formed number and reads the next amount", () => {
    expect(parseAmount("1.234.5").amount).toBeNull();
    expect(valueOf("1.234.5 of 84.000")).toBe(84000);
  });

  it("reads a bare whole number of a thousand or more, outside the years 1900–2100", () => {
    expect(valueOf("187000")).toBe(187000);
    expect(valueOf("1000")).toBe(1000);
    expect(valueOf("1899")).toBe(1899);
    expect(valueOf("2101")).toBe(2101);
    expect(valueOf("1500")).toBe(1500);
  });

  it("keeps a bare year or small number a word", () => {
    for (const q of ["999", "1900", "2030", "2100", "tranche 2"]) {
      expect(parseAmount(q)).toEqual({ amount: null, rest: q });
    }
  });

  it("reads %, procent and percent as a share", () => {
    for (const q of ["5%", "5 %", "5 procent", "5 percent", "5 Procent"]) {
      expect(parseAmount(q).amount).toEqual({ value: 0.05, percent: true, written: q });
    }
  });

  it("reads the scale words, Dutch and English, short and long", () => {
    expect(valueOf("1,5 miljard")).toBe(1.5e9);
    expect(valueOf("2 bn")).toBe(2e9);
    expect(valueOf("225 mio")).toBe(225e6);
    expect(valueOf("12 duizend")).toBe(12000);
    expect(valueOf("12 thousand")).toBe(12000);
    expect(parseAmount("225 million").amount).toEqual({
      value: 225e6,
      percent: false,
      written: "225 million",
    });
  });

  it("returns the query without the amount, and the amount as written without spaces around", () => {
    expect(parseAmount("plancapaciteit 187.000 woningen")).toEqual({
      amount: { value: 187000, percent: false, written: "187.000" },
      rest: "plancapaciteit   woningen",
    });
    expect(parseAmount("budget € 225 mln ")).toEqual({
      amount: { value: 225e6, percent: false, written: "€ 225 mln" },
      rest: "budget   ",
    });
    expect(parseAmount("84.000 ")).toEqual({
      amount: { value: 84000, percent: false, written: "84.000" },
      rest: " ",
    });
  });
});

describe("the amounts a figure's words name", () => {
  const mentions = (id: string) => searchEntries().find((e) => e.id === id)?.mentions;

  it("names the amounts of the label and of the group, in order, not years or small counts", () => {
    // label "… in het pad 845.000 tot 2030 (84.500 per jaar)", group "Pad 845.000 tot 2030"
    expect(mentions("param.pad_brief_tot_2030")).toEqual([845000, 84500, 845000]);
    expect(mentions("ut.stijging_berekend")).toEqual([7000, 10000]);
  });

  it("names a percentage as a share", () => {
    expect(mentions("zh.plancapaciteit_nodig")).toEqual([1.3]);
  });

  it("names nothing for words without an amount", () => {
    expect(mentions("wbi.t2.budget")).toEqual([]);
  });
});
