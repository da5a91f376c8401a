import { defineConfig } from "vitest/config";
import { SERVER_TEST_FILES, STORES_SUITE_MIXED_FILES } from "./vitest.config.ts";

// `npm run test:stores`: the tests that need a real Redis and PostgreSQL on loopback.
// test/support/services.ts (globalSetup) reuses LANTERN_TEST_REDIS_URL / LANTERN_TEST_POSTGRES_URL
// when set (CI), else starts both from the installed binaries, else fails at once saying what is
// missing. In the files run by both suites, suiteKinds() picks the server kinds here.
export default defineConfig({
  test: {
    include: [...SERVER_TEST_FILES, ...STORES_SUITE_MIXED_FILES],
    env: { LANTERN_TEST_SUITE: "stores" },
    globalSetup: ["test/support/services.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
