/**
 * A figure's card as an entity value: valid for an Excel with ExcelApi 1.16 (the fake's rules),
 * every field on the card, the value a number that keeps the reference sheets' format, the
 * letter's words verbatim, and nothing of the workshop cited.
 */
import { readableFormula } from "../../src/locale/formulaText";
import { dataset } from "../../src/data/dataset";
import type { Lang } from "../../src/locale/lang";
import { DATASET_ID, DATASET_VERSION } from "../../src/data/dataset";
import { citation } from "../../src/data/provenance";
import type { Figure } from "../../src/data/schema";
import { UNIT_FORMAT, groupLabel, periodLabel } from "../../src/data/tables";
import { figureCard } from "../../src/excel/figureCard";
import { CARD_FIELDS } from "../../src/locale/card";
import { cellValueProblem, compareVersions } from "../support/excelFake";
import { normalise, seedText } from "../support/seed";

const upTo116 = (v: string) => compareVersions(v, "1.16") <= 0;
type Prop = { type: string; basicValue?: unknown; numberFormat?: string };

describe("a figure's card (entity value)", () => {
  it.each(["nl", "en"] as const)(
    "every figure's %s card is an entity Excel 1.16 accepts, each property on the card once",
    (lang) => {
      for (const f of dataset.figures) {
        const card = figureCard(f, lang);
        expect(cellValueProblem(card, f.id, upTo116)).toBeNull();
        const names = Object.keys(card.properties ?? {});
        const layout = card.layouts?.card;
        const shown = [
          (layout?.title as { property: string }).property,
          ...(layout?.sections ?? []).flatMap((s) => s.properties),
        ];
        expect([...shown].sort()).toEqual([...names].sort());
        expect(card.text).toContain(f.label[lang]);
        if (f.table === "provincies") expect(card.text).toContain(groupLabel(f.group, lang));
      }
    }
  );

  it("sets a later figure beside the letter's value with the difference: in de brief … / later …", () => {
    const f = dataset.figures.find((x) => x.id === "sinds.toevoeging.2022");
    if (!f) throw new Error("no sinds.toevoeging.2022");
    const nl = figureCard(f, "nl").properties as Record<string, Prop>;
    expect(nl["Vergeleken met"]?.basicValue).toMatch(/^In de brief: Woningbouwproductie/);
    expect(nl["Waarde brief of model"]).toEqual({
      type: "FormattedNumber",
      basicValue: 75000,
      numberFormat: UNIT_FORMAT.woningen_per_jaar,
    });
    expect(nl.Verschil?.basicValue).toBe(15000);
    const en = figureCard(f, "en").properties as Record<string, Prop>;
    expect(en["Compared with"]?.basicValue).toMatch(/^In the letter: Housing production/);
    expect(en.Difference?.basicValue).toBe(15000);
    // an unknown later figure: what it is compared with, but no difference
    const unknown = dataset.figures.find((x) => x.id === "sinds.tekort.2025");
    if (!unknown) throw new Error("no sinds.tekort.2025");
    const u = figureCard(unknown, "nl").properties as Record<string, Prop>;
    expect(u["Vergeleken met"]?.basicValue).toMatch(/^Model: trendpad, tekort op 1 januari 2025/);
    expect(u.Verschil).toBeUndefined();
    // a figure of the letter has no comparison
    const letter = dataset.figures.find((x) => x.id === "productie.2019");
    expect(Object.keys(figureCard(letter!, "nl").properties ?? {})).not.toContain("Verschil");
  });

  it("carries the value as a formatted number in the reference sheets' format", () => {
    const f = dataset.figures.find((x) => x.id === "zh.plancapaciteit");
    if (!f || typeof f.value !== "number") throw new Error("no zh.plancapaciteit value");
    const nl = figureCard(f, "nl").properties as Record<string, Prop>;
    expect(nl.Waarde).toEqual({
      type: "FormattedNumber",
      basicValue: f.value,
      numberFormat: UNIT_FORMAT[f.unit],
    });
    const en = figureCard(f, "en").properties as Record<string, Prop>;
    expect(en.Value.basicValue).toBe(f.value);
    expect(en.Id.basicValue).toBe("zh.plancapaciteit");
  });

  it("gives a range its low and high, a text figure its text, an unknown value 'onbekend'", () => {
    for (const f of dataset.figures) {
      const p = figureCard(f, "nl").properties as Record<string, Prop>;
      if (typeof f.value === "number") expect(p.Waarde.basicValue).toBe(f.value);
      else if (f.low !== undefined) {
        expect([p.Laag.basicValue, p.Hoog.basicValue]).toEqual([f.low, f.high]);
        expect(p.Waarde).toBeUndefined();
      } else expect(p.Tekst.basicValue).toBe(f.text ?? "onbekend");
    }
  });

  it("quotes the letter verbatim, with its section and the public link to the letter", () => {
    const seed = seedText();
    const letter = dataset.figures.filter((f) => f.source.kind === "letter");
    expect(letter.length).toBeGreaterThan(50);
    for (const f of letter) {
      const p = figureCard(f, "nl").properties as Record<string, Prop>;
      const src = f.source as { quote: string; section: string };
      expect(p.Citaat.basicValue).toBe(src.quote);
      expect(seed).toContain(normalise(src.quote));
      expect(p.Paragraaf.basicValue).toBe(src.section);
      expect(p.Herkomst.basicValue).toBe("Kamerbrief");
      expect(p.Link.basicValue).toBe("https://zoek.officielebekendmakingen.nl/kst-32847-694.html");
    }
  });

  it("labels a derived figure's formula, a calculation's method and an assumption's reasoning — never as a quote", () => {
    for (const f of dataset.figures) {
      const p = figureCard(f, "en").properties as Record<string, Prop>;
      const src = f.source;
      if (src.kind === "derived") {
        expect(p.Formula.basicValue).toBe(readableFormula(src.formula, "en"));
        expect(p.Formula.basicValue).not.toMatch(/\b(?:round|mean)\(/);
      }
      if (src.kind === "calculation") expect(p.Calculation.basicValue).toBe(src.method);
      if (src.kind === "assumption") expect(p.Assumption.basicValue).toBe(src.reasoning);
      if (src.kind !== "letter" && src.kind !== "external") expect(p.Quote).toBeUndefined();
    }
  });

  it("cites only what a user can open: public URLs, never the workshop", () => {
    for (const f of dataset.figures) {
      const json = JSON.stringify(figureCard(f, "nl"));
      expect(json).not.toMatch(/\.\.\/shared|shared\/seeds|spec\/model\.md/);
      const link = (figureCard(f, "nl").properties as Record<string, Prop>).Link;
      if (link) expect(String(link.basicValue)).toMatch(/^https:\/\//);
    }
  });

  it("uses one set of field names per language, the same for every figure", () => {
    for (const lang of ["nl", "en"] as const) {
      const allowed = new Set<string>(Object.values(CARD_FIELDS[lang]));
      for (const f of dataset.figures)
        for (const name of Object.keys(figureCard(f, lang).properties ?? {}))
          expect(allowed).toContain(name);
    }
  });

  it("stays small: no card over 4 KB of JSON (one cell write)", () => {
    const sizes = dataset.figures.map(
      (f) => Buffer.byteLength(JSON.stringify(figureCard(f, "nl")), "utf8") // UTF-8 as sent
    );
    expect(Math.max(...sizes)).toBeLessThan(4096);
  });
});

describe("a card's fields, one by one", () => {
  const fig = (id: string): Figure => {
    const f = dataset.figures.find((x) => x.id === id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  };
  /** The card's properties by the card field's key (`period`, `vat`, …) in `lang`. */
  const fields = (f: Figure, lang: Lang = "nl") => {
    const p = figureCard(f, lang).properties as Record<string, Prop>;
    const names = CARD_FIELDS[lang];
    return (key: keyof typeof names) => p[names[key]];
  };

  it("names a province's or tranche's figure with its group, any other figure by its label alone", () => {
    const zh = fig("zh.plancapaciteit");
    expect(figureCard(zh, "nl").text).toBe(`${groupLabel(zh.group, "nl")}: ${zh.label.nl}`);
    const t1 = fig("wbi.t1.toegekend_excl_btw");
    expect(figureCard(t1, "en").text).toBe(`${groupLabel(t1.group, "en")}: ${t1.label.en}`);
    expect(fields(t1, "en")("label")?.basicValue).toBe(figureCard(t1, "en").text);
    const national = fig("productie.2019");
    expect(figureCard(national, "nl").text).toBe(national.label.nl);
  });

  it("a period the letter implies says so; a year is a number; the VAT basis is in words", () => {
    const inferred = fig("productie.gemiddeld_2016_2019");
    expect(inferred.periodInferred).toBe(true);
    const period = periodLabel(inferred.period ?? "", "nl");
    expect(fields(inferred)("period")?.basicValue).toBe(`${period} (afgeleid)`);
    expect(fields(inferred, "en")("period")?.basicValue).toMatch(/ \(inferred\)$/);
    const stated = dataset.figures.find((f) => f.period && !f.periodInferred) as Figure;
    expect(fields(stated)("period")?.basicValue).toBe(periodLabel(stated.period ?? "", "nl"));
    expect(fields(fig("productie.2019"))("year")).toEqual({ type: "Double", basicValue: 2019 });
    const excl = fig("wbi.t1.toegekend_excl_btw");
    expect(fields(excl)("vat")?.basicValue).toBe("exclusief btw");
    expect(fields(excl, "en")("vat")?.basicValue).toBe("excluding VAT");
    expect(fields(fig("productie.2019"))("vat")).toBeUndefined();
  });

  it("an external figure quotes its publication when it has its words, and cites it with its link", () => {
    const quoted = fig("param.tekort_2020");
    const src = quoted.source as { kind: "external"; sourceId: string; quote?: string };
    expect(src.kind).toBe("external");
    const field = fields(quoted, "en");
    expect(field("quote")?.basicValue).toBe(src.quote);
    const cited = citation(src.sourceId);
    expect([field("publication")?.basicValue, field("link")?.basicValue]).toEqual([
      cited.text,
      cited.url,
    ]);
    const unquoted = dataset.figures.find(
      (f) => f.source.kind === "external" && !f.source.quote
    ) as Figure;
    expect(fields(unquoted)("quote")).toBeUndefined();
    // a publication the dataset does not list has no address: named, without a link
    const unlisted = { ...quoted, source: { ...src, sourceId: "niet-in-de-dataset" } } as Figure;
    expect(fields(unlisted)("publication")?.basicValue).toBe("niet-in-de-dataset");
    expect(fields(unlisted)("link")).toBeUndefined();
  });

  it("a calculation names its method and every publication it draws on", () => {
    const [a, b] = dataset.sources;
    const method = "Het aantal huishoudens min het aantal woningen, uit twee publicaties.";
    const calc = {
      ...fig("param.tekort_2020"),
      source: { kind: "calculation", sourceIds: [a.id, b.id], method },
    } as Figure;
    const field = fields(calc);
    expect(field("method")?.basicValue).toBe(method);
    expect(field("publication")?.basicValue).toBe(`${citation(a.id).text}; ${citation(b.id).text}`);
    expect(field("quote")).toBeUndefined();
    expect(field("kind")?.basicValue).toBeTruthy();
  });

  it("about the figure: its note, id and dataset version, in a section shown collapsed", () => {
    const noted = dataset.figures.find((f) => f.note) as Figure;
    const field = fields(noted);
    expect(field("note")?.basicValue).toBe(noted.note);
    expect(field("id")?.basicValue).toBe(noted.id);
    expect(field("dataset")?.basicValue).toBe(`${DATASET_ID} ${DATASET_VERSION}`);
    const unnoted = dataset.figures.find((f) => !f.note) as Figure;
    expect(fields(unnoted)("note")).toBeUndefined();
    const sections = figureCard(noted, "nl").layouts?.card?.sections ?? [];
    expect(sections.map((s) => s.collapsed ?? false)).toEqual([false, false, true]);
  });
});
