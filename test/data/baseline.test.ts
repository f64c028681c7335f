import { BASELINE, PLAN_CAPACITY_NORM } from "../../src/data/baseline";
import { figureById } from "../../src/data/dataset";

describe("the model's defaults come from the dataset", () => {
  it("takes the norm 1.3 from the letter's figure plancapaciteit.norm", () => {
    expect(PLAN_CAPACITY_NORM).toBe(1.3);
    expect(figureById("plancapaciteit.norm")?.value).toBe(PLAN_CAPACITY_NORM);
  });

  it("takes the start shortage, stock and withdrawals from the model parameters", () => {
    expect(BASELINE.startShortage).toBe(figureById("param.tekort_2020")?.value);
    expect(BASELINE.startStock).toBe(figureById("param.voorraad_2020")?.value);
    expect(BASELINE.withdrawals).toBe(figureById("param.onttrekking")?.value);
  });
});
