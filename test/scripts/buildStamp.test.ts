import fs from "fs";
import os from "os";
import path from "path";
import { buildInputs, staleness } from "../../scripts/build-stamp";

/** A tiny project: one source, a manifest, and optionally a built dist/ with a stamp. */
function project(): { root: string; write(rel: string, text: string): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "stamp-"));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write("src/model/a.ts", "export const a = 1;");
  write("manifest.xml", "<OfficeApp/>");
  return { root, write };
}

describe("the build stamp that keeps tests off a stale dist/", () => {
  const production = { mode: "production", urlBase: "https://localhost:3000/" };

  it("changes with any source, docs file, the mode or the public URL, not with dist/ or test results", () => {
    const { root, write } = project();
    const first = buildInputs(production, root);
    expect(buildInputs(production, root)).toBe(first);
    write("dist/functions.js", "built");
    write("test-results/x.png", "shot");
    expect(buildInputs(production, root)).toBe(first);
    write("src/model/a.ts", "export const a = 2;");
    const edited = buildInputs(production, root);
    expect(edited).not.toBe(first);
    write("docs/model.md", "# model");
    expect(buildInputs(production, root)).not.toBe(edited);
    expect(buildInputs({ ...production, mode: "development" }, root)).not.toBe(
      buildInputs(production, root)
    );
    expect(buildInputs({ ...production, urlBase: "https://x.example/" }, root)).not.toBe(
      buildInputs(production, root)
    );
  });

  it("calls dist/ unusable when a file is missing, no stamp exists or the inputs differ", () => {
    const { root, write } = project();
    const dist = path.join(root, "dist");
    const stampFile = path.join(root, "stamp.json");
    const inputs = buildInputs(production, root);
    expect(staleness(inputs, { dist, stampFile })).toBe("dist/manifest.xml is missing");
    for (const f of ["manifest.xml", "functions.js", "functions.json", "taskpane.html"])
      write(`dist/${f}`, "x");
    expect(staleness(inputs, { dist, stampFile })).toBe("no record of what dist/ was built from");
    fs.writeFileSync(stampFile, JSON.stringify({ inputs: "other" }));
    expect(staleness(inputs, { dist, stampFile })).toBe(
      "the sources changed since dist/ was built"
    );
    fs.writeFileSync(stampFile, JSON.stringify({ inputs }));
    expect(staleness(inputs, { dist, stampFile })).toBeNull();
  });
});
