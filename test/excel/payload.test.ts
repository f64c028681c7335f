/**
 * What a batch costs on the wire and whether cells are still as written (src/excel/payload.ts).
 */
import {
  cellKey,
  excelDigits,
  fingerprint,
  payloadBytes,
  utf8Length,
} from "../../src/excel/payload";

describe("utf8Length", () => {
  it("counts UTF-8 bytes as Node encodes them: 1, 2, 3 or 4 per character", () => {
    const samples = [
      "",
      "a",
      "\u007f",
      "\u0080",
      "é",
      "\u07ff",
      "\u0800",
      "€",
      "\ud7ff",
      "\ue000",
      "\uffff",
      "😀",
      "\ud800\udc00",
      "\udbff\udfff",
      "Woningbouwimpuls € 1 mld — tranche 2 ✓ 🏠",
      // 3-byte characters side by side: neither is the first half of a pair
      "€€",
      "\ue000\uffff",
      "—\u0800😀€",
    ];
    for (const s of samples) expect([s, utf8Length(s)]).toEqual([s, Buffer.byteLength(s, "utf8")]);
  });

  it("a lone surrogate, at the end or alone, counts as the 3-byte replacement character", () => {
    expect(utf8Length("a\ud83d")).toBe(4);
    expect(utf8Length("\udc00")).toBe(3);
  });
});

describe("payloadBytes", () => {
  it("is the JSON of the rows in UTF-8: brackets, each row and a separator per row", () => {
    expect(payloadBytes([])).toBe(2);
    expect(payloadBytes([["a"], [1]])).toBe(2 + '["a"]'.length + 1 + "[1]".length + 1);
    expect(payloadBytes([["€"]])).toBe(2 + 2 + 3 + 2 + 1);
    const rows = [
      ["Zuid-Holland", 187000, "€ 5,5"],
      ["Noord-Brabant", 0.13, ""],
    ];
    const exact = Buffer.byteLength(JSON.stringify(rows), "utf8");
    expect(payloadBytes(rows)).toBeGreaterThanOrEqual(exact);
    expect(payloadBytes(rows)).toBeLessThanOrEqual(exact + 1);
  });
});

describe("cells as Excel holds them", () => {
  it("numbers keep 15 significant digits, so 0.1 + 0.2 reads as 0.3", () => {
    expect(excelDigits(0.1 + 0.2)).toBe("0.3");
    expect(excelDigits(1 / 3)).toBe("0.333333333333333");
    expect(excelDigits(2 ** 60)).toBe("1152921504606850000");
    expect(excelDigits(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(excelDigits(Number.NaN)).toBe("NaN");
  });

  it("a number, its text and a blank are told apart; null, undefined and '' are one blank", () => {
    expect(cellKey(1)).toBe("n1");
    expect(cellKey("1")).toBe("s1");
    expect(cellKey(null)).toBe("s");
    expect(cellKey(undefined)).toBe("s");
    expect(cellKey("")).toBe("s");
    expect(cellKey(true)).toBe("strue");
  });
});

describe("fingerprint", () => {
  it("is 8 hex digits of FNV-1a, leading zeros kept", () => {
    expect(fingerprint([])).toBe("811c9dc5");
    expect(fingerprint([[1]])).toBe("40f1b343");
    expect(fingerprint([["x23"]])).toBe("0a3afd0a");
  });

  it("changes with any cell, and with where cells and rows break", () => {
    const base = fingerprint([["a", "b"]]);
    expect(fingerprint([["ab"]])).not.toBe(base);
    expect(fingerprint([["a"], ["b"]])).not.toBe(base);
    expect(fingerprint([["a", "c"]])).not.toBe(base);
    expect(fingerprint([[1]])).not.toBe(fingerprint([["1"]]));
    expect(fingerprint([["a", ""]])).not.toBe(fingerprint([["a"]]));
  });

  it("compares what Excel holds: 0.1 + 0.2 and 0.3 are the same cell", () => {
    expect(fingerprint([[0.1 + 0.2]])).toBe(fingerprint([[0.3]]));
  });
});
