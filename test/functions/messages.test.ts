/**
 * The functions' messages as users read them: Dutch messages name parameters by the names
 * Dutch Excel shows, numbers are written in the language's notation.
 */
import dutch from "../../src/locale/functions.nl.json";
import { ERROR_KIND, type MessageKey } from "../../src/model/errors";
import { message } from "../../src/functions/messages";
import { writtenNumber } from "../../src/locale/functionMessages";

const keys = Object.keys(ERROR_KIND) as MessageKey[];
/** English parameter name → the name Dutch Excel shows (the build checks both lists agree). */
const dutchName = new Map(
  Object.values(dutch).flatMap((fn) =>
    Object.entries(fn.parameters as Record<string, { name: string }>).map(([en, t]) => [en, t.name])
  )
);
const englishParams = [...dutchName.keys()];
/** English parameter names that Dutch Excel shows differently (norm, tranche, id are the same). */
const foreign = englishParams.filter((p) => dutchName.get(p) !== p);

describe("function messages", () => {
  it("every Dutch message names every parameter by its Dutch name, and no English one", () => {
    expect(foreign.length).toBeGreaterThan(10);
    for (const key of keys)
      for (const param of englishParams) {
        const text = message("nl", key, {
          param,
          got: "x",
          rows: 2,
          cols: 2,
          year: 2030,
          share: 0.07,
          production: -1234.5,
          index: 2,
          min: 2021,
          max: 2035,
          a: "2×1",
          b: "3×1",
          what: "ratio",
          code: "#N/A",
          tranche: 3,
          known: "1, 2",
          id: "x.y",
          suggestions: "x.z",
          field: "low",
          fields: "value, low",
          detail: "d",
        });
        for (const en of foreign)
          expect([key, param, new RegExp(`\\b${en}\\b`).test(text)]).toEqual([key, param, false]);
      }
  });

  it("writes numbers in the language's notation, rounded, with a minus sign", () => {
    expect(writtenNumber("nl", 7.000000000000001, 2)).toBe("7");
    expect(writtenNumber("en", 28.999999999999996, 2)).toBe("29");
    expect(writtenNumber("nl", 12.5, 2)).toBe("12,5");
    expect(writtenNumber("en", 12.5, 2)).toBe("12.5");
    expect(writtenNumber("nl", -1234567.4)).toBe("\u22121.234.567");
    expect(writtenNumber("en", -1234567.6)).toBe("\u22121,234,568");
    expect(writtenNumber("en", -0.001)).toBe("0");
  });
});
