/**
 * The search's synonyms (src/data/vocabulary.ts): text normalised as the groups are written,
 * and exactly the words of the groups a text holds, nothing for a word no group knows.
 */
import { SYNONYMS, normalise, synonymsIn } from "../../src/data/vocabulary";

describe("text as the search compares it", () => {
  it("is lower case without accents, a run of other characters one space, nothing around it", () => {
    expect(normalise(" „Fryslân”! ")).toBe("fryslan");
    expect(normalise("'s-Gravenhage -- Den  Haag")).toBe("s gravenhage den haag");
  });
});

describe("the synonyms of a text", () => {
  it("are exactly the words of each group it holds, whatever other words stand beside", () => {
    const shortage = SYNONYMS.find((g) => g.includes("woningtekort"))!;
    expect(synonymsIn("onbekend woord, tekort")).toBe(shortage.join(" "));
    expect(synonymsIn("onbekend woord")).toBe("");
  });

  it("are found for a phrase of a group too, once per group", () => {
    const levy = SYNONYMS.find((g) => g.includes("landlord levy"))!;
    expect(synonymsIn("the Landlord-levy")).toBe(levy.join(" "));
    expect(synonymsIn("verhuurderheffing (landlord levy)")).toBe(levy.join(" "));
  });
});
