import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Two suites. `npm test` (this file): every test that needs no external server; it starts none.
// `npm run test:stores` (vitest.stores.config.ts): the Redis and PostgreSQL tests.

/** Test files whose every test needs Redis or PostgreSQL: only in the stores suite. */
export const SERVER_TEST_FILES = [
  "test/store/shared.test.ts",
  "test/store/postgres-lock.test.ts",
  "test/scale/store-down.test.ts",
  "test/store/telegram-outage.test.ts",
  "test/store/platforms-outage.test.ts",
];

/**
 * Test files with tests for both kinds of store: in both suites, where each test picks its store
 * kinds with suiteKinds() from test/support/services.ts (local kinds here, server kinds there).
 * crypto.test.ts's three local tests (key parsing, SQLite at rest) are not split that way and
 * run in both suites; they take milliseconds.
 */
export const STORES_SUITE_MIXED_FILES = [
  "test/store/crypto.test.ts",
  "test/store/delivery-marks.test.ts",
  "test/scale/faults.test.ts",
];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...SERVER_TEST_FILES],
    // At least two workers: on a two-core CI machine the default (one) made `npm test` take
    // ~10 minutes; two took 5 min 53 s with every test passing.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Tests start local servers on loopback; keep them apart from each other.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
