import fs from "fs";
import { dataset } from "../../src/data/dataset";
import { evaluateFormula, formulaInputs, type Interval } from "../support/formula";
import { figureById } from "../../src/data/dataset";
import { SEED_FILE, normalise, seedText } from "../support/seed";
import { containsNumber, dutchDate, dutchRenderings } from "../support/dutchNumbers";
import { LETTER_MONTH, LETTER_YEAR, dueOf } from "../../src/data/commitmentDue";
import { DUE_RULE } from "../../src/locale/sheets";
import { sheetTables } from "../../src/data/tables";
import { sheetGrid } from "../../src/excel/sheetGrid";
import { quoteOf, renderSource, sourceById } from "../../src/data/provenance";
import type { Dataset, Figure } from "../../src/data/schema";

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

describe("honest provenance (dataset 1.1)", () => {
  it("a quote is the cited publication's own words: no English sentence quoted from a Dutch source", () => {
    for (const f of dataset.figures) {
      if (f.source.kind !== "external" || !f.source.quote) continue;
      expect([f.id, /\b(the|of|covers|growth|mean)\b/i.test(f.source.quote)]).toEqual([
        f.id,
        false,
      ]);
    }
    for (const id of [
      "param.huishoudensgroei_2020_2035",
      "param.plancapaciteit_2030",
      "param.plancapaciteit_dekking_2030",
    ]) {
      const f = figureById(id);
      expect(f?.source).toMatchObject({ kind: "external", quote: null });
      expect(f?.note).toMatch(/^Geen citaat/);
    }
  });

  it("the withdrawals are a residual, named so, whose every input has its own source", () => {
    const l = figureById("param.onttrekking");
    expect(l?.source.kind).toBe("assumption");
    expect(l?.label.nl).toMatch(/^Netto onttrekkingen .*productietelling min netto voorraadgroei/);
    expect(l?.label.en).toMatch(/^Net withdrawals .*production count minus net stock growth/);
    if (l?.source.kind === "assumption") expect(l.source.reasoning).toMatch(/cbs_saldo/);
    // the one year that can be redone: the letter's production count minus a stock change
    // published before the letter, both stored with their own source
    const y = figureById("param.onttrekking_2019");
    expect(y?.source).toEqual({
      kind: "derived",
      formula: "productie.2019 - param.voorraadgroei_2019",
    });
    expect(figureById("productie.2019")?.source.kind).toBe("letter");
    const growth = figureById("param.voorraadgroei_2019");
    expect(growth?.source).toMatchObject({ kind: "external", sourceId: "nrc2020" });
    const nrc = dataset.sources.find((s) => s.id === "nrc2020");
    expect(nrc?.date && nrc.date < dataset.document.date).toBe(true);
    for (const gone of ["param.onttrekking_2018", "param.onttrekking_2020"])
      expect(figureById(gone)).toBeUndefined();
    expect(dataset.figures.filter((f) => f.source.kind === "calculation")).toEqual([]);
  });

  it("a news outlet's sentence is cited as that outlet's, not as the report's", () => {
    for (const id of ["param.tekort_2020", "param.tekort_2020_aandeel"]) {
      expect(figureById(id)?.source).toMatchObject({ kind: "external", sourceId: "nos2020" });
      expect(figureById(id)?.note).toMatch(/zin van de NOS/);
    }
    expect(dataset.sources.find((s) => s.id === "nos2020")?.publisher).toBe("NOS");
  });

  it("the model's own choices are assumptions, labelled so, and cite the model page, not the workshop", () => {
    expect(figureById("param.vraaggroei_2030_2034")?.source.kind).toBe("assumption");
    expect(figureById("param.ijk_tekort_2025")?.note).toMatch(/aanname van het model/);
    const text = JSON.stringify(dataset);
    expect(text.match(/shared\/spec|modelspec|Pad van de brief|IJkpunt/g)).toBeNull();
    expect(dataset.sources.find((s) => s.id === "modeldoc")?.url).toMatch(/\/help\/model\.html$/);
    expect(figureById("param.trend_2020")?.note).toMatch(/4,4%.*3,7%/);
  });

  it("the letter is a source a user can open: Kamerstuk 32 847, nr. 694, and says where that number comes from", () => {
    expect(dataset.document.kamerstuk).toBe("32 847, nr. 694");
    const brief = dataset.sources.find((s) => s.id === "brief");
    expect(brief?.url).toBe("https://zoek.officielebekendmakingen.nl/kst-32847-694.html");
    expect(brief?.title).toBe(dataset.document.title);
    expect(seedText()).not.toContain("32 847");
    expect(dataset.document.record).toMatch(/niet in de tekst.*32 847, nr\. 708.*verslag708/);
    expect(dataset.sources.find((s) => s.id === "verslag708")?.note).toContain(
      "d.d. 6 november 2020 inzake voortgang versnelling woningbouw (Kamerstuk 32 847, nr. 694)"
    );
  });

  it("periods the letter does not name are marked as inferred; labels are distinct", () => {
    expect(figureById("productie.gemiddeld_2016_2019")?.periodInferred).toBe(true);
    expect(figureById("corporaties.per_jaar")?.periodInferred).toBe(true);
    const labels = dataset.figures.map((f) => f.label.nl);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("records the letter's own inconsistencies about the provinces on their rows", () => {
    for (const p of dataset.provinces)
      expect([p.id, p.note ?? ""]).toEqual([
        p.id,
        expect.stringMatching(p.overleg === "gevoerd" ? /Met 7 provincies/ : /In alle provincies/),
      ]);
  });
});

describe("the letter's commitments and deadlines", () => {
  it("each quotes the letter verbatim, in a section the letter has", () => {
    expect(dataset.commitments.length).toBeGreaterThanOrEqual(40);
    for (const c of dataset.commitments) {
      expect([c.id, seedText().includes(normalise(c.quote))]).toEqual([c.id, true]);
      expect([c.id, seedText().includes(normalise(c.section))]).toEqual([c.id, true]);
    }
  });

  it("each month follows the one stated rule from the letter's own words, marked where inferred", () => {
    for (const c of dataset.commitments) {
      const { due, inferred } = dueOf(c.when);
      expect([c.id, c.due, c.dueInferred ?? false]).toEqual([c.id, due, inferred]);
    }
    const sheet = sheetTables().find((t) => t.id === "toezeggingen");
    if (!sheet) throw new Error("no commitments sheet");
    expect(sheet.detail).toEqual(DUE_RULE);
    expect(String(sheetGrid(sheet)[0][0])).toContain(DUE_RULE); // stated on the sheet itself
  });

  it("reads the letter's time words by that rule, from the letter's date", () => {
    expect(`${LETTER_YEAR}-${String(LETTER_MONTH).padStart(2, "0")}`).toBe(
      dataset.document.date.slice(0, 7)
    );
    expect(dueOf("dit najaar")).toEqual(dueOf("later dit najaar"));
    expect(dueOf("later dit najaar")).toEqual({ due: "2020-11", inferred: true });
    expect(dueOf("na de bestuurlijke overleggen MIRT, eind november").due).toBeNull();
    expect(dueOf("tot 2030").due).toBeNull();
    expect(dueOf("in februari 2021")).toEqual({ due: "2021-02", inferred: false });
    expect(dueOf("begin volgend jaar")).toEqual({ due: "2021-03", inferred: true });
    expect(dueOf("het komende half jaar")).toEqual({ due: "2021-05", inferred: true });
    expect(dueOf("in het voorjaar van 2021; programma's gereed op 1 juli 2021").due).toBe(
      "2021-07"
    );
  });

  it("puts right the three wrong entries of 1.1", () => {
    const byId = (id: string) => dataset.commitments.find((c) => c.id === id);
    expect(byId("toezegging.woningvoorraad_groningen_drenthe")).toBeUndefined();
    expect(byId("toezegging.woningvoorraadtoename_zuid_holland")?.section).toBe("Zuid-Holland");
    expect(figureById("zh.programmas_gereed")?.source).toMatchObject({ section: "Zuid-Holland" });
    expect(byId("toezegging.mirt_utrecht")?.due).toBeNull();
    expect(byId("toezegging.monitor_arnhem_nijmegen")).toBeUndefined();
  });

  it("classifies each: a promise of the government or minister, an agreement, or a planned event", () => {
    const kinds = new Set(dataset.commitments.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(["afspraak", "gepland", "toezegging"]);
  });
});

describe("renderSource and quoteOf: one dispatch on the kind of source", () => {
  /** A figure the add-in calculated from two publications (the shipped data has none yet). */
  function calculated(): Figure {
    const f = figureById("param.onttrekking");
    if (!f) throw new Error("no figure param.onttrekking");
    return {
      ...f,
      source: {
        kind: "calculation",
        sourceIds: ["brief", "nos2020"],
        method: "Het gemiddelde van de twee gepubliceerde cijfers, afgerond op duizendtallen.",
      },
    } as Figure;
  }

  it("a calculation is rendered with each publication it used, cited", () => {
    const rendered = renderSource(calculated(), {
      letter: () => "letter",
      external: () => "external",
      derived: () => "derived",
      assumption: () => "assumption",
      calculation: (s, publications) =>
        `${s.method} | ${publications.map((p) => p.text).join(" | ")}`,
    });
    const brief = sourceById("brief");
    const nos = sourceById("nos2020");
    if (!brief || !nos) throw new Error("missing sources");
    expect(rendered).toBe(
      "Het gemiddelde van de twee gepubliceerde cijfers, afgerond op duizendtallen. | " +
        `${brief.publisher}, ${brief.title} (${brief.date}) | ${nos.publisher}, ${nos.title} (${nos.date})`
    );
  });

  it("a calculation and an assumption have no quote of their own: null, not undefined", () => {
    expect(quoteOf(calculated())).toBeNull();
    const assumption = figureById("param.onttrekking");
    expect(assumption?.source.kind).toBe("assumption");
    expect(quoteOf(assumption as Figure)).toBeNull();
  });

  it("indexes a dataset's sources once, not on every lookup", () => {
    let reads = 0;
    const data = {
      ...dataset,
      get sources() {
        reads++;
        return dataset.sources;
      },
    } as Dataset;
    expect(sourceById("brief", data)?.id).toBe("brief");
    expect(sourceById("nos2020", data)?.id).toBe("nos2020");
    expect(sourceById("geen.bron", data)).toBeUndefined();
    expect(reads).toBe(1);
  });
});
