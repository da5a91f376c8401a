import { describe, expect, it } from "vitest";
import { buildAlert } from "../../src/care/alerts.ts";
import { newState, readState } from "../../src/engine/state.ts";
import {
  EngineAlert,
  MALFORMED_FLAG,
  toEngineAlert,
  toRaisedAlert,
} from "../../src/safety/alert.ts";

const now = new Date("2026-01-05T09:00:00.000Z");

/** A stored conversation whose outbox holds `alert` as it was written to the store. */
function storedWith(alert: unknown) {
  const state = newState("telegram", "42", now);
  return {
    ...JSON.parse(JSON.stringify(state)),
    outbox: [
      {
        id: "alert-telegram:42-1",
        createdAt: now.toISOString(),
        attempts: 0,
        kind: "alert",
        alert,
      },
    ],
  };
}

describe("EngineAlert: one alert type, read fail safe", () => {
  it("a current alert parses unchanged", () => {
    const alert: EngineAlert = {
      level: "high",
      categories: ["suicide"],
      urgency: "urgent",
      flags: [],
      evidence: [{ rule: "suicide.plan", level: "high", excerpt: "a plan" }],
      summary: "high risk (suicide)",
    };
    expect(toEngineAlert(alert)).toEqual(alert);
  });

  it("an older outbox alert (id inside, bare-string evidence, an unknown category) keeps its words and is not malformed", () => {
    const read = toEngineAlert({
      id: "alert-telegram:42-1",
      level: "moderate",
      categories: ["suicide", "not-a-category"],
      evidence: ["want to die"],
      flags: ["x"],
    });
    expect(read.level).toBe("moderate");
    expect(read.categories).toEqual(["suicide"]);
    expect(read.evidence.map((e) => e.excerpt)).toEqual(["want to die"]);
    expect(read.flags).toEqual(["x"]);
  });

  it("an unknown level fails safe to high and says so", () => {
    const read = toEngineAlert({ level: "???", categories: [] });
    expect(read.level).toBe("high");
    expect(read.flags).toContain("level_unknown");
  });

  it("a damaged alert (not even an object, or wrong field types) is still an alert, flagged malformed", () => {
    for (const raw of [null, "oops", 7, { level: "low", summary: 5, reason: ["x"] }]) {
      const read = toEngineAlert(raw);
      expect(EngineAlert.safeParse(read).success).toBe(true);
      expect(read.flags).toContain(MALFORMED_FLAG);
    }
    expect(toEngineAlert({ level: "low", summary: 5 }).level).toBe("low");
  });

  it("a stored conversation with a damaged alert in its outbox still loads, the alert still queued", () => {
    const state = readState(
      storedWith({ level: 3, summary: { no: 1 }, evidence: [{ excerpt: "hurt" }] }),
    );
    const item = state.outbox[0];
    expect(item?.kind).toBe("alert");
    if (item?.kind !== "alert") return;
    expect(item.alert.level).toBe("high");
    expect(item.alert.flags).toEqual(expect.arrayContaining(["level_unknown", MALFORMED_FLAG]));
    expect(item.alert.evidence.map((e) => e.excerpt)).toEqual(["hurt"]);
  });

  it("the care team's Alert is built from a mended alert: high, flagged, pseudonymous", () => {
    const alert = buildAlert(
      toRaisedAlert({ id: "alert-telegram:42-1", conversation: "telegram:42", level: null }),
      {
        salt: "test-salt-0123456789",
        excerpt: "none",
        now,
      },
    );
    expect(alert.level).toBe("high");
    expect(alert.flags).toContain("level_unknown");
    expect(alert.id).toMatch(/^A-[0-9A-F]{12}$/);
    expect(alert.patient).toMatch(/^P-[0-9A-F]{6}$/);
  });
});
