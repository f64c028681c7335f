/**
 * Every user-facing word lives in src/locale/, one vocabulary per surface, each `{ nl, en }`.
 * The compiler holds the English to the Dutch shape; this test proves it at run time for every
 * vocabulary the folder exports (found by walking the modules, so a new one cannot be
 * forgotten): both languages have every key, deeply, the same arrays and the same functions,
 * and no text is empty — also what each function writes, for the arguments it takes.
 */
import fs from "fs";
import path from "path";
import { projectRoot } from "../support/projectRoot";
import { FEATURE_REQUIREMENTS } from "../../src/excel/requirements";
import { UNITS } from "../../src/data/schema";
import { FUNCTION_IDS } from "../../src/locale/functionNames";

import * as boot from "../../src/locale/boot";
import * as card from "../../src/locale/card";
import * as formulaLanguage from "../../src/locale/formulaLanguage";
import * as formulaText from "../../src/locale/formulaText";
import * as functionMessages from "../../src/locale/functionMessages";
import * as functionNames from "../../src/locale/functionNames";
import * as lang from "../../src/locale/lang";
import * as notation from "../../src/locale/notation";
import * as officeErrors from "../../src/locale/officeErrors";
import * as pane from "../../src/locale/pane";
import * as rows from "../../src/locale/rows";
import * as scenario from "../../src/locale/scenario";
import * as sheets from "../../src/locale/sheets";
import * as units from "../../src/locale/units";

/**
 * Every module of src/locale, imported statically (so the mutation run sees which tests load
 * them); the first test proves the list is the folder's, so a new module cannot be forgotten.
 */
const MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  boot,
  card,
  formulaLanguage,
  formulaText,
  functionMessages,
  functionNames,
  lang,
  notation,
  officeErrors,
  pane,
  rows,
  scenario,
  sheets,
  units,
};

type Pair = { nl: unknown; en: unknown };
const isPair = (v: unknown): v is Pair =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).sort().join() === "en,nl";

/** Every `{ nl, en }` a module of src/locale exports, by "module.export". */
function vocabularies(): Map<string, Pair> {
  const found = new Map<string, Pair>();
  for (const [file, mod] of Object.entries(MODULES))
    for (const [name, value] of Object.entries(mod))
      if (isPair(value)) found.set(`${file}.${name}`, value);
  return found;
}

/** A message's parameters: any name reads as a short text. */
const anyParams = new Proxy({}, { get: (_t, key) => (typeof key === "string" ? "7" : undefined) });

/**
 * Arguments to call a word function with, by its path: what its parameters mean. Functions not
 * listed are tried with numbers (0, 1, 2 — the plural forms), texts and lists of texts, and a
 * message's parameters; every kind both languages take is checked.
 */
const FEATURES = Object.keys(FEATURE_REQUIREMENTS);
const ARGS: Readonly<Record<string, readonly unknown[][]>> = {
  featureName: FEATURES.flatMap((f) => [
    [f, "ExcelApi 1.13"],
    [f, "ExcelApi 9.99"],
  ]),
  conflictReason: [["changed"], ["deleted"], ["unchecked"]],
  unit: UNITS.map((u) => [u]),
  vat: [["incl"], ["excl"], ["onbekend"]],
  changeCell: [
    ["Utrecht", "Waarde", "1", "2"],
    ["Utrecht", "Toelichting", "", ""],
  ],
  args: [[";", ","]],
  amount: [
    ["225", false],
    ["1", true],
  ],
  changesSummary: [
    [0, 0, 0],
    [1, 2, 3],
    [2, 0, 0],
  ],
  progress: [[1, 3]],
  outcomeUpdated: [
    ["WB Kerncijfers", "1.2.0", "1.3.0"],
    ["WB Kerncijfers", "1.3.0", "1.3.0"],
  ],
  rowsInserted: [
    [1, "B2", false],
    [1, "B2:F3", true],
    [3, "B2:F5", true],
  ],
  frozen: [
    [0, []],
    [1, ["Blad1"]],
    [2, ["Blad1", "Blad2"]],
  ],
  rewriteQuestion: [[["WB Kerncijfers"]], [["WB Kerncijfers", "WB Provincies"]]],
  searchNoExactAmount: [
    ["187.000", 1],
    ["187.000", 2],
  ],
  gerealiseerd: [[{ realised: "2020–2024", target: "2020", fromYear: 2025, perYear: 100000 }]],
  doel100k: [[{ realised: "2020–2024", target: "2020", fromYear: 2025, perYear: 100000 }]],
};
const GENERIC: unknown[] = [0, 1, 2, "A1", ["A1", "B2"], anyParams];

