import { makeShim } from "./customFunctionsShim";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeShim();
