import type { Choice } from "#lantern";

// Adaptive Cards Lantern sends to Teams. Plain objects (the Adaptive Card JSON schema);
// CardFactory.adaptiveCard wraps them as attachments. Version 1.4 renders on Teams desktop,
// web and mobile.

export type AdaptiveCard = Record<string, unknown> & { type: "AdaptiveCard" };

const SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
/** More choices than this become one list with a Send button: a row of buttons gets cut off. */
export const MAX_BUTTONS = 5;

/** What an Action.Submit on a patient's choice card carries (Teams puts it in activity.value). */
export interface ChoiceSubmit {
  lantern: "choice";
  prompt: string;
  choice: string;
  label?: string;
}

/** What Acknowledge / Resolve on an alert card carry; `note` comes from the Resolve input. */
export interface AlertSubmit {
  lantern: "alert";
  action: "acknowledge" | "resolve" | "status";
  alert: string;
  note?: string;
}

function card(body: unknown[], actions: unknown[] = []): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: SCHEMA,
    version: "1.4",
    body,
    ...(actions.length ? { actions } : {}),
  };
}

function textBlock(text: string, extra: Record<string, unknown> = {}) {
  return { type: "TextBlock", text, wrap: true, ...extra };
}

/** Untrusted text in a card: break Markdown links so a message cannot plant a clickable link. */
export function defang(text: string): string {
  return text.replace(/\]\(/g, "] (").replace(/<\/?[a-z][^>]*>/gi, "");
}

/**
 * A question with choices: one Action.Submit button per choice, or, for long lists, a list
 * (Input.ChoiceSet named `choice`) and one Send button. Both submit {lantern, prompt, choice}.
 */
export function choiceCard(text: string, prompt: string, choices: Choice[]): AdaptiveCard {
  const data = (c?: Choice) => ({
    lantern: "choice",
    prompt,
    ...(c ? { choice: c.id, label: c.label } : {}),
  });
  if (choices.length <= MAX_BUTTONS) {
    return card(
      [textBlock(text)],
      choices.map((c) => ({ type: "Action.Submit", title: c.label, data: data(c) })),
    );
  }
  return card(
    [
      textBlock(text),
      {
        type: "Input.ChoiceSet",
        id: "choice",
        style: "expanded",
        isRequired: true,
        errorMessage: "Pick one first.",
        choices: choices.map((c) => ({ title: c.label, value: c.id })),
      },
    ],
    [{ type: "Action.Submit", title: "Send", data: data() }],
  );
}

/** The same question once answered (or stale): no actions left, so it cannot be answered again. */
export function closedChoiceCard(text: string, status: string): AdaptiveCard {
  return card([
    ...(text ? [textBlock(text)] : []),
    textBlock(status, { isSubtle: true, weight: "Bolder" }),
  ]);
}

/** The alert fields a card shows; the stored Alert (src/care/alerts.ts) has them all. */
export interface AlertView {
  id: string;
  patient?: unknown;
  level?: unknown;
  categories?: unknown;
  reason?: unknown;
  at?: unknown;
  excerpt?: unknown;
  context?: unknown;
  escalation?: unknown;
  subject?: unknown;
  channel?: unknown;
  lastContactAt?: unknown;
  flags?: unknown;
}

/** The patient as `alerts.identify` allowed: "JD (pt_1a2b3c4d)", "pt_1a2b3c4d" or the pseudonym. */
export function alertPatient(alert: AlertView): string {
  const subject = (alert.subject ?? {}) as { name?: unknown; record?: unknown };
  const name = typeof subject.name === "string" ? subject.name : undefined;
  const record = typeof subject.record === "string" ? subject.record : undefined;
  if (name && record) return `${name} (${record})`;
  return name ?? record ?? String(alert.patient ?? "?");
}

export interface AlertStatus {
  acknowledged?: { by: string; at: string } | undefined;
  resolved?: { by: string; at: string; note: string } | undefined;
}

/**
 * A care-team alert: level, pseudonymous patient, why, the (already redacted) excerpt and recent
 * context, and Acknowledge / Resolve until resolved.
 */
