/** A test passes only if the code under test logged no error or warning. */
const calls: string[] = [];
const original = { error: console.error, warn: console.warn };

beforeEach(() => {
  calls.length = 0;
  console.error = (...args: unknown[]) => {
    calls.push(args.map(String).join(" "));
  };
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(" "));
  };
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  if (calls.length)
    throw new Error(`console.error/warn was called during the test:\n${calls.join("\n")}`);
});
