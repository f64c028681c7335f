/**
 * Every workbook flow of the pane and the ribbon under each display language and each host
 * profile of the strict fake: where the requirement check lets a feature run, it completes and
 * every formula it wrote is one Excel knows; where it does not, the code would indeed have
 * failed (the requirement is not set higher than needed), and the ribbon touches nothing.
 */
import { FakeExcel, HOST_PROFILES, type HostProfileName } from "../support/excelFake";
import { runInsertAll, UnsupportedHostError } from "../../src/excel/insertAll";
import { requirementProblem } from "../../src/excel/requirements";
import { insertScenario, applyPreset } from "../../src/excel/scenario/writer";
import { freezeFormulas, restoreFormulas } from "../../src/excel/sharing/freeze";
import { readStatus } from "../../src/excel/status";
import { namesFor } from "../../src/locale/functionNames";

const LANGUAGES = ["nl-NL", "en-US", "en-GB"];
const PROFILES = Object.keys(HOST_PROFILES) as HostProfileName[];
const HELP = "https://localhost:3000/help/functions.html";

function nameErrors(xl: FakeExcel): string[] {
  return xl.sheets.flatMap((s) =>
    [...s.cells.entries()].filter(([, c]) => c.value === "#NAME?").map(([k]) => `${s.name}!${k}`)
  );
}

describe.each(PROFILES)("on %s", (profile) => {
  describe.each(LANGUAGES)("in %s", (lang) => {
    const fresh = () => new FakeExcel({ profile, displayLanguage: lang });
    const check = (xl: FakeExcel) => (n: string, v: string) => xl.isSetSupported(n, v);
    const run =
      (xl: FakeExcel) =>
      <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
        batch(xl.context());

    it("ribbon 'insert all' and a second one (update) — or a clear refusal that touches nothing", async () => {
      const xl = fresh();
      if (requirementProblem("referenceTables", check(xl))) {
        await expect(runInsertAll(check(xl), run(xl))).rejects.toBeInstanceOf(UnsupportedHostError);
        expect(xl.batches).toHaveLength(0);
        return;
      }
      const first = await runInsertAll(check(xl), run(xl));
      expect(first.outcomes.every((o) => o.action === "created")).toBe(true);
      const second = await runInsertAll(check(xl), run(xl));
      expect(second.outcomes.every((o) => o.action === "updated")).toBe(true);
      expect((await readStatus(xl.context())).every((s) => s.state === "current")).toBe(true);
    });

    it("scenario, preset, prepare for sharing, save and reopen, restore: every formula known", async () => {
      const xl = fresh();
      const names = namesFor(lang);
      if (requirementProblem("scenario", check(xl))) {
        await expect(insertScenario(xl.context(), "brief", HELP, names)).rejects.toMatchObject({
          cause: expect.objectContaining({ code: "ApiNotFound" }),
        });
        expect(xl.sheets).toHaveLength(0); // rolled back
        return;
      }
      await insertScenario(xl.context(), "brief", HELP, names);
      await applyPreset(xl.context(), "nodig2035", names);
      expect(nameErrors(xl)).toEqual([]);
      expect(requirementProblem("sharing", check(xl))).toBeNull();
      const frozen = await freezeFormulas(xl.context(), "workbook", names);
      expect(frozen.frozen).toBeGreaterThan(40);
      const ws = xl.sheet("WB Scenario");
      expect(
        [...(ws?.cells.values() ?? [])].filter((c) => c.formula?.includes("WONINGBOUW"))
      ).toEqual([]);
      xl.saveAndReopen();
      const restored = await restoreFormulas(xl.context(), names);
      expect(restored).toEqual({ restored: frozen.frozen, conflicts: [], missing: [] });
      expect(nameErrors(xl)).toEqual([]);
      expect(xl.needsRecalc).toBe(false);
    });
  });
});
