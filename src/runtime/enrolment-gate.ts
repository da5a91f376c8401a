import type { ChannelAdapter } from "../channel.ts";
import type { EngineServices, Inbound } from "../engine/types.ts";
import type { FlowCatalog } from "../flow/catalog.ts";
import { renderSlots } from "../prompts/templates.ts";

/**
 * The gate's port to the patient register (care's Patients implements it): is this platform
 * user linked to a patient, and redeem an invite code for them.
 */
export interface EnrolmentDirectory {
  byLink(channel: string, userId: string): Promise<unknown>;
  redeem(
    code: string,
    channel: string,
    userId: string,
  ): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** Which channels need an invite before a user may chat (all but the local terminal, by default). */
export interface EnrolmentOptions {
  patients: EnrolmentDirectory;
  required(channel: string): boolean;
}

const START_WITH_CODE = /^\s*\/start(?:@\w+)?\s+([A-Za-z0-9_-]{4,64})\s*$/;

/**
 * Before any turn: a user not yet linked to a patient may only redeem an invite
 * (`/start CODE`). Anyone else gets a short explanation and crisis resources, and nothing is
 * stored about them. Returns the inbound to run, or null when the gate answered.
 */
export async function enrolmentGate(
  inbound: Inbound,
  enrolment: EnrolmentOptions,
  deps: {
    channel: ChannelAdapter | undefined;
    catalog: FlowCatalog;
    services: EngineServices;
    now: Date;
  },
): Promise<Inbound | null> {
  if (inbound.kind === "tick" || !enrolment.required(inbound.channel)) return inbound;
  if (await enrolment.patients.byLink(inbound.channel, inbound.userId)) return inbound;
  const code = START_WITH_CODE.exec(inbound.text ?? "")?.[1];
  const result = code
    ? await enrolment.patients.redeem(code, inbound.channel, inbound.userId)
    : undefined;
  if (result?.ok) return { ...inbound, kind: "text", text: "hi" };
  // Too many failed codes from this user: a kind "please wait" (src/care/patients.ts limits).
  const template = result
    ? result.reason === "limited"
      ? "system/invite-limited"
      : "system/invite-invalid"
    : "system/not-enrolled";
  // A channel may word it its own way ("type join CODE" in Teams): system/not-enrolled-teams.
  const templates = deps.catalog.templatesFor(inbound.locale);
  const body =
    (templates.get(`${template}-${inbound.channel}`) ?? templates.get(template))?.body ?? "";
  const text = renderSlots(body, deps.services.globals?.(inbound.locale) ?? {});
  // Thrown errors reach the platform, which redelivers the update: nothing is lost.
  await deps.channel?.send(inbound.userId, {
    id: `gate-${inbound.messageId}`,
    createdAt: deps.now.toISOString(),
    attempts: 0,
    kind: "message",
    text,
  });
  return null;
}