function argumentLists(key: string, arity: number): unknown[][] {
  if (ARGS[key]) return ARGS[key].map((a) => [...a]);
  return GENERIC.map((g) => Array.from({ length: arity }, () => g));
}

/** Walks the Dutch and English side by side; returns what differs or is empty. */
function compare(nl: unknown, en: unknown, at: string, problems: string[]): void {
  const key = at.split(".").pop() ?? at;
  if (typeof nl === "string" || typeof en === "string") {
    if (typeof nl !== "string" || typeof en !== "string") problems.push(`${at}: not text in both`);
    else if (!nl.trim() || !en.trim()) problems.push(`${at}: empty text`);
    else if (/undefined|NaN|\[object/.test(nl + en)) problems.push(`${at}: ${nl} / ${en}`);
    return;
  }
  if (typeof nl === "function" || typeof en === "function") {
    if (typeof nl !== "function" || typeof en !== "function") {
      problems.push(`${at}: a function in one language only`);
      return;
    }
    if (nl.length !== en.length) problems.push(`${at}: ${nl.length} vs ${en.length} arguments`);
    let called = 0;
    const listed = key in ARGS;
    for (const args of argumentLists(key, nl.length)) {
      let out: [unknown, unknown];
      try {
        out = [nl(...args), en(...args)];
      } catch {
        continue;
      }
      // a generic argument of the wrong kind shows as "undefined" or "[object …]": not a fit
      if (!listed && /undefined|NaN|\[object/.test(JSON.stringify(out))) continue;
      called++;
      compare(out[0], out[1], `${at}(${args.map((a) => JSON.stringify(a)).join(", ")})`, problems);
    }
    if (called === 0) problems.push(`${at}: no arguments fit; add its arguments to ARGS`);
    return;
  }
  if (Array.isArray(nl) || Array.isArray(en)) {
    if (!Array.isArray(nl) || !Array.isArray(en) || nl.length !== en.length)
      problems.push(`${at}: lists of different lengths`);
    else nl.forEach((v, i) => compare(v, en[i], `${at}[${i}]`, problems));
    return;
  }
  if (typeof nl === "object" && nl !== null && typeof en === "object" && en !== null) {
    const keys = (o: object) => Object.keys(o).sort().join();
    if (keys(nl) !== keys(en)) problems.push(`${at}: keys ${keys(nl)} vs ${keys(en)}`);
    for (const k of Object.keys(nl))
      compare((nl as never)[k], (en as never)[k], `${at}.${k}`, problems);
    return;
  }
  problems.push(`${at}: ${typeof nl} / ${typeof en}`);
}

describe("the vocabularies of src/locale", () => {
  const all = vocabularies();

  it("are read from every module of src/locale", () => {
    const files = fs
      .readdirSync(path.join(projectRoot(), "src", "locale"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.basename(f, ".ts"));
    expect(Object.keys(MODULES).sort()).toEqual(files.sort());
  });

  it("are found for every surface", () => {
    expect([...all.keys()].sort()).toEqual(
      expect.arrayContaining([
        "boot.BOOT_WORDS",
        "card.CARD_FIELDS",
        "card.CARD_WORDS",
        "formulaText.FORMULA_WORDS",
        "functionMessages.FUNCTION_MESSAGES",
        "functionMessages.PATH_HEADER",
        "notation.NUMBER_LOCALE",
        "notation.NOTATION_WORDS",
        "officeErrors.OFFICE_ERROR_WORDS",
        "pane.PANE_WORDS",
        "rows.ROW_WORDS",
        "scenario.PRESET_WORDS",
        "units.UNIT_WORDS",
        "units.VAT_WORDS",
      ])
    );
  });

  it.each([...all.keys()])(
    "%s: both languages have every key, deeply, and no empty text",
    (name) => {
      const { nl, en } = all.get(name) as Pair;
      const problems: string[] = [];
      compare(nl, en, name, problems);
      expect(problems).toEqual([]);
    }
  );

  it("the pane's words explain every function the help lists, and every feature", () => {
    const pane = all.get("pane.PANE_WORDS") as { nl: { helpFunction: object } };
    expect(Object.keys(pane.nl.helpFunction).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("the same text in both languages only where a word is the same (a name, a number)", () => {
    const same: string[] = [];
    const walk = (nl: unknown, en: unknown, at: string) => {
      if (typeof nl === "string") {
        if (nl === en && /\s\S+\s/.test(nl)) same.push(`${at}: ${nl}`);
      } else if (nl && typeof nl === "object")
        for (const k of Object.keys(nl)) walk((nl as never)[k], (en as never)[k], `${at}.${k}`);
    };
    for (const [name, { nl, en }] of all) walk(nl, en, name);
    expect(same).toEqual([]);
  });
});
