import { randomInt, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../engine/types.ts";
import { systemClock } from "../engine/types.ts";
import type { Store } from "../store/store.ts";
import { AuditLog } from "./audit.ts";

// Patient records and one-time invite codes. A therapist creates a patient (a label only,
// never a name the care team does not already hold elsewhere) and gets a code; the patient
// redeems it once on a channel, which links that channel's user to the record.

export const Patient = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string().optional(),
  links: z.array(z.object({ channel: z.string(), userId: z.string(), at: z.string() })),
});
export type Patient = z.infer<typeof Patient>;

export const Invite = z.object({
  code: z.string(),
  patientId: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().optional(),
});
export type Invite = z.infer<typeof Invite>;

export type RedeemResult =
  | { ok: true; patient: Patient }
  | { ok: false; reason: "unknown" | "expired" | "used" | "limited" };

// Crockford base32 without look-alikes: easy to read aloud or type from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
const DEFAULT_TTL_MS = 14 * 86_400_000;

/** Ten letters, each uniform over the alphabet (randomInt rejects the bias `byte % 30` had). */
export function newCode(): string {
  return Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** Failed redemptions allowed per channel user within the window, before they must wait. */
export const MAX_FAILED_ATTEMPTS = 5;
export const ATTEMPT_WINDOW_MS = 15 * 60_000;

/** Where a channel user's recent failed redemptions are kept. */
export function attemptsKey(channel: string, userId: string): string {
  return `invite_attempts:${channel}:${userId}`;
}

const Attempts = z.array(z.string());

/** Patients, invites and channel links in the store. */
export class Patients {
  readonly #store: Store;
  readonly #clock: Clock;

  constructor(store: Store, clock: Clock = systemClock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Create a patient record and its first invite. */
  async create(label: string, by?: string): Promise<{ patient: Patient; invite: Invite }> {
    const patient: Patient = {
      id: `pt_${randomUUID().slice(0, 8)}`,
      label: label.trim().slice(0, 80),
      createdAt: this.#clock.now().toISOString(),
      ...(by ? { createdBy: by } : {}),
      links: [],
    };
    await this.#store.set(`patient:${patient.id}`, patient);
    await this.#addToIndex(patient.id);
    return { patient, invite: await this.invite(patient.id) };
  }

  /** A new one-time code for an existing patient (e.g. a new phone). */
  async invite(patientId: string, ttlMs = DEFAULT_TTL_MS): Promise<Invite> {
    const now = this.#clock.now();
    const invite: Invite = {
      code: newCode(),
      patientId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    };
    await this.#store.set(`invite:${invite.code}`, invite);
    return invite;
  }

  /**
   * Redeem a code once, linking the channel user to the patient. After MAX_FAILED_ATTEMPTS
   * failures within ATTEMPT_WINDOW_MS the user gets `limited` (the code is not even looked up)
   * until the window has passed; reaching the limit is audited (channel only, no user id).
   */
  async redeem(code: string, channel: string, userId: string): Promise<RedeemResult> {
    const attempts = await this.#recentFailures(channel, userId);
    if (attempts.length >= MAX_FAILED_ATTEMPTS) return { ok: false, reason: "limited" };
    const result = await this.#tryRedeem(code, channel, userId);
    if (result.ok) {
      if (attempts.length) await this.#store.keyv.delete(attemptsKey(channel, userId));
      return result;
    }
    const failures = [...attempts, this.#clock.now().toISOString()];
    await this.#store.set(attemptsKey(channel, userId), failures);
    if (failures.length === MAX_FAILED_ATTEMPTS)
      await new AuditLog(this.#store, this.#clock).append({
        event: "invite.limited",
        channel,
        failures: failures.length,
        windowMinutes: ATTEMPT_WINDOW_MS / 60_000,
      });
    return result;
  }

  async #recentFailures(channel: string, userId: string): Promise<string[]> {
    const parsed = Attempts.safeParse(await this.#store.get(attemptsKey(channel, userId)));
    const since = new Date(this.#clock.now().getTime() - ATTEMPT_WINDOW_MS).toISOString();
    return parsed.success ? parsed.data.filter((at) => at > since) : [];
  }

  async #tryRedeem(code: string, channel: string, userId: string): Promise<RedeemResult> {
    const key = `invite:${code.trim().toUpperCase()}`;
    const invite = Invite.safeParse(await this.#store.get(key));
    if (!invite.success) return { ok: false, reason: "unknown" };
    const now = this.#clock.now().toISOString();
    if (invite.data.usedAt) return { ok: false, reason: "used" };
    if (invite.data.expiresAt <= now) return { ok: false, reason: "expired" };
    const patient = await this.get(invite.data.patientId);
    if (!patient) return { ok: false, reason: "unknown" };
    await this.#store.set(key, { ...invite.data, usedAt: now });
    patient.links = [
      ...patient.links.filter((l) => !(l.channel === channel && l.userId === userId)),
      { channel, userId, at: now },
    ];
    await this.#store.set(`patient:${patient.id}`, patient);
    await this.#store.set(`link:${channel}:${userId}`, patient.id);
    return { ok: true, patient };
  }

  async get(id: string): Promise<Patient | undefined> {
    const parsed = Patient.safeParse(await this.#store.get(`patient:${id}`));
    return parsed.success ? parsed.data : undefined;
  }

  /** The patient a channel user is linked to, if any. */
  async byLink(channel: string, userId: string): Promise<Patient | undefined> {
    const id = await this.#store.get<string>(`link:${channel}:${userId}`);
    return id ? this.get(id) : undefined;
  }

  async list(): Promise<Patient[]> {
    const ids = (await this.#store.get<string[]>("patients:index")) ?? [];
    const patients = await Promise.all(ids.map((id) => this.get(id)));
    return patients.filter((p): p is Patient => Boolean(p));
  }

  /** Forget a patient's record, invites stay unusable, links removed (data deletion). */
  async remove(id: string): Promise<void> {
    const patient = await this.get(id);
    for (const link of patient?.links ?? [])
      await this.#store.keyv.delete(`link:${link.channel}:${link.userId}`);
    await this.#store.keyv.delete(`patient:${id}`);
    const ids = (await this.#store.get<string[]>("patients:index")) ?? [];
    await this.#store.set(
      "patients:index",
      ids.filter((x) => x !== id),
    );
  }

  async #addToIndex(id: string): Promise<void> {
    const ids = (await this.#store.get<string[]>("patients:index")) ?? [];
    await this.#store.set("patients:index", [...ids, id]);
  }
}
