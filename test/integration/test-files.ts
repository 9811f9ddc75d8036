// Placeholder. scripts/build-integration-tests.mjs replaces this module, at bundle time, with one that
// require()s every test/integration/suite/**/*.test.ts in path order (a browser bundle cannot glob at run time).
// Adding a test file is enough: no list to maintain.

/** Registers every suite with mocha; call it after the tdd globals (suite, test, …) exist. */
export function loadTestFiles(): void {
  throw new Error('test/integration/test-files.ts must be bundled by scripts/build-integration-tests.mjs');
}

/** The test files the bundle holds, relative to test/integration/suite/. */
export const testFiles: readonly string[] = [];
