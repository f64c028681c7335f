import { makeShim } from "./customFunctionsShim";
import { FakeExcel } from "./excelFake";
import { distMetadata } from "./functionMetadata";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeShim();
// The fake resolves WONINGBOUW.* names by the metadata the build serves per display language.
FakeExcel.defaultMetadata = distMetadata();
