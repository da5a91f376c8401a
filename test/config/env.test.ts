import { describe, expect, it } from "vitest";
import { loadEnv } from "../../src/config/env.ts";

describe("configuration", () => {
  it("has working defaults with no variables set", () => {
    const env = loadEnv({}, "/nonexistent/.env");
    expect(env.LANTERN_STORE).toBe("sqlite://./data/lantern.sqlite");
    expect(env.LANTERN_LOG_PATIENT_TEXT).toBe(false);
  });

  it("names each bad variable and says what to do", () => {
    expect(() =>
      loadEnv({ LANTERN_LOCALE: "english", LOG_LEVEL: "loud" }, "/nonexistent/.env"),
    ).toThrowError(
      /LANTERN_LOCALE: a locale like en-US[\s\S]*LOG_LEVEL[\s\S]*Fix these environment variables/,
    );
  });
});
