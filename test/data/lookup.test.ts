/**
 * Suggestions for an unknown figure id (WONINGBOUW.FIGURE's #N/A message): ids that contain
 * what was typed come first once it is three characters or more; shorter input, which
 * would be contained in dozens of ids, is ranked by edit distance alone.
 */
import { closestIds, figureField } from "../../src/data/lookup";
import { dataset, figureById } from "../../src/data/dataset";
import { overDatasetCopy } from "../support/datasetCopy";

/** This module over a changed copy of the dataset's figures, loaded inside the test. */
const lookupOver = (change: (figures: any[]) => void): typeof import("../../src/data/lookup") =>
  overDatasetCopy(
    (copy) => change(copy.figures),
    () => require("../../src/data/lookup")
  );

describe("closest known ids for an unknown one", () => {
  it("puts ids containing a three-letter fragment first, though longer ids are further away", () => {
    expect(closestIds("vel", 2)).toEqual(["svg.regio_enveloppe", "svg.regio_enveloppe_gebieden"]);
  });

  it("ranks a two-letter fragment by edit distance, not by containment", () => {
    const containing = dataset.figures.filter((f) => f.id.includes("t1")).map((f) => f.id);
    expect(containing.length).toBeGreaterThan(3);
    expect(closestIds("t1")).not.toEqual(containing.slice(0, 3));
    expect(closestIds("t1").some((id) => containing.includes(id))).toBe(false);
  });

  it("matches case and spaces away, and reads at most 64 characters of a pasted text", () => {
    expect(closestIds("  SVG.AANTL ", 1)).toEqual(["svg.aantal"]);
    expect(closestIds(`svg.aantl${"x".repeat(5000)}`, 1)).toHaveLength(1);
  });

  it("weighs every character of what was typed, the last one too", () => {
    expect(closestIds("sinds.tekort 2022", 1)).toEqual(["sinds.tekort.2022"]);
    expect(closestIds("sinds.tekort 2024", 1)).toEqual(["sinds.tekort.2024"]);
    expect(closestIds("wbi.t2 budget", 1)).toEqual(["wbi.t2.budget"]);
  });

  it("compares what was typed character by character in place: 'ut ambitie_2030' is Utrecht's", () => {
    expect(closestIds("ut ambitie_2030", 1)).toEqual(["ut.ambitie_2030"]);
    expect(closestIds("ut productie_recent", 1)).toEqual(["ut.productie_recent"]);
  });

  it("reads nothing after the first 64 characters: an id typed after them is not found", () => {
    expect(closestIds(`${"x".repeat(63)} svg.aantal`, 1)).not.toEqual(["svg.aantal"]);
    expect(closestIds(`${"x".repeat(40)} svg.aantal`, 1)).toEqual(["svg.aantal"]);
  });
});

describe("FIGURE's source of a figure the add-in calculates", () => {
  it("is the method, then each publication as an external figure cites it", () => {
    const method = "Tekort gedeeld door de woningvoorraad op 1 januari, afgerond";
    const external = figureById("param.tekort_2020")!.source;
    const publication = external.kind === "external" ? external.sourceId : "";
    const { figureField: fieldOver } = lookupOver((figures) => {
      figures[0].source = { kind: "calculation", sourceIds: [publication, "cbs82235"], method };
    });
    expect(fieldOver(dataset.figures[0].id, "source")).toBe(
      `${method} (${figureField("param.tekort_2020", "source")}; ${figureField("param.voorraad_2020", "source")})`
    );
  });
});
