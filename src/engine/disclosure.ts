/**
 * Disclosure: Lantern says plainly that it is a program whenever asked, and again after a long
 * absence (CLINICAL.md, "Consent and disclosure"). Deterministic patterns, English and Spanish.
 */

const ASKED = new RegExp(
  [
    // "are you a real person?", "are you human?", "are you a bot / robot / AI?"
    "\\bare (you|u) (a |an )?(real |actual |live )?(person|human|people|man|woman|bot|robot|machine|computer|program|ai|a\\.i\\.)\\b",
    "\\bare (you|u) real\\b",
    // "am I talking to a bot / human?", "is this a real person?", "is there a person there?"
    "\\b(am i|are we) (talking|chatting|speaking|texting|writing) (to|with) (a |an )?(real |actual |live )?(person|human|bot|robot|machine|computer|program|ai)\\b",
    "\\bis (this|that|it) (a |an )?(real |actual |live )?(person|human|bot|robot|machine|computer|program|ai)\\b",
    "\\bis (there )?(a |an )?(real |actual |live )?(person|human) (there|reading|on the other end|answering)\\b",
    "\\b(who|what) am i (talking|chatting|speaking) (to|with)\\b",
    // Spanish: "¿eres una persona?", "¿es usted una persona real?", "¿hablo con un robot?"
    "\\b(eres|es usted|sos) (una |un )?(persona|humano|humana|robot|bot|m[aá]quina|programa|real)\\b",
    "\\bhablo con (una |un )?(persona|humano|humana|robot|bot|m[aá]quina|programa)\\b",
    "\\b(con qui[eé]n|con qu[eé]) (hablo|estoy hablando)\\b",
  ].join("|"),
  "i",
);

/** True when the patient asks whether Lantern is a person or a program. */
export function asksIfHuman(text: string): boolean {
  return ASKED.test(text);
}

/** The default absence after which the notice is shown again: 7 days. */
export const DISCLOSE_AFTER_MS = 7 * 24 * 3_600_000;

/** True when the patient's previous message was longer ago than `afterMs`. */
export function awayLongEnough(
  lastInboundAt: string | undefined,
  now: Date,
  afterMs = DISCLOSE_AFTER_MS,
): boolean {
  if (!lastInboundAt) return false;
  const last = Date.parse(lastInboundAt);
  return Number.isFinite(last) && now.getTime() - last >= afterMs;
}
