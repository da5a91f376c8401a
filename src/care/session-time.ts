// Kept apart from sessions.ts, which loads the date parser (chrono): listing sessions needs
// only this.

/** "Thursday, December 10 at 9:00 AM" in the clinic's zone and the patient's language. */
export function formatSessionTime(at: Date, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? "en-US", {
    timeZone: zone,
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(at);
}
