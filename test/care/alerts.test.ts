import { describe, expect, it } from "vitest";
import { alertId, buildAlert, MASK, pseudonym, redact } from "../../src/care/alerts.ts";
import { newState } from "../../src/engine/state.ts";
import { toRaisedAlert } from "../../src/safety/alert.ts";

const SALT = "test-salt-0123456789";
const now = new Date("2026-01-05T09:00:00.000Z");

describe("pseudonym", () => {
  it("is stable for a conversation, differs by salt and by conversation, hides the user id", () => {
    const p = pseudonym("telegram:12345", SALT);
    expect(p).toMatch(/^P-[0-9A-F]{6}$/);
    expect(pseudonym("telegram:12345", SALT)).toBe(p);
    expect(pseudonym("telegram:12345", "another-salt-000000")).not.toBe(p);
    expect(pseudonym("telegram:12346", SALT)).not.toBe(p);
    expect(p).not.toContain("12345");
  });

  it("alert ids are opaque and stable per source id", () => {
    const id = alertId("alert-telegram:12345-7", SALT);
    expect(id).toMatch(/^A-[0-9A-F]{12}$/);
    expect(alertId("alert-telegram:12345-7", SALT)).toBe(id);
    expect(alertId("alert-telegram:12345-8", SALT)).not.toBe(id);
  });
});

describe("redact", () => {
  const text = "Honestly I want to die tonight, nobody cares";
  it("full keeps the text, none drops it", () => {
    expect(redact(text, ["want to die"], "full")).toBe(text);
    expect(redact(text, ["want to die"], "none")).toBe("");
  });
  it("redacted keeps only the matched evidence words", () => {
    expect(redact(text, ["want to die"], "redacted")).toBe(`${MASK} want to die ${MASK}`);
    expect(redact(text, ["WANT TO DIE", "nobody cares"], "redacted")).toBe(
      `${MASK} want to die ${MASK} nobody cares`,
    );
    expect(redact(text, [], "redacted")).toBe(MASK);
    expect(redact(text, ["not in there"], "redacted")).toBe(MASK);
    expect(redact("a.b (c)", ["(c)"], "redacted")).toBe(`${MASK} (c)`);
  });
});

describe("buildAlert", () => {
  const state = newState("telegram", "12345", now);
  state.history = [
    { at: now.toISOString(), from: "bot", text: "How tense do you feel?" },
    {
      at: now.toISOString(),
      from: "patient",
      text: "I want to die, my address is 1 Elm St",
      risk: "high",
    },
  ];
  const raw = {
    id: "alert-telegram:12345-3",
    conversation: state.id,
    level: "high",
    categories: ["suicide", "not-a-category"],
    evidence: [{ excerpt: "want to die", rule: "suicide.wish", level: "high" }],
    flags: ["x"],
  };

  it("redacted: evidence words only, the patient's context masked, Lantern's own words kept", () => {
    const alert = buildAlert(toRaisedAlert(raw), { salt: SALT, excerpt: "redacted", now, state });
    expect(alert.patient).toBe(pseudonym("telegram:12345", SALT));
    expect(alert.level).toBe("high");
    expect(alert.categories).toEqual(["suicide"]);
    expect(alert.excerpt).toBe(`${MASK} want to die ${MASK}`);
    expect(alert.context.map((m) => m.text)).toEqual([
      "How tense do you feel?",
      `${MASK} want to die ${MASK}`,
    ]);
    expect(alert.context[1]?.risk).toBe("high");
    expect(alert.reason).toBe("risk_guard");
    const json = JSON.stringify(alert);
    expect(json).not.toContain("12345");
    expect(json).not.toContain("Elm");
  });

  it("full keeps the text; none carries no patient text at all", () => {
    const full = buildAlert(toRaisedAlert(raw), { salt: SALT, excerpt: "full", now, state });
    expect(full.excerpt).toContain("1 Elm St");
    const none = buildAlert(toRaisedAlert(raw), { salt: SALT, excerpt: "none", now, state });
    expect(none.excerpt).toBeUndefined();
    expect(none.context).toEqual([]);
    expect(JSON.stringify(none)).not.toContain("want to die");
  });

  it("an unreadable level fails safe to high and is flagged", () => {
    const alert = buildAlert(toRaisedAlert({ ...raw, level: "???" }), {
      salt: SALT,
      excerpt: "none",
      now,
    });
    expect(alert.level).toBe("high");
    expect(alert.flags).toContain("level_unknown");
  });

  it("the context is the last N messages of both sides in order, the patient quoted in full (alerts.quote)", () => {
    const long = newState("telegram", "12345", now);
    long.lastInboundAt = now.toISOString();
    const bot = (text: string) => ({ at: now.toISOString(), from: "bot" as const, text });
    long.history = [
      { at: now.toISOString(), from: "patient", text: "hello" },
      bot("What would you like to do?"),
      { at: now.toISOString(), from: "patient", text: "I feel like such a burden lately" },
      ...Array.from({ length: 10 }, (_, i) => bot(`crisis reply ${i + 1}`)),
    ];
    const alert = buildAlert(toRaisedAlert(raw), {
      salt: SALT,
      excerpt: "redacted",
      quote: "full",
      now,
      state: long,
      subject: { name: "JD", record: "pt_1234abcd" },
    });
    // The old six-entry window showed only the bot's crisis reply, each line masked. Now one
    // reply of ten messages is one entry, and the patient's words are quoted in full.
    const reply = Array.from({ length: 10 }, (_, i) => `crisis reply ${i + 1}`).join("\n\n");
    expect(alert.context.map((m) => [m.from, m.text])).toEqual([
      ["patient", "hello"],
      ["bot", "What would you like to do?"],
      ["patient", "I feel like such a burden lately"],
      ["bot", reply],
    ]);
    expect(alert.excerpt).toBe(MASK); // the headline (the last patient line here) follows the env
    expect(alert.subject).toEqual({ name: "JD", record: "pt_1234abcd" });
    expect(alert.channel).toBe("telegram");
    expect(alert.lastContactAt).toBe(now.toISOString());
    const two = buildAlert(toRaisedAlert(raw), {
      salt: SALT,
      excerpt: "full",
      now,
      state: long,
      contextSize: 2,
    });
    expect(two.context.map((m) => m.text)).toEqual(["I feel like such a burden lately", reply]);
    const masked = buildAlert(toRaisedAlert(raw), {
      salt: SALT,
      excerpt: "redacted",
      now,
      state: long,
    });
    expect(masked.context[2]?.text).toBe(MASK); // quote defaults to the excerpt mode
    const none = buildAlert(toRaisedAlert(raw), {
      salt: SALT,
      excerpt: "full",
      now,
      state: long,
      contextSize: 0,
    });
    expect(none.context).toEqual([]);
  });
});
