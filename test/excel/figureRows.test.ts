/**
 * Figures as rows: one "met label" row, or a table with a header row, in the pane's language;
 * each value with the format its unit implies, every text cell in the text format so no label,
 * section or source can become a formula.
 */
import { figureRows } from "../../src/excel/figureRows";
import { TEXT_FORMAT } from "../../src/data/cellText";

describe("figure rows", () => {
  it("one figure with its label: label, value, unit, period, source, no header", () => {
    const plan = figureRows(["zh.plancapaciteit"], "nl", false);
    expect(plan?.header).toBe(false);
    expect(plan?.values).toEqual([
      [
        "Zuid-Holland: Beschikbare plancapaciteit (voorjaar 2020)",
        187000,
        "woningen",
        "voorjaar 2020",
        expect.stringMatching(/^Kamerbrief woningbouw 2020-11-06, Kamerstuk 32 847, nr\. 694; /),
      ],
    ]);
    expect(plan?.formats).toEqual([[TEXT_FORMAT, "#,##0", TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT]]);
  });

  it("several figures as a table with headers, in English, money and shares formatted", () => {
    const plan = figureRows(
      ["wbi.t1.toegekend_incl_btw", "zh.plancapaciteit_ratio", "zh.plancapaciteit"],
      "en",
      true
    );
    expect(plan?.values[0]).toEqual(["Figure", "Value", "Unit", "Period", "Source"]);
    expect(plan?.values).toHaveLength(4);
    expect(plan?.values[1][1]).toBe(350000000);
    expect(plan?.formats[1][1]).toBe("€ #,##0");
    // a range goes in as its text: both ends, nothing chosen between them
    expect(plan?.values[2][1]).toBe("79.6% – 91.7%");
    expect(plan?.formats[2][1]).toBe(TEXT_FORMAT);
    expect(plan?.values[3][2]).toBe("homes");
  });

  it("skips unknown ids and plans nothing when none is known", () => {
    expect(figureRows(["nope"], "nl", true)).toBeNull();
    expect(figureRows(["nope", "zh.plancapaciteit"], "nl", true)?.ids).toEqual([
      "zh.plancapaciteit",
    ]);
  });
});
