import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real Redis and PostgreSQL on loopback for the shared-store tests (CI exports their URLs).
    globalSetup: ["test/support/services.ts"],
    // Tests start local servers on loopback; keep them apart from each other.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
