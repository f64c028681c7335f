/**
 * A selected column of ids and figure names turned into cards on the strict fake, as Excel's
 * Stocks conversion does: cells naming one figure become its card, the others (unknown text,
 * numbers, formulas) are left exactly as they were and listed;
 * a whole-column selection reads only its used part; three syncs; where Excel has no data
 * types (Excel 2021) nothing at all is converted.
 */
import { FakeExcel } from "../support/excelFake";
import { figureNamed } from "../../src/excel/cardMatch";
import {
  MAX_CONVERT_CELLS,
  SelectionTooLargeError,
  convertSelectionToCards,
} from "../../src/excel/convertToCards";
import { CardRefusedError } from "../../src/excel/insertFigure";
import { OFFICE_ERROR_WORDS, explainError } from "../../src/locale/officeErrors";

const COLUMN = [
  ["Kengetal"],
  ["zh.plancapaciteit"],
  ["  WBI.T1.WONINGEN "],
  ["Zuid-Holland: Beschikbare plancapaciteit (voorjaar 2020)"],
  ["Housing production, yearly average over four years"],
  ["geen kengetal"],
  [42],
  ['=CONCAT("zh.",  "plancapaciteit")'],
  [""],
];

describe("names of figures", () => {
  it("are ids, Dutch and English labels, and labels with their group, in any case", () => {
    expect(figureNamed("ZH.Plancapaciteit")).toBe("zh.plancapaciteit");
    expect(figureNamed("Zuid-Holland: Available plan capacity (spring 2020)")).toBe(
      figureNamed("zh.plancapaciteit")
    );
    expect(figureNamed("plancapaciteit")).toBeNull();
  });
});

describe("convert the selection to cards", () => {
  it("turns the cells that name a figure into its card and lists the others, in three syncs", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", COLUMN);
    xl.selection = { sheet: "Analyse", address: "A:A" };
    const before = (r: number) => JSON.stringify(xl.sheet("Analyse")?.get(r, 0));
    const kept = [0, 5, 6, 7].map(before);
    const done = await convertSelectionToCards(xl.context(), "nl");
    expect(done.address).toBe("A1:A8");
    expect(done.matches.map((m) => m.address)).toEqual(["A2", "A3", "A4", "A5"]);
    expect(done.leftAlone.map((c) => c.address)).toEqual(["A1", "A6", "A7", "A8"]);
    const sheet = xl.sheet("Analyse");
    expect(sheet?.get(1, 0).entity?.text).toBe(
      "Zuid-Holland: Beschikbare plancapaciteit (voorjaar 2020)"
    );
    expect(sheet?.get(2, 0).entity?.properties?.Id).toEqual({
      type: "String",
      basicValue: "wbi.t1.woningen",
    });
    expect([0, 5, 6, 7].map(before)).toEqual(kept);
    expect(xl.batches).toHaveLength(3);
  });

  it("an empty selection converts nothing and writes nothing", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", COLUMN);
    xl.selection = { sheet: "Analyse", address: "C1:C20" };
    const done = await convertSelectionToCards(xl.context(), "nl");
    expect(done).toEqual({ address: null, matches: [], leftAlone: [] });
    expect(xl.batches).toHaveLength(1);
  });

  it("refuses more filled cells than one conversion takes, before reading them", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet(
      "Analyse",
      Array.from({ length: MAX_CONVERT_CELLS + 1 }, () => ["zh.plancapaciteit"])
    );
    xl.selection = { sheet: "Analyse", address: "A:A" };
    await expect(convertSelectionToCards(xl.context(), "nl")).rejects.toBeInstanceOf(
      SelectionTooLargeError
    );
    expect(xl.batches).toHaveLength(1);
  });

  it("a selection of several areas is refused before anything is read, in plain words", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", COLUMN);
    xl.selection = { sheet: "Analyse", address: "A1:A2, A5:A6" };
    const error = await convertSelectionToCards(xl.context(), "nl").catch((e: unknown) => e);
    expect(explainError(OFFICE_ERROR_WORDS.nl, error)).toMatch(/één aaneengesloten bereik/);
    expect(xl.sheet("Analyse")?.get(1, 0).entity).toBeUndefined();
  });

  it("converts nothing where Excel has no data types (Excel 2021)", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US", profile: "perpetual-2021" });
    xl.addUserSheet("Analysis", COLUMN);
    xl.selection = { sheet: "Analysis", address: "A1:A8" };
    const before = JSON.stringify([...(xl.sheet("Analysis")?.cells ?? [])]);
    await expect(convertSelectionToCards(xl.context(), "en")).rejects.toBeInstanceOf(
      CardRefusedError
    );
    expect(JSON.stringify([...(xl.sheet("Analysis")?.cells ?? [])])).toBe(before);
  });
});
