import { describe, expect, it } from "vitest";
import { formatSessionTime, parseSessionTime } from "../../src/care/sessions.ts";

// Session times in plain words, read in the clinic's zone.

const zone = "America/New_York";
const now = new Date("2026-03-01T17:00:00Z"); // Sunday, noon in New York (EST)
const when = (text: string, locale?: string) => {
  const parsed = parseSessionTime(text, now, zone, locale);
  return "at" in parsed ? parsed.at.toISOString() : parsed.error;
};

describe("parseSessionTime", () => {
  it("reads English, Spanish and ISO in the clinic's zone", () => {
    expect(when("next tuesday 9am")).toBe("2026-03-03T14:00:00.000Z");
    expect(when("tomorrow at 2:30pm")).toBe("2026-03-02T19:30:00.000Z");
    expect(when("2026-03-04T09:00")).toBe("2026-03-04T14:00:00.000Z");
    expect(when("el martes a las 9", "es-US")).toBe("2026-03-03T14:00:00.000Z");
    expect(when("10 de marzo a las 9:00", "es-MX")).toBe("2026-03-10T13:00:00.000Z");
  });

  it("places the time in the zone's offset for that date, after the DST change", () => {
    // New York moves to EDT (UTC-4) on 2026-03-08; today is still EST (UTC-5).
    expect(when("March 10 at 9am")).toBe("2026-03-10T13:00:00.000Z");
    expect(when("March 5 at 9am")).toBe("2026-03-05T14:00:00.000Z");
  });

  it("asks again for a day without a time, a past time, nonsense or a year away", () => {
    expect(when("10 March")).toBe("no_time");
    expect(when("yesterday at 9am")).toBe("past");
    expect(when("whenever the doctor says")).toBe("unclear");
    expect(when("March 10 2028 at 9am")).toBe("too_far");
  });
});

describe("formatSessionTime", () => {
  it("says the time as the patient reads it, in the clinic's zone", () => {
    expect(formatSessionTime(new Date("2026-03-10T13:00:00Z"), zone)).toBe(
      "Tuesday, March 10 at 9:00 AM",
    );
    expect(formatSessionTime(new Date("2026-03-10T13:00:00Z"), zone, "es-US")).toContain("martes");
  });
});
