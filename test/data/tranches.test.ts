import { overDatasetCopy } from "../support/datasetCopy";
import { trancheRecord } from "../../src/data/tranches";
import { ModelError } from "../../src/model/errors";
import { FUNCTION_MESSAGES } from "../../src/locale/functionMessages";

describe("the letter's Woningbouwimpuls tranches", () => {
  it("tranche 2 has € 225 million incl. VAT and no recorded awards", () => {
    expect(trancheRecord(2)).toMatchObject({ budget: 225000000, budgetVat: "incl", awarded: [] });
  });

  it("tranche 1's budget is unknown (not in the letter) and its award of € 290 million excl. VAT is recorded", () => {
    expect(trancheRecord(1)).toMatchObject({
      budget: null,
      awarded: [290000000],
      awardedVat: "excl",
    });
  });

  it("an unknown tranche is #N/A", () => {
    expect(() => trancheRecord(3)).toThrow(expect.objectContaining({ kind: "na" }));
    expect(() => trancheRecord(1.5)).toThrow(ModelError);
  });

  it("an unknown tranche's message names the tranches there are", () => {
    let error: unknown;
    try {
      trancheRecord(3);
    } catch (e) {
      error = e;
    }
    if (!(error instanceof ModelError)) throw new Error("expected a ModelError");
    expect(FUNCTION_MESSAGES.nl[error.key](error.params)).toBe(
      "Onbekende tranche 3; bekend zijn: 1, 2."
    );
  });

  it("tranche 1 has no recorded award when the dataset gives its amount no number", () => {
    const tranches = overDatasetCopy(
      (c) =>
        (c.figures.find((f: { id: string }) => f.id === "wbi.t1.toegekend_excl_btw").value = null),
      () => require("../../src/data/tranches") as typeof import("../../src/data/tranches")
    );
    expect(tranches.trancheRecord(1).awarded).toEqual([]);
  });
});
