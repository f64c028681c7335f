/**
 * One citation of a publication on every surface (src/data/provenance.ts): the sheet row, the
 * FIGURE(…, "source") text, a row inserted with its label and the card's publication field
 * all cite an external figure's source as "publisher, title (date)" with its URL.
 */
import { dataset, figureById } from "../../src/data/dataset";
import { citation, citationLine, quoteOf, sourceById } from "../../src/data/provenance";
import { figureField } from "../../src/data/lookup";
import { sheetTables } from "../../src/data/tables";
import { sourceLine } from "../../src/excel/figureRows";
import { figureCard } from "../../src/excel/figureCard";

const external = dataset.figures.filter((f) => f.source.kind === "external");

describe("a publication cited the same way everywhere", () => {
  it("finds every source by id, and cites an unknown id as itself", () => {
    for (const s of dataset.sources) expect(sourceById(s.id)).toBe(s);
    expect(sourceById("nope")).toBeUndefined();
    expect(citation("nope")).toEqual({ text: "nope", url: null });
  });

  it("gives the sheet, FIGURE, an inserted row and the card the same citation", () => {
    expect(external.length).toBeGreaterThan(10);
    const rows = sheetTables()
      .flatMap((t) => t.rows)
      .map((r) => r.map(String));
    for (const f of external) {
      if (f.source.kind !== "external") continue;
      const c = citation(f.source.sourceId);
      const line = citationLine(c);
      expect(c.text).toMatch(/^.+, .+ \(\d{4}(-\d\d){0,2}\)$/);
      expect([f.id, figureField(f.id, "source")]).toEqual([f.id, line]);
      expect([f.id, sourceLine(f, "nl")]).toEqual([f.id, line]);
      const row = rows.find((r) => r.includes(f.id));
      expect([f.id, row?.some((cell) => cell.startsWith(line))]).toEqual([f.id, true]);
      const card = figureCard(f, "en").properties as Record<string, { basicValue?: unknown }>;
      expect([f.id, card.Publication?.basicValue]).toEqual([f.id, c.text]);
    }
  });

  it("quotes a figure's source in its own words, or says it has none", () => {
    const letter = figureById("plancapaciteit.norm");
    expect(letter && quoteOf(letter)).toBe(
      letter?.source.kind === "letter" ? letter.source.quote : null
    );
    const derived = dataset.figures.find((f) => f.source.kind === "derived");
    expect(derived && quoteOf(derived)).toBeNull();
  });
});
