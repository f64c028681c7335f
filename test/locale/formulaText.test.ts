import { readableFormula } from "../../src/locale/formulaText";
import { sheetTables } from "../../src/data/tables";

describe("a derived figure's formula as analysts read it", () => {
  it("writes rounding and means out in words, in Dutch and English", () => {
    expect(readableFormula("round(a / b, -3)")).toBe("a / b, afgerond op duizendtallen");
    expect(readableFormula("round(a / b, -3)", "en")).toBe("a / b, rounded to thousands");
    expect(readableFormula("mean(a, b, c)")).toBe("gemiddelde van a, b, c");
    expect(readableFormula("a - b")).toBe("a - b");
  });

  it("reads every rounding the data uses, with or without a space after the comma", () => {
    expect(readableFormula("round(a,0)", "en")).toBe("a, rounded to whole numbers");
    expect(readableFormula("round(a, -1)")).toBe("a, afgerond op tientallen");
    expect(readableFormula("round(a,  -2)", "en")).toBe("a, rounded to hundreds");
    expect(readableFormula("mean(a, b)", "en")).toBe("mean of a, b");
    // a rounding without words stays as it is
    expect(readableFormula("round(a, 2)")).toBe("round(a, 2)");
  });

  it("no sheet shows a function name in its formula column", () => {
    const cells = sheetTables().flatMap((t) => {
      const col = t.columns.findIndex((c) => c.header === "Sectie of formule");
      return col < 0 ? [] : t.rows.map((r) => String(r[col]));
    });
    expect(cells.some((c) => c.startsWith("formule: "))).toBe(true);
    expect(cells.filter((c) => /\b(?:round|mean)\(/.test(c))).toEqual([]);
  });
});
