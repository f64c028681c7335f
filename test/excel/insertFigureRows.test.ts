/**
 * Figure rows at the selected cell on the strict fake: written only when every cell of the
 * block is empty (otherwise nothing is written and the occupied cells are named), in three
 * syncs whatever the number of figures, formats with the values, and refused before Excel is
 * asked when the block would pass the sheet's last column.
 */
import { FakeExcel } from "../support/excelFake";
import { figureRows } from "../../src/excel/figureRows";
import {
  BlockNotEmptyError,
  BlockOutsideSheetError,
  insertFigureRows,
} from "../../src/excel/insertFigureRows";

const IDS = ["zh.plancapaciteit", "wbi.t1.toegekend_incl_btw", "zh.plancapaciteit_ratio"];

describe("insert figure rows", () => {
  it("writes a table with headers at the active cell in three syncs, formats first", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL" });
    xl.addUserSheet("Analyse", [["mijn kop"]]);
    xl.selection = { sheet: "Analyse", address: "B2" };
    const plan = figureRows(IDS, "nl", true);
    if (!plan) throw new Error("no plan");
    const { address } = await insertFigureRows(xl.context(), plan);
    expect(address).toBe("B2:F5");
    const sheet = xl.sheet("Analyse");
    expect(sheet?.get(1, 1).value).toBe("Kengetal");
    expect(sheet?.get(2, 2).value).toBe(187000);
    expect(sheet?.get(2, 2).format).toBe("#,##0");
    expect(sheet?.get(3, 2).format).toBe("€ #,##0");
    expect(sheet?.get(2, 1).format).toBe("@");
    // the user's own cell stays as it was
    expect(sheet?.get(0, 0).value).toBe("mijn kop");
    expect(xl.batches).toHaveLength(3);
  });

  it.each([["text"], [0], ["=1+1"]])(
    "writes nothing when a cell of the block holds %p, and names it",
    async (content) => {
      const xl = new FakeExcel({ displayLanguage: "nl-NL" });
      xl.addUserSheet("Analyse", [
        ["", "", "", ""],
        ["", "", content, ""],
      ]);
      xl.selection = { sheet: "Analyse", address: "A1" };
      const plan = figureRows(IDS, "nl", true);
      if (!plan) throw new Error("no plan");
      const before = JSON.stringify([...(xl.sheet("Analyse")?.cells ?? [])]);
      const error = await insertFigureRows(xl.context(), plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BlockNotEmptyError);
      expect((error as BlockNotEmptyError).occupied).toEqual(["C2"]);
      expect((error as BlockNotEmptyError).block).toBe("A1:E4");
      expect(JSON.stringify([...(xl.sheet("Analyse")?.cells ?? [])])).toBe(before);
      expect(xl.batches).toHaveLength(2);
    }
  );

  it("refuses a block past the sheet's last column without asking Excel for it", async () => {
    const xl = new FakeExcel({ displayLanguage: "en-US" });
    xl.addUserSheet("Analysis", [[""]]);
    xl.selection = { sheet: "Analysis", address: "XFC10" };
    const plan = figureRows(["zh.plancapaciteit"], "en", false);
    if (!plan) throw new Error("no plan");
    await expect(insertFigureRows(xl.context(), plan)).rejects.toBeInstanceOf(
      BlockOutsideSheetError
    );
    expect(xl.batches).toHaveLength(1);
  });

  it("works on Excel for Windows 2002 (ExcelApi 1.11): nothing above the figures' 1.7", async () => {
    const xl = new FakeExcel({ displayLanguage: "nl-NL", profile: "win-2002" });
    xl.addUserSheet("Analyse", [[""]]);
    xl.selection = { sheet: "Analyse", address: "A1" };
    const plan = figureRows(["zh.plancapaciteit"], "nl", false);
    if (!plan) throw new Error("no plan");
    await insertFigureRows(xl.context(), plan);
    expect(xl.sheet("Analyse")?.get(0, 1).value).toBe(187000);
  });
});
