/**
 * The mark by which the add-in recognises its own sheets (src/excel/ownership.ts).
 */
import { DATASET_HASH, DATASET_ID, DATASET_VERSION } from "../../src/data/dataset";
import { encodeMark, ownMark, parseMark } from "../../src/excel/ownership";

describe("the sheet mark", () => {
  it("names this dataset, what the sheet holds, the version, hash, fingerprint and table", () => {
    expect(JSON.parse(ownMark("scenario"))).toEqual({
      d: DATASET_ID,
      t: "scenario",
      v: DATASET_VERSION,
      h: DATASET_HASH,
      f: "",
      n: "",
    });
    expect(parseMark(ownMark("bronnen", "0a3afd0a", "Bronnen"))).toMatchObject({
      t: "bronnen",
      f: "0a3afd0a",
      n: "Bronnen",
    });
  });

  it("reads back only a mark of this dataset with every field a string", () => {
    const good = { d: DATASET_ID, t: "scenario", v: "1.0", h: "x", f: "", n: "" };
    expect(parseMark(encodeMark(good as never))).toEqual(good);
    for (const bad of [
      { ...good, d: "another-dataset" },
      { ...good, t: 1 },
      { ...good, v: null },
      { ...good, f: undefined },
      { ...good, n: 0 },
    ])
      expect(parseMark(JSON.stringify(bad))).toBeNull();
  });

  it("anything else in the property is no mark: not text, not JSON, JSON null", () => {
    for (const v of [undefined, null, 42, true, new Date(0), "", "{", "null", "[]", "42"])
      expect(parseMark(v)).toBeNull();
    // the mark's fields as an object, not as text: a custom property holds text, not objects
    expect(parseMark(JSON.parse(ownMark("provincies")))).toBeNull();
  });
});
