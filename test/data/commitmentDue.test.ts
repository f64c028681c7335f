/**
 * DUE_RULE (src/locale/sheets.ts) word by word: each form of the letter's time words gives its
 * month, named ones as stated, relative ones from the letter's date (6 November 2020) and marked
 * inferred. test/data/provenance.test.ts holds every commitment of the dataset to the rule.
 */
import { dueOf } from "../../src/data/commitmentDue";

describe("a commitment's month from the letter's words for its time", () => {
  it("reads spring and autumn of a year as May and November of it, as stated", () => {
    expect(dueOf("in het voorjaar van 2021")).toEqual({ due: "2021-05", inferred: false });
    expect(dueOf("in het najaar van 2021")).toEqual({ due: "2021-11", inferred: false });
  });

  it("reads the end of a month without a year as that month of the letter's year, inferred", () => {
    expect(dueOf("eind november")).toEqual({ due: "2020-11", inferred: true });
    expect(dueOf("eind december")).toEqual({ due: "2020-12", inferred: true });
  });

  it("gives no month only for words that start with 'na' (after an event), not for 'na' later on", () => {
    expect(dueOf("na de zomer")).toEqual({ due: null, inferred: false });
    expect(dueOf("kort na januari 2021")).toEqual({ due: "2021-01", inferred: false });
  });

  it("takes the latest month the words give, wherever it stands", () => {
    expect(dueOf("in het voorjaar van 2021, uiterlijk in 2022")).toEqual({
      due: "2022-12",
      inferred: false,
    });
    expect(dueOf("in 2022, te beginnen in het voorjaar van 2021")).toEqual({
      due: "2022-12",
      inferred: false,
    });
  });

  it("takes a month the letter names over the same month inferred", () => {
    expect(dueOf("in december 2020, dus dit jaar")).toEqual({ due: "2020-12", inferred: false });
  });
});
