import { trancheRemaining } from "../../src/model/tranche";

describe("Woningbouwimpuls tranches", () => {
  it("remaining = budget − sum(awarded); over-commitment is a negative number, not an error", () => {
    expect(trancheRemaining(225e6, [100e6, 25e6])).toBe(100e6);
    expect(trancheRemaining(225e6, [200e6, 50e6])).toBe(-25e6);
  });

  it("a negative amount is #VALUE! (a message the user sees)", () => {
    expect(() => trancheRemaining(-1, [])).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => trancheRemaining(1, [-1])).toThrow(expect.objectContaining({ kind: "value" }));
  });
});
