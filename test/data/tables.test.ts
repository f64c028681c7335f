/**
 * The reference sheets as an analyst reads them (src/data/tables.ts): each row read by its
 * column headers, the number format each cell gets (units, years, text), which columns are
 * wide, and what an empty or unknown value shows. Every table is built inside the tests.
 */
import { overDatasetCopy } from "../support/datasetCopy";
import { dataset, DATASET_HASH, DATASET_VERSION, figureById } from "../../src/data/dataset";
import type { Dataset, Figure } from "../../src/data/schema";
import {
  buildTables,
  citation,
  sheetTables,
  type Cell,
  type SheetTable,
  type SheetTableId,
} from "../../src/data/tables";
import { counterpart } from "../../src/data/sinceLetter";

function sheet(id: SheetTableId, data: Dataset = dataset): SheetTable {
  const t = buildTables(data).find((s) => s.id === id);
  if (!t) throw new Error(`no sheet ${id}`);
  return t;
}

/** Every row of a sheet as header → cell. */
function records(t: SheetTable): Record<string, Cell>[] {
  return t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c.header, row[i]])));
}

function recordWhere(t: SheetTable, header: string, value: Cell): Record<string, Cell> {
  const r = records(t).find((rec) => rec[header] === value);
  if (!r) throw new Error(`${t.id}: no row with ${header} = ${value}`);
  return r;
}

/** The number format a cell gets: the column's, or the row's where the column has one per row. */
function formatOf(t: SheetTable, header: string, rowIndex: number): string {
  const col = t.columns.find((c) => c.header === header);
  if (!col) throw new Error(`${t.id}: no column ${header}`);
  return typeof col.format === "string" ? col.format : (col.format[rowIndex] as string);
}

function rowIndexOf(t: SheetTable, id: string): number {
  const i = records(t).findIndex((r) => r.ID === id);
  if (i < 0) throw new Error(`${t.id}: no row ${id}`);
  return i;
}

function wideHeaders(t: SheetTable): string[] {
  return t.columns.filter((c) => c.wide).map((c) => c.header);
}

