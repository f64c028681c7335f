/** Qualifying references with their sheet, and taking the sheet off again, pure. */
import {
  onlyReference,
  qualify,
  sheetPrefix,
  unqualify,
} from "../../../src/excel/sharing/references";

describe("references in a formula", () => {
  it("qualifies every reference with its sheet, never text, names, functions or tables", () => {
    expect(
      qualify(
        'WONINGBOUW.PLANCAPACITY_RATIO(B2:B13,$C$2)&"B2"&LOG10(A1)+Tabel1[Waarde]+A:A+3:4',
        "Mijn blad"
      )
    ).toBe(
      "WONINGBOUW.PLANCAPACITY_RATIO('Mijn blad'!B2:B13,'Mijn blad'!$C$2)&\"B2\"&LOG10('Mijn blad'!A1)+Tabel1[Waarde]+'Mijn blad'!A:A+'Mijn blad'!3:4"
    );
    expect(qualify("SUM(Other!B2,B3)", "Analyse")).toBe("SUM(Other!B2,Analyse!B3)");
    expect(qualify("WONINGBOUW.SHORTAGE_2035(75000)", "Analyse")).toBe(
      "WONINGBOUW.SHORTAGE_2035(75000)"
    );
  });

  it("leaves a bare #REF! as Excel wrote it, and qualifies the references beside it", () => {
    expect(qualify("=A1+#REF!", "Analyse")).toBe("=Analyse!A1+#REF!");
    expect(qualify("=SUM(Other!#REF!,B2)", "Analyse")).toBe("=SUM(Other!#REF!,Analyse!B2)");
  });

  it("takes the sheet off references to it, whatever its quoting", () => {
    expect(unqualify("=X('Analyse 2021'!B3,Other!C1,'O''Brien'!D4)", "analyse 2021")).toBe(
      "=X(B3,Other!C1,'O''Brien'!D4)"
    );
    expect(unqualify(qualify("=A1+B2:C3", "O'Brien"), "O'Brien")).toBe("=A1+B2:C3");
    // references without a sheet stay as they are, beside ones that lose theirs
    expect(unqualify("=A1+Other!B2+$C$3:D4+#REF!", "other")).toBe("=A1+B2+$C$3:D4+#REF!");
  });

  it("quotes sheet names that need it", () => {
    expect(sheetPrefix("Analyse")).toBe("Analyse!");
    expect(sheetPrefix("Analyse 2021")).toBe("'Analyse 2021'!");
    expect(sheetPrefix("AB12")).toBe("'AB12'!"); // would read as a cell
    // only a name that is wholly a cell address needs quotes for that reason
    expect(sheetPrefix("Data2021")).toBe("Data2021!");
    expect(sheetPrefix("AB12x")).toBe("AB12x!");
  });

  it("reads the one reference of a tracking formula, or none when it is broken", () => {
    expect(onlyReference("=ROWS('Blad 1'!$D$2:$G$9)")).toEqual({
      sheet: "Blad 1",
      address: "D2:G9",
    });
    expect(onlyReference("=ROWS(Blad1!#REF!)")).toBeNull();
    expect(onlyReference("=ROWS(#REF!)")).toBeNull();
    // a broken one beside a good one, or one without its sheet: not a tracking formula
    expect(onlyReference("=ROWS(Blad1!$D$2:$G$9,Blad1!#REF!)")).toBeNull();
    expect(onlyReference("=ROWS($D$2:$G$9)")).toBeNull();
  });
});
