/**
 * Suggestions for an unknown figure id (WONINGBOUW.FIGURE's #N/A message): ids that contain
 * what was typed come first once it is three characters or more; shorter input, which
 * would be contained in dozens of ids, is ranked by edit distance alone.
 */
import { closestIds } from "../../src/data/lookup";
import { dataset } from "../../src/data/dataset";

describe("closest known ids for an unknown one", () => {
  it("puts ids containing a three-letter fragment first, though longer ids are further away", () => {
    expect(closestIds("vel", 2)).toEqual(["svg.regio_enveloppe", "svg.regio_enveloppe_gebieden"]);
  });

  it("ranks a two-letter fragment by edit distance, not by containment", () => {
    const containing = dataset.figures.filter((f) => f.id.includes("t1")).map((f) => f.id);
    expect(containing.length).toBeGreaterThan(3);
    expect(closestIds("t1")).not.toEqual(containing.slice(0, 3));
    expect(closestIds("t1").some((id) => containing.includes(id))).toBe(false);
  });

  it("matches case and spaces away, and reads at most 64 characters of a pasted text", () => {
    expect(closestIds("  SVG.AANTL ", 1)).toEqual(["svg.aantal"]);
    expect(closestIds(`svg.aantl${"x".repeat(5000)}`, 1)).toHaveLength(1);
  });
});
