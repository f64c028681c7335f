/**
 * Office.js errors in plain words: each code Excel reports (OfficeExtension.Error.code; the
 * Excel.ErrorCodes of @types/office-js) gets the words that say what the user can do, in both
 * languages; an error without a known code keeps its own message.
 */
import { FakeExcel } from "../support/excelFake";
import { OFFICE_ERROR_WORDS, explainError } from "../../src/locale/officeErrors";

const CODES: ReadonlyArray<[string, keyof typeof OFFICE_ERROR_WORDS.nl]> = [
  ["AccessDenied", "protected"],
  ["InvalidOperationInCellEditMode", "cellEdit"],
  ["InvalidSelection", "selection"],
  ["RequestPayloadSizeLimitExceeded", "tooLarge"],
  ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
  ["RangeExceedsLimit", "tooLarge"],
  ["ApiNotFound", "unsupported"],
];

describe("Office.js errors in plain words", () => {
  it.each(CODES)("%s: %s, in Dutch and in English", (code, words) => {
    const error = FakeExcel.officeError(code, "raw message");
    for (const lang of ["nl", "en"] as const) {
      const said = explainError(OFFICE_ERROR_WORDS[lang], error);
      expect(said).toBe(OFFICE_ERROR_WORDS[lang][words]);
      expect(said).not.toContain("raw message");
    }
  });

  it("says what the user can do: unprotect, finish the cell, select one range, insert less, update", () => {
    const en = OFFICE_ERROR_WORDS.en;
    expect(en.protected).toMatch(/Unprotect it \(Review > Protect Workbook\)/);
    expect(en.cellEdit).toMatch(/Press Enter or Esc/);
    expect(en.selection).toMatch(/one contiguous range/);
    expect(en.tooLarge).toMatch(/fewer tables at a time/);
    expect(en.unsupported).toMatch(/Update Excel/);
    const nl = OFFICE_ERROR_WORDS.nl;
    expect(nl.protected).toMatch(/Hef de beveiliging op \(Controleren > Werkmap beveiligen\)/);
    expect(nl.cellEdit).toMatch(/Druk op Enter of Esc/);
    expect(nl.selection).toMatch(/één aaneengesloten bereik/);
    expect(nl.tooLarge).toMatch(/minder tabellen tegelijk/);
    expect(nl.unsupported).toMatch(/Werk Excel bij/);
  });

  it("an unknown code, or no Office error at all, keeps its own message", () => {
    expect(
      explainError(OFFICE_ERROR_WORDS.en, FakeExcel.officeError("GeneralException", "boom"))
    ).toBe("Excel reported an error: boom");
    expect(explainError(OFFICE_ERROR_WORDS.nl, new Error("kapot"))).toBe(
      "Excel meldde een fout: kapot"
    );
    expect(explainError(OFFICE_ERROR_WORDS.en, "plain")).toBe("Excel reported an error: plain");
    expect(explainError(OFFICE_ERROR_WORDS.en, null)).toBe("Excel reported an error: null");
  });
});
