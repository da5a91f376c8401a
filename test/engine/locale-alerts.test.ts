import { describe, expect, it } from "vitest";
import { buildAlert } from "../../src/care/alerts.ts";
import { renderBrief } from "../../src/care/brief.ts";
import { newState } from "../../src/engine/state.ts";
import { toRaisedAlert } from "../../src/safety/alert.ts";

// Issue 19 item 6: alerts stay in the clinic's language (English); a patient who writes in
// Spanish is named as such and their quoted words are marked as Spanish.

const now = new Date("2026-01-05T09:00:00.000Z");
const raw = {
  id: "alert-test:p-1",
  level: "high",
  categories: ["suicide"],
  evidence: [{ excerpt: "quiero morir" }],
  text: "ya no puedo, quiero morir",
};

function alertFor(locale: string | undefined) {
  const state = newState("test", "p", now);
  if (locale) state.locale = locale;
  state.history.push({ at: now.toISOString(), from: "patient", text: raw.text, risk: "high" });
  state.history.push({ at: now.toISOString(), from: "bot", text: "Gracias por decírmelo." });
  return buildAlert(toRaisedAlert(raw), {
    salt: "test-salt-0123456789",
    excerpt: "full",
    now,
    state,
  });
}

describe("alerts for a patient who writes in Spanish", () => {
  it("say 'Patient writes in Spanish' and mark the quotes as Spanish, labels in English", () => {
    const alert = alertFor("es-US");
    expect(alert.flags).toContain("Patient writes in Spanish");
    expect(alert.language).toBe("es");
    expect(alert.excerpt).toBe("[Spanish] ya no puedo, quiero morir");
    expect(alert.context.map((m) => m.text)).toEqual([
      "[Spanish] ya no puedo, quiero morir",
      "[Spanish] Gracias por decírmelo.",
    ]);
    expect(alert.level).toBe("high");
    expect(alert.reason).toBe("risk_guard");
  });

  it("an English patient's alert is unmarked", () => {
    for (const locale of ["en-US", undefined]) {
      const alert = alertFor(locale);
      expect(alert.flags).not.toContain("Patient writes in Spanish");
      expect(alert.language).toBeUndefined();
      expect(alert.excerpt).toBe(raw.text);
    }
  });

  it("a redacted excerpt keeps the mark and only the matched words", () => {
    const state = newState("test", "p", now);
    state.locale = "es-MX";
    const alert = buildAlert(toRaisedAlert(raw), {
      salt: "test-salt-0123456789",
      excerpt: "redacted",
      now,
      state,
    });
    expect(alert.excerpt).toBe("[Spanish] … quiero morir");
  });
});

describe("the brief for a patient who writes in Spanish", () => {
  it("quotes their answers as written, with the item text in English", () => {
    const state = newState("test", "p", now);
    state.locale = "es-US";
    state.user = { consent: true, intention: "Quiero sentirme en paz con mi cuerpo" };
    const brief = renderBrief(state, now);
    expect(brief).toContain("Patient writes in Spanish: their answers are quoted as written");
    expect(brief).toContain('- For the next session: "Quiero sentirme en paz con mi cuerpo"');
    state.locale = "en-US";
    expect(renderBrief(state, now)).not.toContain("Patient writes in");
  });
});
