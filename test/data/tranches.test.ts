import { trancheRecord } from "../../src/data/tranches";
import { ModelError } from "../../src/model/errors";

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
});
