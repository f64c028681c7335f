/**
 * The one place a language is chosen: a tag's language (Dutch for nl-*, English for anything
 * else), the Dutch or English of a pair, and the boot messages that cannot know the language.
 */
import { inLanguage, langFromTag } from "../../src/locale/lang";
import { BOOT_WORDS, bootMessage } from "../../src/locale/boot";
import { NOTATION_WORDS, NUMBER_LOCALE } from "../../src/locale/notation";

describe("choosing a language", () => {
  it.each([
    ["nl", "nl"],
    ["nl-NL", "nl"],
    ["NL-be", "nl"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["fr-nl", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ] as const)("the tag %p speaks %s", (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });

  it("inLanguage gives the Dutch of a pair for Dutch and the English otherwise", () => {
    const pair = { nl: "ja", en: "yes" };
    expect(inLanguage("nl", pair)).toBe("ja");
    expect(inLanguage("en", pair)).toBe("yes");
    // a language the types do not know (an untyped caller) reads English, as langFromTag does
    expect(inLanguage("de" as never, pair)).toBe("yes");
  });

  it("boot messages say it in both languages, Dutch first", () => {
    for (const kind of Object.keys(BOOT_WORDS.nl) as Array<keyof typeof BOOT_WORDS.nl>)
      expect(bootMessage(kind)).toBe(`${BOOT_WORDS.nl[kind]} · ${BOOT_WORDS.en[kind]}`);
    expect(bootMessage("officeMissing")).toMatch(
      /^Office\.js kon niet worden geladen.* · Office\.js could not be loaded/
    );
  });

  it("amounts short, per language: millions and billions", () => {
    expect(NOTATION_WORDS.nl.amount("225", false)).toBe("€ 225 mln");
    expect(NOTATION_WORDS.nl.amount("1", true)).toBe("€ 1 mld");
    expect(NOTATION_WORDS.en.amount("225", false)).toBe("€225 million");
    expect(NOTATION_WORDS.en.amount("1", true)).toBe("€1 billion");
    expect(NUMBER_LOCALE).toEqual({ nl: "nl-NL", en: "en-GB" });
    expect(NOTATION_WORDS.nl.months.split(" ")).toHaveLength(12);
    expect(NOTATION_WORDS.en.months.split(" ")[10]).toBe("November");
  });
});
