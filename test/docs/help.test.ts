/**
 * The help pages the functions link to: served from docs/ in both languages, every help link
 * of the Dutch metadata opens the Dutch page at the function's heading, every English one the
 * English page, and the model's documentation is part of the product (not the workshop's spec).
 */
import fs from "fs";
import path from "path";

const DIST = path.resolve(__dirname, "../../dist");
type Meta = { functions: Array<{ id: string; name: string; helpUrl?: string }> };
const meta = (file: string) => JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as Meta;
const anchors = (page: string) =>
  new Set(
    [
      ...fs.readFileSync(path.join(DIST, "help", page), "utf8").matchAll(/<h\d id="?([^"> ]+)"?/g),
    ].map((m) => m[1])
  );

describe("help pages in the users' language", () => {
  it.each([
    ["functions.json", "functions.html"],
    ["functions.nl.json", "functions.nl.html"],
  ])("every help link in %s opens %s at the function's own heading", (file, page) => {
    const ids = anchors(page);
    for (const fn of meta(file).functions) {
      const url = new URL(fn.helpUrl ?? "");
      expect(url.pathname.endsWith(`/help/${page}`)).toBe(true);
      expect(url.hash.slice(1)).toBe(fn.name.toLowerCase());
      expect(ids.has(fn.name.toLowerCase())).toBe(true);
    }
  });

  it("the model's documentation is served, in Dutch and English, with the equations and defaults", () => {
    const ids = anchors("model.html");
    expect(ids.has("nederlands")).toBe(true);
    expect(ids.has("english")).toBe(true);
    const html = fs.readFileSync(path.join(DIST, "help/model.html"), "utf8");
    for (const text of [
      "S(t+1)",
      "331.000",
      "7.892.000",
      "6.000 per jaar",
      "4,4%",
      "3,7%",
      "331,000",
    ])
      expect(html).toContain(text);
  });

  it("the Dutch help page is Dutch throughout and links to the English one and to the model", () => {
    const html = fs.readFileSync(path.join(DIST, "help/functions.nl.html"), "utf8");
    expect(html).toMatch(/<html lang="?nl/);
    expect(html).toContain("Foutwaarden");
    expect(html).toMatch(/href="?functions\.html/);
    expect(html).toMatch(/href="?model\.html/);
    expect(html).not.toMatch(/shared\/spec/);
  });
});

describe("the help page on the figures since the letter", () => {
  it("says in Dutch and English what the comparison shows and what it does not, and where definitions differ", () => {
    const ids = anchors("since-letter.html");
    for (const id of ["nederlands", "english"]) expect(ids.has(id)).toBe(true);
    const html = fs.readFileSync(path.join(DIST, "help/since-letter.html"), "utf8");
    for (const text of [
      "Wat het niet laat zien",
      "Definities verschillen per bron",
      "Methodebreuk",
      "What it does not show",
      "Definitions differ between sources",
      "Method break",
      "sinds.toevoeging.2022",
    ])
      expect(html).toContain(text);
    expect(html).toMatch(/href="?model\.html/);
    // every id the page names is a figure of the dataset
    const { figureById } =
      jest.requireActual<typeof import("../../src/data/dataset")>("../../src/data/dataset");
    for (const [id] of html.matchAll(/sinds\.[a-z_]+\.[a-z0-9_]+/g))
      expect([id, !!figureById(id)]).toEqual([id, true]);
  });
});

describe("the reference data's changelog", () => {
  it("is served in Dutch and English, with an entry for the add-in's dataset version", async () => {
    const { DATASET_VERSION } = await import("../../src/data/dataset");
    const ids = anchors("changelog.html");
    expect(ids.has("nederlands") && ids.has("english")).toBe(true);
    const html = fs.readFileSync(path.join(DIST, "help/changelog.html"), "utf8");
    expect(html.split(`>${DATASET_VERSION} `).length - 1).toBe(2);
  });
});
