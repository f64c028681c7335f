import { describeFunctionBehaviour } from "../support/functionsBehaviour";
import { fromSource } from "../support/functionsUnderTest";

describe("WONINGBOUW functions (source)", () => {
  describeFunctionBehaviour(fromSource);
});
