/**
 * Test file order for the mutation run (jest.mutate.config.js) only: smallest files first.
 * Jest's default order puts the slowest files first, which is right for a full run on many
 * workers but wrong with mutationEnvironment.cjs, which stops a mutant's run at its first
 * failing test: the small, focused unit tests of a module usually fail first and cheapest.
 */
const Sequencer = require("@jest/test-sequencer").default;
const fs = require("fs");

class SmallestFirst extends Sequencer {
  sort(tests) {
    const size = new Map(tests.map((t) => [t.path, fs.statSync(t.path).size]));
    return [...tests].sort(
      (a, b) => size.get(a.path) - size.get(b.path) || a.path.localeCompare(b.path)
    );
  }
}

module.exports = SmallestFirst;