export function alertCard(alert: AlertView, status: AlertStatus = {}): AdaptiveCard {
  const level = String(alert.level ?? "unknown").toUpperCase();
  const categories = Array.isArray(alert.categories) ? alert.categories.join(", ") : "";
  const escalation =
    alert.escalation && typeof alert.escalation === "object"
      ? String((alert.escalation as { reason?: unknown }).reason ?? "")
      : "";
  const facts = [
    { title: "Patient", value: defang(alertPatient(alert)) },
    {
      title: "Conversation",
      value: `${String(alert.channel ?? "unknown")}, last message from the patient ${typeof alert.lastContactAt === "string" ? alert.lastContactAt : "not recorded"}`,
    },
    { title: "Level", value: level },
    ...(categories ? [{ title: "Categories", value: categories }] : []),
    { title: "Reason", value: String(alert.reason ?? "risk_guard") },
    { title: "At", value: String(alert.at ?? "") },
    { title: "Alert", value: alert.id },
    ...(escalation ? [{ title: "Escalated", value: escalation }] : []),
  ];
  const context = Array.isArray(alert.context)
    ? alert.context
        .filter((m): m is { from: string; text: string } => Boolean(m && typeof m === "object"))
        .map((m) =>
          m.from === "patient"
            ? `Patient: "${defang(String(m.text))}"`
            : `Lantern: ${defang(String(m.text))}`,
        )
    : [];
  const body: unknown[] = [
    textBlock(`Lantern care-team alert: ${level}`, {
      size: "Large",
      weight: "Bolder",
      color: level === "CONCERN" || level === "LOW" ? "Warning" : "Attention",
    }),
    { type: "FactSet", facts },
  ];
  if (typeof alert.excerpt === "string" && alert.excerpt)
    body.push(textBlock(`Message: ${defang(alert.excerpt)}`));
  if (Array.isArray(alert.flags) && alert.flags.includes("sharing_declined"))
    body.push(
      textBlock(
        "The patient declined sharing. Only the risk message is shown: no answers, no conversation.",
        { weight: "Bolder" },
      ),
    );
  if (context.length)
    body.push(textBlock(context.join("\n\n"), { isSubtle: true, spacing: "Medium" }));
  if (status.acknowledged)
    body.push(textBlock(`Acknowledged by ${status.acknowledged.by} at ${status.acknowledged.at}`));
  const submit = (action: AlertSubmit["action"], title: string) => ({
    type: "Action.Submit",
    title,
    data: { lantern: "alert", action, alert: alert.id },
  });
  const statusButton = submit("status", "Patient status");
  if (status.resolved) {
    const note = status.resolved.note ? `: ${defang(status.resolved.note)}` : "";
    body.push(textBlock(`Resolved by ${status.resolved.by} at ${status.resolved.at}${note}`));
    return card(body, [statusButton]);
  }
  const resolve = {
    type: "Action.ShowCard",
    title: "Resolve…",
    card: card(
      [
        {
          type: "Input.Text",
          id: "note",
          isMultiline: true,
          placeholder: "What was done (optional)",
        },
      ],
      [submit("resolve", "Resolve")],
    ),
  };
  return card(
    body,
    status.acknowledged
      ? [resolve, statusButton]
      : [submit("acknowledge", "Acknowledge"), resolve, statusButton],
  );
}

/** Read a patient's card submit from activity.value; anything else is null. */
export function readChoiceSubmit(value: unknown): ChoiceSubmit | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (v.lantern !== undefined && v.lantern !== "choice") return null;
  if (typeof v.prompt !== "string" || !v.prompt) return null;
  if (typeof v.choice !== "string" || !v.choice) return null;
  return {
    lantern: "choice",
    prompt: v.prompt,
    choice: v.choice,
    ...(typeof v.label === "string" ? { label: v.label } : {}),
  };
}

/** Read a care-team card action from activity.value; anything else is null. */
export function readAlertSubmit(value: unknown): AlertSubmit | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (v.lantern !== "alert" || typeof v.alert !== "string") return null;
  if (v.action !== "acknowledge" && v.action !== "resolve" && v.action !== "status") return null;
  return {
    lantern: "alert",
    action: v.action,
    alert: v.alert,
    ...(typeof v.note === "string" && v.note.trim() ? { note: v.note.trim().slice(0, 500) } : {}),
  };
}
