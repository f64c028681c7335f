/**
 * How a sheet's recorded dataset version compares with the add-in's: what decides whether
 * the pane offers an update, warns about a newer sheet, or says the sheet is current.
 */
import { versionState } from "../../src/excel/status";
import { DATASET_HASH, DATASET_VERSION } from "../../src/data/dataset";

const [major, minor, patch] = DATASET_VERSION.split(".").map(Number);

describe("a reference sheet's version against the add-in's", () => {
  it("is current only with this version and this content hash", () => {
    expect(versionState(DATASET_VERSION, DATASET_HASH)).toBe("current");
  });

  it("is older with an earlier version, whatever its hash", () => {
    expect(versionState("1.0.0", DATASET_HASH)).toBe("older");
    expect(versionState("0.9.9", "anything")).toBe("older");
  });

  it("is older with this version but other content (edited data, same number)", () => {
    expect(versionState(DATASET_VERSION, "ffffffffffffffff")).toBe("older");
  });

  it("is newer with a later version, so the pane never offers a downgrade", () => {
    expect(versionState(`${major}.${minor}.${patch + 1}`, "x")).toBe("newer");
    expect(versionState(`${major + 1}.0.0`, DATASET_HASH)).toBe("newer");
  });
});