function figure(id: string): Figure {
  const f = figureById(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}

describe("the figure sheets", () => {
  it("a letter figure's row: its value in euros, VAT basis, the letter's quote and section", () => {
    const f = figure("wbi.t1.toegekend_excl_btw");
    if (f.source.kind !== "letter") throw new Error("expected a letter figure");
    expect(recordWhere(sheet("tranches"), "ID", f.id)).toEqual({
      Groep: "Tranche 1",
      Kengetal: f.label.nl,
      Waarde: 290000000,
      Laag: "",
      Hoog: "",
      Tekst: "",
      Eenheid: "euro",
      Jaar: "",
      Periode: "september 2020",
      Kwalificatie: "",
      Btw: "excl",
      Brontype: "brief",
      "Citaat of bron": f.source.quote,
      "Sectie of formule": f.source.section,
      Toelichting: f.note,
      "Label (en)": f.label.en,
      ID: f.id,
    });
  });

  it("a figure of unknown value leaves the value cell empty and says 'onbekend'", () => {
    const row = recordWhere(sheet("sindsdebrief"), "ID", "sinds.nieuwbouw.2024");
    expect(row.Waarde).toBe("");
    expect(row.Tekst).toBe("onbekend");
  });

  it("a range has its low and high and no single value", () => {
    const row = recordWhere(sheet("provincies"), "ID", "zh.ambitie_per_jaar");
    expect([row.Waarde, row.Laag, row.Hoog]).toEqual(["", 20000, 23000]);
    expect(row.Eenheid).toBe("woningen per jaar");
  });

  it("value, low and high show in each row's unit: euros with €, shares as percent, homes with thousands", () => {
    const tranches = sheet("tranches");
    const euroRow = rowIndexOf(tranches, "wbi.t1.toegekend_excl_btw");
    const since = sheet("sindsdebrief");
    const shareRow = rowIndexOf(since, "sinds.tekort_aandeel.2021");
    const provinces = sheet("provincies");
    const rangeRow = rowIndexOf(provinces, "zh.ambitie_per_jaar");
    for (const header of ["Waarde", "Laag", "Hoog"]) {
      expect(formatOf(tranches, header, euroRow)).toBe("€ #,##0");
      expect(formatOf(since, header, shareRow)).toBe("0.0%");
      expect(formatOf(provinces, header, rangeRow)).toBe("#,##0");
    }
  });

  it("the year shows as a plain number (2020, not 2,020); every other column is Excel text '@'", () => {
    const t = sheet("kerncijfers");
    expect(t.rows.length).toBeGreaterThan(0);
    const formats = Object.fromEntries(t.columns.map((c) => [c.header, c.format]));
    expect(formats.Jaar).toBe("0");
    for (const header of ["Groep", "Kengetal", "Tekst", "Eenheid", "Btw", "Citaat of bron", "ID"])
      expect(formats[header]).toBe("@");
  });

  it("only the label, the quote or source and the note are wide columns", () => {
    expect(wideHeaders(sheet("kerncijfers"))).toEqual([
      "Kengetal",
      "Citaat of bron",
      "Toelichting",
    ]);
  });

  it("a table is named after its sheet with underscores for spaces", () => {
    expect(sheetTables().map((t) => [t.sheetName, t.tableName])).toEqual([
      ["WB Kerncijfers", "WB_Kerncijfers"],
      ["WB Provincies", "WB_Provincies"],
      ["WB Overleg", "WB_Overleg"],
      ["WB Gebieden", "WB_Gebieden"],
      ["WB Tranches", "WB_Tranches"],
      ["WB Financiering", "WB_Financiering"],
      ["WB Modelparameters", "WB_Modelparameters"],
      ["WB Sinds de brief", "WB_Sinds_de_brief"],
      ["WB Toezeggingen", "WB_Toezeggingen"],
      ["WB Bronnen", "WB_Bronnen"],
    ]);
  });

  it("every sheet has a title and a description in Dutch and English", () => {
    for (const t of sheetTables())
      for (const text of [t.title.nl, t.title.en, t.description.nl, t.description.en])
        expect(text).toMatch(/\S/);
  });
});

describe("the sources a figure row cites", () => {
  /** The shipped dataset with changes, for what the shipped data does not hold. */
  function variant(change: (d: Dataset) => void): Dataset {
    const copy = structuredClone(dataset) as Dataset;
    change(copy);
    return copy;
  }

  it("an external figure cites the publication of the dataset the sheet is built from", () => {
    const older = variant((d) => {
      const nos = d.sources.find((s) => s.id === "nos2020");
      if (!nos) throw new Error("no source nos2020");
      Object.assign(nos, { publisher: "Uitgever van toen" });
    });
    const row = recordWhere(sheet("parameters", older), "ID", "param.tekort_2020");
    expect(row.Brontype).toBe("extern");
    expect(String(row["Citaat of bron"])).toMatch(/^Uitgever van toen, /);
  });

  it("a calculation names its method and each publication it used, and no section", () => {
    const [a, b] = dataset.sources;
    const method =
      "Het tekort van 2020 min de toevoegingen van de jaren daarna, per jaar opgeteld.";
    const calculated = variant((d) => {
      const f = { ...(d.figures.find((x) => x.table === "kerncijfers") as Figure) };
      d.figures.push({
        ...f,
        id: "test.berekend",
        note: undefined,
        source: { kind: "calculation", sourceIds: [a.id, b.id], method },
      } as Figure);
    });
    const row = recordWhere(sheet("kerncijfers", calculated), "ID", "test.berekend");
    const line = (s: Dataset["sources"][number]) =>
      `${s.publisher}, ${s.title} (${s.date})${s.url ? ` ${s.url}` : ""}`;
    expect([
      row.Brontype,
      row["Citaat of bron"],
      row["Sectie of formule"],
      row.Toelichting,
    ]).toEqual(["berekening", `${method} Bronnen: ${line(a)}; ${line(b)}.`, "", ""]);
  });
});

describe("the citation under every sheet's title", () => {
  const d = dataset.document;

  it("names the letter's author, title, date, kamerstuk and the dataset's version", () => {
    expect(citation()).toBe(
      `Bron: ${d.author}, ${d.title} (${d.date}), kamerstuk ${d.kamerstuk}. ` +
        `Datasetversie ${DATASET_VERSION} (${DATASET_HASH}).`
    );
  });

  it("leaves the kamerstuk out when the document has none", () => {
    const tables = overDatasetCopy(
      (c) => (c.document.kamerstuk = null),
      () => require("../../src/data/tables") as typeof import("../../src/data/tables")
    );
    expect(tables.citation()).toBe(
      `Bron: ${d.author}, ${d.title} (${d.date}). Datasetversie ${DATASET_VERSION} (${DATASET_HASH}).`
    );
  });
});

describe("Sinds de brief", () => {
  it("sets each later figure beside its counterpart, right after its own low and high", () => {
    const t = sheet("sindsdebrief");
    const headers = t.columns.map((c) => c.header);
    const at = headers.indexOf("Hoog");
    expect(headers.slice(at - 2, at + 5)).toEqual([
      "Waarde",
      "Laag",
      "Hoog",
      "Vergeleken met",
      "Waarde brief of model",
      "Verschil",
      "Tekst",
    ]);
    const f = figure("sinds.toevoeging.2022");
    const c = counterpart(f);
    if (!c || typeof f.value !== "number") throw new Error("expected a compared figure");
    const row = recordWhere(t, "ID", f.id);
    expect(row).toMatchObject({
      Waarde: f.value,
      "Vergeleken met": c.label.nl,
      "Waarde brief of model": c.value,
      Verschil: f.value - c.value,
      Tekst: "",
    });
  });

  it("the comparison is a wide text column; its value and difference show in the unit's format", () => {
    const t = sheet("sindsdebrief");
    expect(t.columns.find((c) => c.header === "Vergeleken met")).toMatchObject({
      format: "@",
      wide: true,
    });
    expect(wideHeaders(t)).toEqual(["Kengetal", "Vergeleken met", "Citaat of bron", "Toelichting"]);
    const share = rowIndexOf(t, "sinds.tekort_aandeel.2021");
    // compared with nothing: the row keeps its own unit's format and empty comparison cells
    const alone = rowIndexOf(t, "sinds.doel.sociale_huur");
    expect(counterpart(figure("sinds.doel.sociale_huur"))).toBeUndefined();
    for (const header of ["Waarde brief of model", "Verschil"]) {
      expect(formatOf(t, header, share)).toBe("0.0%");
      expect(formatOf(t, header, alone)).toBe("#,##0");
    }
    expect(recordWhere(t, "ID", "sinds.doel.sociale_huur")).toMatchObject({
      "Vergeleken met": "",
      "Waarde brief of model": "",
      Verschil: "",
    });
  });
});

describe("the text sheets", () => {
  it("Overleg: each province, whether its talks were held, the letter's words; quote and note wide", () => {
    const t = sheet("overleg");
    const p = dataset.provinces[0];
    expect(recordWhere(t, "Provincie", p.name)).toEqual({
      Provincie: p.name,
      Overleg: p.overleg === "gevoerd" ? "gevoerd" : "volgt",
      Citaat: p.quote,
      Sectie: p.section,
      Toelichting: p.note ?? "",
    });
    expect(wideHeaders(t)).toEqual(["Citaat", "Toelichting"]);
    expect(t.columns.every((c) => c.format === "@")).toBe(true);
  });

  it("Overleg: a province without a note has an empty note cell", () => {
    const data = structuredClone(dataset) as Dataset;
    const p = data.provinces[0];
    delete (p as { note?: string }).note;
    expect(recordWhere(sheet("overleg", data), "Provincie", p.name).Toelichting).toBe("");
  });

  it("Gebieden: each area of Table 1 with its region, whether it is a woondeal region, the quote", () => {
    const t = sheet("gebieden");
    const a = dataset.areas[0];
    expect(recordWhere(t, "ID", a.id)).toEqual({
      Regio: a.region,
      Gebied: a.area,
      Woondealregio: "ja",
      "Citaat (Tabel 1)": a.quote,
      Toelichting: a.note ?? "",
      ID: a.id,
    });
    expect(recordWhere(t, "ID", "brabant.ntb").Woondealregio).toBe("nee");
    expect(wideHeaders(t)).toEqual(["Citaat (Tabel 1)", "Toelichting"]);
  });

  it("Toezeggingen: each commitment in words, its due month or 'geen maand', who, the quote", () => {
    const t = sheet("toezeggingen");
    const c = dataset.commitments[0];
    expect(c.due).toBeNull();
    expect(recordWhere(t, "ID", c.id)).toEqual({
      Soort: "toezegging (kabinet of minister)",
      Toezegging: c.what,
      "Wanneer (de brief)": c.when,
      Uiterlijk: "geen maand",
      Wie: c.who,
      Sectie: c.section,
      Citaat: c.quote,
      Toelichting: c.note ?? "",
      ID: c.id,
    });
    expect(wideHeaders(t)).toEqual(["Toezegging", "Citaat", "Toelichting"]);
    expect(t.detail).toMatch(/\S/);
  });

  it("Bronnen: each source's id, title, publisher, date, URL and note; title and note wide", () => {
    const t = sheet("bronnen");
    const s = dataset.sources[0];
    expect(recordWhere(t, "ID", s.id)).toEqual({
      ID: s.id,
      Titel: s.title,
      Uitgever: s.publisher,
      Datum: s.date,
      URL: s.url,
      Toelichting: s.note,
    });
    expect(wideHeaders(t)).toEqual(["Titel", "Toelichting"]);
  });

  it("Bronnen: a source without URL or note has empty cells there", () => {
    const data = structuredClone(dataset) as Dataset;
    const s = data.sources[0] as { url?: string; note?: string; id: string };
    delete s.url;
    delete s.note;
    expect(recordWhere(sheet("bronnen", data), "ID", s.id)).toMatchObject({
      URL: "",
      Toelichting: "",
    });
  });
});
