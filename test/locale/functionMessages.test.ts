/**
 * The functions' messages (src/locale/functionMessages.ts) name what they refuse: every message
 * shows each parameter it is given — the argument's name, the value it got, the year, the
 * limit — and the Dutch and the English message show the same ones. One message per refusal of
 * the model (src/model/errors.ts), no more.
 */
import { ERROR_KIND } from "../../src/model/errors";
import {
  FUNCTION_MESSAGES,
  PATH_HEADER,
  paramName,
  writtenNumber,
} from "../../src/locale/functionMessages";

/** Numbers the messages write in the language's notation, and how each language shows them. */
const NUMBERS: Readonly<Record<string, { value: number; nl: string; en: string }>> = {
  share: { value: 0.07, nl: "7%", en: "7%" },
  production: { value: 1234567, nl: "1.234.567", en: "1,234,567" },
};

/** Calls a message with parameters that record which ones it reads. */
function shown(lang: "nl" | "en", key: keyof typeof FUNCTION_MESSAGES.nl) {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_t, name) => {
        if (typeof name !== "string") return undefined;
        read.add(name);
        return NUMBERS[name]?.value ?? `‹${name}›`;
      },
    }
  );
  return { text: FUNCTION_MESSAGES[lang][key](params), read: [...read].sort() };
}

describe("the functions' messages", () => {
  const keys = Object.keys(FUNCTION_MESSAGES.nl) as Array<keyof typeof FUNCTION_MESSAGES.nl>;

  it("are one per refusal of the model, in both languages", () => {
    expect([...keys].sort()).toEqual(Object.keys(ERROR_KIND).sort());
    expect(Object.keys(FUNCTION_MESSAGES.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s shows every parameter it reads, the same ones in Dutch and English", (key) => {
    const nl = shown("nl", key);
    const en = shown("en", key);
    expect(en.read).toEqual(nl.read);
    for (const [lang, { text, read }] of [
      ["nl", nl],
      ["en", en],
    ] as const) {
      expect(text.trim().length).toBeGreaterThan(15);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      for (const name of read) expect(text).toContain(NUMBERS[name]?.[lang] ?? `‹${name}›`);
    }
  });

  it("name the argument (param) for every refusal of one argument", () => {
    // the messages about one argument's value or shape; the others are about the whole call
    const aboutOne = keys.filter(
      (k) =>
        ![
          "stockDepleted",
          "targetMet",
          "shareRange",
          "yearRange",
          "shapeMismatch",
          "emptyRange",
          "notFinite",
          "unknownTranche",
          "budgetUnknown",
          "unknownFigure",
          "unknownField",
          "figureNoValue",
          "fieldEmpty",
          "internal",
        ].includes(k)
    );
    expect(aboutOne.length).toBeGreaterThan(10);
    for (const k of aboutOne)
      expect([k, shown("nl", k).read]).toEqual([k, expect.arrayContaining(["param"])]);
  });

  it("the path's header row and Dutch parameter names", () => {
    expect(PATH_HEADER.nl).toEqual(["jaar", "tekort", "voorraad", "aandeel"]);
    expect(PATH_HEADER.en).toEqual(["year", "shortage", "stock", "share"]);
    expect(paramName("nl", "plan_capacity")).toBe("plancapaciteit");
    expect(paramName("en", "plan_capacity")).toBe("plan_capacity");
    expect(paramName("nl", "no_such_param")).toBe("no_such_param");
  });

  it("write numbers in each language's notation", () => {
    expect(writtenNumber("nl", 1234567.25, 2)).toBe("1.234.567,25");
    expect(writtenNumber("en", 1234567.25, 2)).toBe("1,234,567.25");
    expect(writtenNumber("en", "x")).toBe("x");
    expect(writtenNumber("nl", 999)).toBe("999");
    expect(writtenNumber("nl", 1000)).toBe("1.000");
    expect(writtenNumber("en", 12.5, 3)).toBe("12.5");
    expect(writtenNumber("nl", 0.125, 2)).toBe("0,13");
    expect(writtenNumber("en", 5)).toBe("5");
    expect(writtenNumber("en", -5)).toBe("\u22125");
    expect(writtenNumber("nl", 0)).toBe("0");
  });
});
