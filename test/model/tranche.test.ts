import { trancheRecord, trancheRemaining } from "../../src/model/tranche";
import { ModelError } from "../../src/model/errors";

describe("Woningbouwimpuls tranches", () => {
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

  it("remaining = budget − sum(awarded); over-commitment is a negative number, not an error", () => {
    expect(trancheRemaining(225e6, [100e6, 25e6])).toBe(100e6);
    expect(trancheRemaining(225e6, [200e6, 50e6])).toBe(-25e6);
  });

  it("an unknown tranche is #N/A and a negative amount #NUM!", () => {
    expect(() => trancheRecord(3)).toThrow(ModelError);
    expect(() => trancheRecord(1.5)).toThrow(ModelError);
    expect(() => trancheRemaining(-1, [])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => trancheRemaining(1, [-1])).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
