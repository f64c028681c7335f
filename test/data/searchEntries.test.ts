/**
 * What each search entry holds, field by field: the words it is found by (label, place,
 * numbers, text), the values an amount is matched against, the regions it is about, and
 * whether it is a date or about a year after the letter. Entries are built inside each test
 * (mutation testing attributes coverage per test).
 */
import { overDatasetCopy } from "../support/datasetCopy";
import { searchEntries, type SearchEntry } from "../../src/data/search";
import { dataset } from "../../src/data/dataset";

const entry = (id: string): SearchEntry => {
  const found = searchEntries().find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe("a figure's entry", () => {
  it("is found by its unit in both languages and its numbers in every notation", () => {
    expect(entry("zh.plancapaciteit").numbers).toBe("woningen homes 187000 187000 187.000");
    expect(entry("wbi.t2.budget").numbers).toBe(
      "euro euro 225000000 225000000 225.000.000 225 miljoen 225 million"
    );
    expect(entry("zh.ambitie_per_jaar").numbers).toBe(
      "woningen_per_jaar homes per year 20000 20000 20.000 23000 23000 23.000"
    );
  });

  it("matches amounts against its value, or its low and high when it has no value", () => {
    expect(entry("zh.plancapaciteit").values).toEqual([187000]);
    expect(entry("zh.ambitie_per_jaar").values).toEqual([20000, 23000]);
  });

  it("places a tranche's figure by its group, the table's words and the ordinal", () => {
    expect(entry("wbi.t2.budget").place).toBe(
      "Tranche 2 Woningbouwimpuls tranche  tweede second   "
    );
  });

  it("places a figure by its period in Dutch and English and by its year", () => {
    expect(entry("zh.plancapaciteit").place).toBe(
      "Zuid-Holland provincie province Bijlage 1 annex   voorjaar 2020 spring 2020 "
    );
    expect(entry("tekort.doel_2035").place).toBe("Woningtekort landelijk national     2035");
  });

  it("adds a group's words only to a figure published since the letter", () => {
    expect(entry("sinds.nieuwbouw.2020").place).toBe(
      "Nieuwbouw (CBS) sinds de brief since the letter later " +
        "productie production gerealiseerd realised new build opgeleverd    2020"
    );
    // the letter's own plan-capacity norm shares the group name "Plancapaciteit"
    expect(entry("plancapaciteit.norm").place).toBe(
      "Plancapaciteit landelijk national   tot 2030 to 2030 "
    );
  });

  it("holds the letter's quote and section, and the group's English name where there is one", () => {
    expect(entry("wbi.t2.budget").text).toBe(
      "Er is € 225 miljoen inclusief BTW beschikbaar voor deze tranche. " +
        "1) Generiek versnellen en aanjagen van planvorming en investeringen  "
    );
    expect(entry("plancapaciteit.norm").text).toMatch(
      /^Als uitgangspunt hanteer ik .* {2}Plan capacity$/
    );
  });

  it("holds an external source's quote and the figure's note, or nothing for a missing quote", () => {
    const f = dataset.figures.find((x) => x.id === "sinds.nieuwbouw.2020");
    expect(entry("sinds.nieuwbouw.2020").text).toBe(
      "Het gaat om 70.000 nieuwgebouwde woningen en 10.200 transformatiewoningen. " +
        `${f?.note} New build (CBS)`
    );
    expect(entry("param.voorraad_2020").text).toBe("  Starting values");
  });

  it("holds a derived figure's formula and an assumption's reasoning", () => {
    expect(entry("provincies.overleg_volgt_som").text).toBe(
      "provincies.totaal - provincies.overeenstemming  Provincial agreements"
    );
    expect(entry("param.onttrekking").text).toMatch(/^Een saldo, geen telling van sloop: /);
  });

  it("is about the provinces and regions its group and label name, none for a national one", () => {
    expect(entry("zh.plancapaciteit").regions).toEqual(["zuid holland"]);
    expect(entry("wbi.t2.budget").regions).toEqual([]);
  });

  it("is a date only for a figure whose unit is a date", () => {
    expect(entry("wbi.t2.opengesteld").isDate).toBe(true);
    expect(entry("wbi.t2.budget").isDate).toBe(false);
  });

  it("is ahead of the letter for a later year or a figure published since the letter", () => {
    expect(entry("tekort.doel_2035").ahead).toBe(true); // a target for 2035
    expect(entry("sinds.nieuwbouw.2020").ahead).toBe(true); // 2020's production, counted later
    expect(entry("kwetsbaar.gemeenten").ahead).toBe(false); // the letter's year
    expect(entry("zh.plancapaciteit").ahead).toBe(false); // no year
  });
});

describe("a province's, an area's and a commitment's entry", () => {
  it("labels a province by whether the talks were held, in both languages", () => {
    const held = entry("provincie.groningen");
    expect([held.label, held.labelEn]).toEqual([
      "Groningen: overleg gevoerd",
      "Groningen: talks held",
    ]);
    const toFollow = entry("provincie.noord-brabant");
    expect([toFollow.label, toFollow.labelEn]).toEqual([
      "Noord-Brabant: overleg volgt",
      "Noord-Brabant: talks to follow",
    ]);
  });

  it("holds a province's quote and note, and no numbers, values or amounts", () => {
    const p = dataset.provinces.find((x) => x.id === "groningen");
    expect(entry("provincie.groningen")).toMatchObject({
      place: "Groningen",
      numbers: "",
      text: `${p?.quote} ${p?.note}`,
      values: [],
      mentions: [],
    });
  });

  it("labels an area by its name and region and holds its quote, with its note if it has one", () => {
    expect(entry("mra.havenstad")).toMatchObject({
      label: "Havenstad (Metropoolregio Amsterdam)",
      labelEn: "Havenstad (Metropoolregio Amsterdam)",
      place: "Metropoolregio Amsterdam",
      numbers: "",
      text: "Metropoolregio Amsterdam* Havenstad, MRA West, MRA Oost ",
      values: [],
      mentions: [],
    });
    expect(entry("brabant.ntb").text).toBe(
      `Brabantse Stedenrij N.t.b. ${dataset.areas.find((a) => a.id === "brabant.ntb")?.note}`
    );
  });

  it("finds a commitment by who and when in both languages, its due month and its kind", () => {
    const c = entry("toezegging.overleg_provincies");
    expect(c).toMatchObject({
      place: "minister van BZK en de provincies Minister of BZK and the provinces",
      numbers: "later dit najaar later this autumn 2020-11",
      text:
        "met de overige provincies vinden deze nog later dit najaar plaats " +
        "Bijlage 1 Versnelde aanpak van het woningtekort gepland planned ",
      values: [],
      mentions: [],
    });
    expect(entry("toezegging.flankerende_brief").numbers).toBe(
      "geen termijn genoemd no deadline given "
    );
  });

  it("holds a commitment's note, and the regions its words and who name", () => {
    const c = dataset.commitments.find((x) => x.id === "toezegging.flankerende_brief");
    expect(entry("toezegging.flankerende_brief").text).toBe(
      `${c?.quote} Geachte Voorzitter toezegging (kabinet of minister) ` +
        `promise (government or minister) ${c?.note}`
    );
    expect(entry("toezegging.zh_ambitie").regions).toEqual(["zuid holland"]);
    expect(entry("toezegging.flankerende_brief").regions).toEqual([]);
  });
});

describe("entries of records the shipped dataset does not hold yet", () => {
  it("holds a calculation's method, and only the quote of a province without a note", () => {
    const method = "Het aantal woningen uit twee gepubliceerde reeksen van het CBS opgeteld.";
    const built = overDatasetCopy(
      (c) => {
        const base = c.figures.find((f: { id: string }) => f.id === "param.voorraad_2020");
        c.figures = [
          {
            ...base,
            id: "x.calc",
            source: { kind: "calculation", method, sourceIds: ["cbs82235"] },
          },
        ];
        c.provinces = [c.provinces[0]];
        delete c.provinces[0].note;
      },
      () =>
        (require("../../src/data/search") as typeof import("../../src/data/search")).searchEntries()
    );
    expect(built.find((e) => e.id === "x.calc")?.text).toBe(`${method}  Starting values`);
    expect(built.find((e) => e.kind === "province")?.text).toBe(`${dataset.provinces[0].quote} `);
  });
});
