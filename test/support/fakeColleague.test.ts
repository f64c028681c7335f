/**
 * The fake moves references as Excel does when a colleague edits the grid or the sheets
 * (rules and sources in fakeReferences.ts).
 */
import { FakeExcel } from "./excelFake";
import { colleague } from "./fakeColleague";
import { adjustFormula } from "./fakeReferences";

function book() {
  const xl = new FakeExcel({ displayLanguage: "en-US" });
  const a = xl.addUserSheet("Analyse", [
    ["naam", 1, 2],
    ["x", 3, 4],
    ["y", 5, 6],
  ]);
  a.setFormula(4, 1, "=SUM(B1:B3)", 9);
  a.setFormula(4, 2, "=$C$2*2+A:A", 8);
  const b = xl.addUserSheet("Mijn blad", []);
  b.setFormula(0, 0, "=Analyse!B2+'Analyse'!$C$3", 9);
  b.setFormula(1, 0, '="Analyse!B2"&Analyse!B2', "x");
  return { xl, a, b, c: colleague(xl) };
}

describe("the fake moves references as Excel does", () => {
  it("inserting a row above moves every reference below it, on the sheet and from other sheets", () => {
    const { a, b, c } = book();
    c.insert("Analyse", "1:1", "Down");
    expect(a.get(5, 1).formula).toBe("=SUM(B2:B4)");
    expect(a.get(5, 2).formula).toBe("=$C$3*2+A:A"); // absolute moves too; A:A untouched
    expect(b.get(0, 0).formula).toBe("=Analyse!B3+'Analyse'!$C$4");
    expect(b.get(1, 0).formula).toBe('="Analyse!B2"&Analyse!B3'); // text is not a reference
    expect(a.get(1, 0).value).toBe("naam");
  });

  it("a row inserted inside a range grows it; deleting part shrinks it; deleting all of it is #REF!", () => {
    const { a, b, c } = book();
    c.insert("Analyse", "2:2", "Down");
    expect(a.get(5, 1).formula).toBe("=SUM(B1:B4)");
    c.delete("Analyse", "1:2", "Up");
    expect(a.get(3, 1).formula).toBe("=SUM(B1:B2)");
    expect(b.get(0, 0).formula).toBe("=Analyse!B1+'Analyse'!$C$2");
    c.delete("Analyse", "1:2", "Up");
    expect(a.get(1, 1).formula).toBe("=SUM(#REF!)");
    // Excel keeps the sheet's name before the #REF! ("=Analyse!#REF!")
    expect(b.get(0, 0).formula).toBe("=Analyse!#REF!+'Analyse'!#REF!");
  });

  it("columns, and cells shifted within a band only", () => {
    const { a, c } = book();
    c.insert("Analyse", "A:A", "Right");
    expect(a.get(4, 2).formula).toBe("=SUM(C1:C3)");
    expect(a.get(4, 3).formula).toBe("=$D$2*2+B:B");
    // cells shifted down in column C only: a reference inside column C moves, B's does not
    expect(
      adjustFormula("=C2+B2+B2:C2", "S", {
        sheet: "S",
        kind: "insert",
        axis: "rows",
        at: 0,
        count: 1,
        band: [2, 2],
      })
    ).toBe("=C3+B2+B2:C2");
  });

  it("renaming a sheet renames references to it; deleting a sheet makes them #REF!", () => {
    const { b, c } = book();
    c.rename("Analyse", "Analyse 2021");
    expect(b.get(0, 0).formula).toBe("='Analyse 2021'!B2+'Analyse 2021'!$C$3");
    c.deleteSheet("Analyse 2021");
    expect(b.get(0, 0).formula).toBe("=#REF!+#REF!");
  });

  it("moves spill ranges, tables, conditional formats and defined names with their cells", async () => {
    const { xl, a, c } = book();
    a.setFormula(6, 0, "=SEQUENCE(2)", 1, [[1], [2]]);
    const ctx = xl.context();
    ctx.workbook.worksheets.getItem("Analyse").tables.add("A1:C3", true);
    ctx.workbook.worksheets.getItem("Analyse").getRange("C1:C3").conditionalFormats.add("Custom");
    await ctx.sync();
    xl.nameRefs.set("Doel", "=Analyse!$B$2");
    c.insert("Analyse", "1:2", "Down");
    expect([...a.spills.values()]).toEqual([{ r0: 8, c0: 0, r1: 9, c1: 0 }]);
    expect(xl.tables[0].address).toBe("A3:C5");
    expect(a.conditionalFormats[0].address).toBe("Analyse!C3:C5");
    expect(xl.nameRefs.get("Doel")).toBe("=Analyse!$B$4");
  });

  it("sorts rows of a range by a column; moves a sheet; types over a cell", () => {
    const { xl, a, c } = book();
    c.sort("Analyse", "A1:C3", 1, false);
    expect(a.valuesOf({ r0: 0, c0: 0, r1: 2, c1: 0 })).toEqual([["y"], ["x"], ["naam"]]);
    c.move("Mijn blad", 0);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Mijn blad", "Analyse"]);
    c.type("Analyse", "B5", "zie notitie");
    expect(a.get(4, 1)).toMatchObject({ value: "zie notitie" });
    expect(a.get(4, 1).formula).toBeUndefined();
  });
});
