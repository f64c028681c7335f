/**
 * FIGURE's answer for one field of one figure (src/data/lookup.ts, figureField): values,
 * ranges, text, years, units, sources and quotes, the dataset's own facts, and the errors
 * for what a figure does not have.
 */
import { DATASET_HASH, DATASET_ID, DATASET_VERSION, dataset } from "../../src/data/dataset";
import { FIGURE_FIELDS, figureField, findFigure } from "../../src/data/lookup";
import { ModelError } from "../../src/model/errors";

function failure(body: () => unknown): { key: string; params: Record<string, unknown> } {
  try {
    body();
  } catch (e) {
    if (e instanceof ModelError) return { key: e.key, params: { ...e.params } };
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("the dataset's own facts", () => {
  it("dataset.version, .hash and .id give the dataset's, in any case and with spaces", () => {
    expect(figureField("dataset.version", "value")).toBe(DATASET_VERSION);
    expect(figureField(" Dataset.Hash ", "VALUE")).toBe(DATASET_HASH);
    expect(figureField("dataset.id", " value ")).toBe(DATASET_ID);
  });

  it("have no other field", () => {
    expect(failure(() => figureField("Dataset.Version", "unit"))).toEqual({
      key: "fieldEmpty",
      params: { id: "dataset.version", field: "unit" },
    });
  });
});

describe("a figure's fields", () => {
  it("value, unit and year of a figure from the letter", () => {
    expect(figureField("productie.2019", "value")).toBe(84000);
    expect(figureField(" PRODUCTIE.2019", "unit")).toBe("woningen");
    expect(figureField("productie.2019", "year")).toBe(2019);
  });

  it("low and high of a single value are that value; of a range its ends", () => {
    expect(figureField("productie.2019", "low")).toBe(84000);
    expect(figureField("productie.2019", "high")).toBe(84000);
    expect(figureField("zh.ambitie_per_jaar", "low")).toBe(20000);
    expect(figureField("zh.ambitie_per_jaar", "high")).toBe(23000);
  });

  it("the value of a range is refused: ask for low or high", () => {
    expect(failure(() => figureField("zh.ambitie_per_jaar", "value"))).toEqual({
      key: "figureNoValue",
      params: { id: "zh.ambitie_per_jaar" },
    });
  });

  it("a figure held as text gives its text as value", () => {
    expect(figureField("zh.programmas_gereed", "value")).toBe("2021-07-01");
  });

  it("what a figure does not have is 'no such field' for it, by its own id", () => {
    for (const field of ["value", "low", "high"])
      expect(failure(() => figureField("WBI.T1.BUDGET", field))).toEqual({
        key: "fieldEmpty",
        params: { id: "wbi.t1.budget", field },
      });
    expect(failure(() => figureField("productie.gemiddeld_2016_2019", "year"))).toEqual({
      key: "fieldEmpty",
      params: { id: "productie.gemiddeld_2016_2019", field: "year" },
    });
    expect(failure(() => figureField("provincies.overleg_volgt_som", "quote")).key).toBe(
      "fieldEmpty"
    );
  });

  it("source says where the figure comes from, per kind of source", () => {
    expect(figureField("zh.ambitie_per_jaar", "source")).toBe(
      `Kamerbrief woningbouw (${dataset.document.date}), Zuid-Holland`
    );
    expect(figureField("provincies.overleg_volgt_som", "source")).toBe(
      "= provincies.totaal - provincies.overeenstemming"
    );
    const external = figureField("param.tekort_2020", "source") as string;
    expect(external).toContain("NOS");
    expect(external).toContain(
      "https://nos.nl/artikel/2337396-845-000-nieuwe-woningen-nodig-tot-2030-om-tekort-terug-te-dringen.html"
    );
    const assumption = findFigure("param.onttrekking").source as { reasoning: string };
    expect(figureField("param.onttrekking", "source")).toBe(assumption.reasoning);
  });

  it("quote is the source's own words", () => {
    expect(figureField("zh.ambitie_per_jaar", "quote")).toBe(
      "Met de provincie Zuid-Holland is de ambitie afgesproken om tot 2030 gemiddeld per jaar 20.000 - 23.000 woningen te bouwen."
    );
  });
});

describe("unknown fields and ids", () => {
  it("an unknown field is refused with the list of fields, as typed", () => {
    expect(failure(() => figureField("productie.2019", "Colour"))).toEqual({
      key: "unknownField",
      params: { field: "Colour", fields: FIGURE_FIELDS.join(", ") },
    });
  });

  it("an unknown id is refused with the closest ids as suggestions", () => {
    const e = failure(() => figureField("productie.2018x", "value"));
    expect(e.key).toBe("unknownFigure");
    expect(e.params.id).toBe("productie.2018x");
    expect(String(e.params.suggestions).split(", ")).toHaveLength(3);
    expect(String(e.params.suggestions)).toContain("productie.2019");
  });
});
