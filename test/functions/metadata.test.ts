/**
 * The functions' contract with shared workbooks: ids, parameter names and order, optional
 * flags and result dimensionality, generated from the JSDoc exactly as the build does, compared
 * with the committed snapshot. Changing the snapshot must be a deliberate act
 * (UPDATE_CONTRACT=1 npx jest test/functions/metadata.test.ts), and only for additions.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import table from "../../src/locale/functions.nl.json";
import { localizeMetadata } from "../../scripts/build-support";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const SNAPSHOT = path.join(__dirname, "contract.snapshot.json");

interface Metadata {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: Array<{
      name: string;
      description?: string;
      optional?: boolean;
      dimensionality?: string;
      type?: string;
    }>;
    result: { dimensionality?: string };
  }>;
}

let metadata: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE, true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
});

function contract(m: Metadata) {
  return m.functions.map((f) => ({
    id: f.id,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      optional: !!p.optional,
      dimensionality: p.dimensionality ?? "scalar",
    })),
    result: f.result.dimensionality ?? "scalar",
  }));
}

describe("the functions' contract", () => {
  it("matches the committed snapshot (ids and parameter order never change once shipped)", () => {
    if (process.env.UPDATE_CONTRACT === "1")
      fs.writeFileSync(SNAPSHOT, JSON.stringify(contract(metadata), null, 2) + "\n");
    const committed = JSON.parse(fs.readFileSync(SNAPSHOT, "utf8"));
    expect(contract(metadata)).toEqual(committed);
  });

  it("every function has a description and a help URL into the project's docs", () => {
    for (const f of metadata.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${f.id.toLowerCase()}`);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(5);
    }
  });

  it("every help anchor has its section in docs/functions.md", () => {
    const md = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
    for (const f of metadata.functions) expect(md).toContain(`## ${f.id}`);
  });

  it("every id, parameter and description has its Dutch translation", () => {
    const dutch = localizeMetadata(metadata, table) as unknown as Metadata;
    expect(dutch.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const f of dutch.functions) {
      const en = metadata.functions.find((x) => x.id === f.id);
      expect(f.description).not.toBe(en?.description);
      f.parameters.forEach((p, i) =>
        expect([f.id, p.description]).not.toEqual([f.id, en?.parameters[i].description])
      );
    }
  });

  it("a missing translation fails the build instead of shipping English", () => {
    const partial = { ...table } as Record<string, unknown>;
    delete partial.FIGURE;
    expect(() => localizeMetadata(metadata, partial)).toThrow(/FIGURE/);
    const noParam = JSON.parse(JSON.stringify(table));
    delete noParam.SHORTAGE_2035.parameters.demand_growth;
    expect(() => localizeMetadata(metadata, noParam)).toThrow(/SHORTAGE_2035.demand_growth/);
  });

  it("the Dutch names are valid Excel function names and unique", () => {
    const names = Object.values(table).map((t) => (t as { name: string }).name);
    for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9_.]*$/);
    expect(new Set(names).size).toBe(names.length);
  });
});
