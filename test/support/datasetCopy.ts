/**
 * A module of src/data run on a changed copy of dataset.json, for what it does with a dataset
 * other than the one that ships (a calculated figure, a figure missing, another order). The
 * module is loaded afresh, so call this inside the test: then the module's code runs in it.
 */
import json from "../../src/data/dataset.json";

export function overDatasetCopy<T>(change: (copy: any) => void, load: () => T): T {
  const copy = structuredClone(json);
  change(copy);
  let loaded: T | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/data/dataset.json", () => copy);
    loaded = load();
  });
  jest.dontMock("../../src/data/dataset.json");
  return loaded as T;
}
