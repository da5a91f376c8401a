import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { INSTALL_HINT } from "../support/services.ts";

export type SharedKind = "redis" | "postgres";

/**
 * The URL of the test Redis or PostgreSQL that test/support/services.ts started (or CI gave).
 * Throws, failing the test, when there is none: these tests are never skipped.
 */
export function serviceUrl(kind: SharedKind): string {
  const url = inject(kind === "redis" ? "redisUrl" : "postgresUrl");
  if (!url) {
    const why = inject("servicesProblem");
    throw new Error(
      `no test ${kind === "redis" ? "Redis" : "PostgreSQL"} server: ${why || "npm test starts none; list the file in vitest.config.ts's SERVER_TEST_FILES or use suiteKinds()"}. To run these tests, ${INSTALL_HINT}`,
    );
  }
  return url;
}

/** A namespace no other test uses, so tests share one server without seeing each other's keys. */
export function uniqueNamespace(label = "t"): string {
  return `${label}${randomBytes(5).toString("hex")}`;
}
