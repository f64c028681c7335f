/**
 * What the pane says when an action threw: which sheets it removed again, and whether that
 * clean-up itself failed (the user must then look for leftover WB sheets).
 */
import { failure } from "../../src/taskpane/actions";
import { strings } from "../../src/locale/pane";
import { WriteError } from "../../src/excel/rollback";
import { UnsupportedHostError } from "../../src/excel/insertAll";

const s = strings("nl");

describe("an action's failure in plain words", () => {
  it("a failed write reports the sheets it removed again, and a failed clean-up as such", () => {
    const cleaned = failure(
      s,
      "tables",
      new WriteError(new Error("boom"), ["WB Kerncijfers"], false)
    );
    expect(cleaned).toMatchObject({
      kind: "failed",
      task: "tables",
      rolledBack: ["WB Kerncijfers"],
      rollbackFailed: false,
    });
    const leftover = failure(s, "tables", new WriteError(new Error("boom"), [], true));
    expect(leftover).toMatchObject({ rolledBack: [], rollbackFailed: true });
  });

  it("anything else thrown removed nothing and did not fail a clean-up", () => {
    expect(failure(s, "scenario", new Error("x"))).toMatchObject({
      rolledBack: [],
      rollbackFailed: false,
    });
  });

  it("an Excel without the needed API says what it lacks, also inside a failed write", () => {
    const direct = failure(s, "tables", new UnsupportedHostError("ExcelApi 1.12"));
    const wrapped = failure(
      s,
      "tables",
      new WriteError(new UnsupportedHostError("ExcelApi 1.12"), [], false)
    );
    expect(direct).toMatchObject({ message: s.unsupported("ExcelApi 1.12") });
    expect(wrapped).toMatchObject({ message: s.unsupported("ExcelApi 1.12") });
  });
});
