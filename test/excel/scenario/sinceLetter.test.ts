/**
 * The scenario sheet and what happened after the letter: presets from the realised production
 * (homes added, as published) and the later target of 100,000 a year, and the published
 * shortage estimates as points beside the model's path — all read from the dataset.
 */
import { FakeExcel } from "../../support/excelFake";
import { SheetEvaluator } from "../../support/formulaEval";
import { fromSource } from "../../support/functionsUnderTest";
import { insertScenario } from "../../../src/excel/scenario/writer";
import { PRESET_LABELS, presetCells } from "../../../src/excel/scenario/layout";
import { namesFor } from "../../../src/locale/functionNames";
import { BASELINE } from "../../../src/data/baseline";
import { figureById } from "../../../src/data/dataset";
import {
  realisedProduction,
  shortageEstimates,
  laterProductionTarget,
} from "../../../src/data/sinceLetter";
import { START_YEAR } from "../../../src/model/shortage";

const HELP = "https://localhost:3000/help/functions.html";
const fns = fromSource();

describe("the scenario's presets from the figures since the letter", () => {
  it("the realised preset reproduces every published year and keeps the trend path elsewhere", () => {
    const cells = presetCells("gerealiseerd");
    const published = new Map(realisedProduction().map((r) => [r.year, r.id]));
    expect(published.size).toBeGreaterThan(0);
    cells.forEach((v, t) => {
      const id = published.get(START_YEAR + t);
      expect([START_YEAR + t, v]).toEqual([
        START_YEAR + t,
        id ? figureById(id)?.value : BASELINE.trendPath[t],
      ]);
    });
    // a year no page gave (2021's additions are empty in the data) stays on the trend path
    expect(figureById("sinds.toevoeging.2021")?.value).toBeNull();
    expect(cells[1]).toBe(BASELINE.trendPath[1]);
    expect(PRESET_LABELS.gerealiseerd.nl).toContain(
      [...published.keys()].includes(2021) ? "2020–2024" : "2020, 2022–2024"
    );
  });

  it("the target preset is the realised production until the later target starts, then the target", () => {
    const target = laterProductionTarget();
    expect(target.value).toBe(figureById("sinds.doel.per_jaar")?.value);
    const cells = presetCells("doel100k");
    const realised = presetCells("gerealiseerd");
    cells.forEach((v, t) =>
      expect([START_YEAR + t, v]).toEqual([
        START_YEAR + t,
        START_YEAR + t >= target.fromYear ? target.value : realised[t],
      ])
    );
    expect(PRESET_LABELS.doel100k.nl).toContain(`vanaf ${target.fromYear} 100.000 per jaar`);
    expect(PRESET_LABELS.doel100k.en).toContain(`from ${target.fromYear} 100,000 a year`);
  });

  it("the sheet shows each published estimate in its year's row, read by FIGURE, beside the model's path", async () => {
    const xl = new FakeExcel();
    await insertScenario(xl.context(), "gerealiseerd", HELP, namesFor("nl-NL"));
    const ws = xl.sheet("WB Scenario");
    if (!ws) throw new Error("no sheet");
    const ev = new SheetEvaluator(xl, ws, fns.fns, fns.ErrorClass);
    const estimates = shortageEstimates();
    expect(estimates.length).toBeGreaterThan(2);
    for (const e of estimates) {
      const row = 6 + e.year - START_YEAR;
      expect(ws.get(row - 1, 10).formula).toBe(`=WONINGBOUW.FIGURE("${e.id}")`);
      expect(ev.value(`K${row}`)).toBe(e.shortage);
      expect(ev.value(`F${row}`)).toBe(e.year);
      expect(typeof ev.value(`G${row}`)).toBe("number");
    }
    // the production inputs are the preset's numbers, styled as inputs
    expect(ws.get(5, 1)).toMatchObject({ value: presetCells("gerealiseerd")[0], style: "Input" });
  });
});
