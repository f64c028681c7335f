/**
 * Dataset versions compare as numbers per part (src/data/versions.ts), so a workbook can tell
 * whether its reference sheets are older or newer than the add-in's data.
 */
import { compareVersions } from "../../src/data/versions";

describe("compareVersions", () => {
  it("compares part by part as numbers: 1.10.0 is after 1.9.2", () => {
    expect(compareVersions("1.10.0", "1.9.2")).toBeGreaterThan(0);
    expect(compareVersions("1.9.2", "1.10.0")).toBeLessThan(0);
    expect(compareVersions("2.0.0", "1.99.99")).toBeGreaterThan(0);
    expect(compareVersions("1.2.3", "1.2.4")).toBe(-1);
  });

  it("is 0 for the same version, missing parts counting as 0", () => {
    expect(compareVersions("1.3.0", "1.3.0")).toBe(0);
    expect(compareVersions("1.3", "1.3.0")).toBe(0);
    expect(compareVersions("1", "1.0.0.0")).toBe(0);
  });

  it("a fourth part counts too", () => {
    expect(compareVersions("1.3.0.1", "1.3.0")).toBe(1);
    expect(compareVersions("1.3.0", "1.3.0.2")).toBe(-2);
  });
});
