import type { ConversationLock } from "../runtime/runtime.ts";
import type { Store } from "../store/store.ts";
import { pseudonym } from "./alerts.ts";
import { caseloadKey } from "./caseload.ts";
import { forgetAlert } from "./escalations.ts";
import { notesKey } from "./notes.ts";
import { attemptsKey } from "./patients.ts";

// Data deletion, the care team's side: once a patient's conversations are gone, their alerts,
// the platforms' records of those alerts and the audit rows that name them must go too, or the
// alert text and pseudonym would still link back to them. What is kept is a tombstone per alert
// (id, times, level), so the audit trail still shows that an alert existed and was deleted.

/** Fields an audit row may keep once its alert or patient is deleted: none identify anyone. */
const AUDIT_KEEP = ["at", "seq", "event", "alert", "level", "role", "ok", "attempt", "targets"];

/** Records the platforms keep per alert (adapters/slack/notifier.ts: `slack:alert:<id>`). */
const PLATFORM_ALERT_KEYS = [(id: string) => `slack:alert:${id}`];

/** Records a platform keeps per user (adapters/teams/channel.ts: conversation reference, prompt). */
const PLATFORM_USER_KEYS: Record<string, ((userId: string) => string)[]> = {
  teams: [(userId) => `teams:ref:${userId}`, (userId) => `teams:prompt:${userId}`],
};

/** Tombstone left for a deleted alert (`tombstone:alert:<id>`). */
export interface AlertTombstone {
  id: string;
  level: string;
  at?: string | undefined;
  createdAt?: string | undefined;
  deletedAt: string;
}

export interface EraseTarget {
  /** Conversation ids (`channel:userId`) being deleted. */
  conversations: string[];
  /** Channel links (for per-user records such as invite attempts). */
  links: { channel: string; userId: string }[];
  now: Date;
  /** The alert lock of running processes (shared stores), so a delivery finishes first. */
  lock?: ConversationLock | undefined;
  /** The patient record's id: their invites go too. */
  patientId?: string | undefined;
  /** The pseudonym salt the alerts were made with (default: LANTERN_PSEUDONYM_SALT, else stored). */
  salt?: string | undefined;
}

export interface EraseSummary {
  alerts: number;
  audit: number;
}

/** The salt pseudonyms were made with: configured, else the one kept in the store. */
async function salt(store: Store): Promise<string | undefined> {
  return process.env.LANTERN_PSEUDONYM_SALT || (await store.get<string>("config:pseudonym_salt"));
}

function field(value: unknown, name: string): unknown {
  return value && typeof value === "object" ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * Remove the patient's alerts (leaving tombstones), their open-list entries and platform
 * records, scrub the audit rows about those alerts or conversations, and drop per-user
 * records. Then the caller should `store.scrub()` so nothing survives in the file.
 */
export async function eraseCareRecords(store: Store, target: EraseTarget): Promise<EraseSummary> {
  const secret = target.salt || (await salt(store));
  const names = new Set(secret ? target.conversations.map((c) => pseudonym(c, secret)) : []);
  const conversations = new Set(target.conversations);
  const alerts: { id: string; record: unknown }[] = [];
  const audit: [string, Record<string, unknown>][] = [];
  const invites: string[] = [];
  if (!store.keyv.iterator) throw new Error("this store cannot list its records");
  for await (const [key, value] of store.keyv.iterator(undefined)) {
    if (typeof key !== "string") continue;
    if (key.startsWith("alert:")) {
      const alert = field(value, "alert");
      if (names.has(String(field(alert, "patient"))))
        alerts.push({ id: key.slice(6), record: value });
    } else if (key.startsWith("invite:")) {
      if (target.patientId && field(value, "patientId") === target.patientId) invites.push(key);
    } else if (key.startsWith("audit:") && value && typeof value === "object") {
      audit.push([key, value as Record<string, unknown>]);
    }
  }
  const ids = new Set(alerts.map((a) => a.id));
  for (const { id, record } of alerts) {
    const alert = field(record, "alert");
    const tombstone: AlertTombstone = {
      id,
      level: String(field(alert, "level") ?? "unknown"),
      at: field(alert, "at") as string | undefined,
      createdAt: field(record, "createdAt") as string | undefined,
      deletedAt: target.now.toISOString(),
    };
    await store.set(`tombstone:alert:${id}`, tombstone);
    await forgetAlert(store, id, target.lock);
    for (const key of PLATFORM_ALERT_KEYS) await store.keyv.delete(key(id));
  }
  let scrubbed = 0;
  for (const [key, row] of audit) {
    const about =
      ids.has(String(row.alert)) ||
      names.has(String(row.patient)) ||
      conversations.has(String(row.conversation));
    if (!about) continue;
    const kept = Object.fromEntries(AUDIT_KEEP.filter((k) => k in row).map((k) => [k, row[k]]));
    await store.set(key, { ...kept, scrubbed: true });
    scrubbed++;
  }
  for (const key of invites) await store.keyv.delete(key);
  // The care team's notes and caseload entry about this patient go with them.
  if (target.patientId)
    await store.keyv.deleteMany([notesKey(target.patientId), caseloadKey(target.patientId)]);
  for (const link of target.links) {
    await store.keyv.delete(attemptsKey(link.channel, link.userId));
    for (const key of PLATFORM_USER_KEYS[link.channel] ?? [])
      await store.keyv.delete(key(link.userId));
  }
  return { alerts: alerts.length, audit: scrubbed };
}
