import { describe, expect, it } from "vitest";
import { EnvSchema, listenHost } from "../../src/config/env.ts";
import { LanternError } from "../../src/errors.ts";

describe("LANTERN_HOST", () => {
  it("defaults to loopback, also when blank", () => {
    expect(EnvSchema.parse({}).LANTERN_HOST).toBe("127.0.0.1");
    expect(EnvSchema.parse({ LANTERN_HOST: " " }).LANTERN_HOST).toBe("127.0.0.1");
    expect(listenHost({})).toBe("127.0.0.1");
  });

  it.each(["0.0.0.0", "::", "::1", "10.0.0.5", "localhost", "lantern.internal"])(
    "accepts %s",
    (host) => {
      expect(EnvSchema.parse({ LANTERN_HOST: host }).LANTERN_HOST).toBe(host);
      expect(listenHost({ LANTERN_HOST: host })).toBe(host);
    },
  );

  it.each(["http://0.0.0.0", "300.1.1.1", "1.2.3", "not a host", "127.0.0.1:8080"])(
    "rejects %s with one clear line",
    (host) => {
      expect(EnvSchema.safeParse({ LANTERN_HOST: host }).success).toBe(false);
      expect(() => listenHost({ LANTERN_HOST: host })).toThrow(LanternError);
      expect(() => listenHost({ LANTERN_HOST: host })).toThrow(/LANTERN_HOST: an interface/);
    },
  );
});
