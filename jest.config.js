const { datasetHash } = require("./scripts/build-support");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  globals: { __DATASET_HASH__: datasetHash() },
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  setupFiles: ["<rootDir>/test/support/setup-globals.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/fail-on-console.ts"],
  testTimeout: 60000,
};
