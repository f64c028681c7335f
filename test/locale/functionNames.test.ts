import { FUNCTION_IDS, metadataFor, namesFor } from "../../src/locale/functionNames";
import { callsAddinFunction, toIdForm, toSessionForm } from "../../src/locale/formulaLanguage";
import contract from "../functions/contract.snapshot.json";

describe("which function names Excel knows per display language", () => {
  it.each([
    ["nl-NL", "functions.nl.json", "WONINGTEKORT_PAD"],
    ["nl-BE", "functions.nl.json", "WONINGTEKORT_PAD"],
    ["NL-nl", "functions.nl.json", "WONINGTEKORT_PAD"],
    ["en-US", "functions.json", "SHORTAGE_PATH"],
    ["en-GB", "functions.json", "SHORTAGE_PATH"],
    ["de-DE", "functions.json", "SHORTAGE_PATH"],
    ["fr-FR", "functions.json", "SHORTAGE_PATH"],
    ["", "functions.json", "SHORTAGE_PATH"],
    [undefined, "functions.json", "SHORTAGE_PATH"],
  ])("%s loads %s, where the path function is %s", (lang, file, name) => {
    expect(metadataFor(lang).file).toBe(file);
    expect(namesFor(lang).SHORTAGE_PATH).toBe(name);
  });

  it("knows exactly the ids of the functions' contract", () => {
    const ids = (contract as Array<{ id: string }>).map((f) => f.id);
    expect([...FUNCTION_IDS].sort()).toEqual([...ids].sort());
  });
});

describe("formulas in id form and in a session's form", () => {
  const nl = namesFor("nl-NL");
  const en = namesFor("en-US");

  it("writes a plan's id-form formula with Dutch names in a Dutch session", () => {
    expect(toSessionForm("=WONINGBOUW.SHORTAGE_PATH(B6:B20,C6:C20)", nl)).toBe(
      "=WONINGBOUW.WONINGTEKORT_PAD(B6:B20,C6:C20)"
    );
    expect(toSessionForm("=WONINGBOUW.SHORTAGE_PATH(B6:B20,C6:C20)", en)).toBe(
      "=WONINGBOUW.SHORTAGE_PATH(B6:B20,C6:C20)"
    );
  });

  it("normalises whichever language it read back to ids, in any case, nested calls too", () => {
    const read = '=IF(A1="",0,woningbouw.benodigde_productie(0.02)+WONINGBOUW.KENGETAL("x"))';
    expect(toIdForm(read)).toBe(
      '=IF(A1="",0,WONINGBOUW.PRODUCTION_NEEDED(0.02)+WONINGBOUW.FIGURE("x"))'
    );
    expect(toSessionForm(toIdForm(read), en)).toBe(toIdForm(read));
  });

  it("never touches text inside string literals", () => {
    const f = '="see WONINGBOUW.FIGURE(""id"")"&WONINGBOUW.KENGETAL("WONINGBOUW.KENGETAL(")';
    expect(toIdForm(f)).toBe(
      '="see WONINGBOUW.FIGURE(""id"")"&WONINGBOUW.FIGURE("WONINGBOUW.KENGETAL(")'
    );
  });

  it("round-trips every function between the languages", () => {
    for (const id of FUNCTION_IDS) {
      const idForm = `=WONINGBOUW.${id}(1)`;
      const dutch = toSessionForm(idForm, nl);
      expect(dutch).toBe(`=WONINGBOUW.${nl[id]}(1)`);
      expect(toIdForm(dutch)).toBe(idForm);
    }
  });

  it("recognises formulas that call the add-in, and only those", () => {
    expect(callsAddinFunction('=WONINGBOUW.KENGETAL("a")')).toBe(true);
    expect(callsAddinFunction("=SUM(A1:A3)")).toBe(false);
    expect(callsAddinFunction('="WONINGBOUW.FIGURE(1)"')).toBe(false);
  });
});
