import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { AuditLog } from "../../src/care/audit.ts";
import { Patients } from "../../src/care/patients.ts";
import { deletePatient } from "../../src/cli/patient-delete.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

// Delete means gone: a marker phrase goes through a real turn that raises an alert (the alert
// carries the full excerpt), `lantern patient delete` runs as an operator would run it, and
// then the raw SQLite files (database, -wal, -shm) hold no copy of the marker.

const SALT = "delete-gone-tests-salt-0123456789";
const MARKER = "zebracrossing";

/** Occurrences of `needle` in the raw bytes of the database and the files SQLite keeps beside it. */
function rawHits(file: string, needle: string): number {
  let hits = 0;
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) hits++;
  }
  return hits;
}

/** The real app on a new SQLite file (full alert excerpts), a recording channel and notifier. */
async function openApp(dataKey?: string) {
  const file = join(mkdtempSync(join(tmpdir(), "lantern-delete-")), "s.sqlite");
  const vars = {
    LANTERN_STORE: `sqlite://${file}`,
    LANTERN_PSEUDONYM_SALT: SALT,
    LANTERN_ALERT_EXCERPT: "full",
    ...(dataKey ? { LANTERN_DATA_KEY: dataKey } : {}),
  };
  const env = EnvSchema.parse(vars);
  const clock = new FakeClock();
  const channel = new RecordingChannel("telegram");
  const notifier = new RecordingNotifier();
  const app = await createApp({
    env,
    clock,
    channels: [channel],
    notifiers: [notifier],
    llm: null,
  });
  return { file, vars, channel, notifier, app };
}

async function scenario(dataKey?: string) {
  const { file, vars, notifier, app } = await openApp(dataKey);
  const { patient, invite } = await app.patients.create("Patient D");
  const kept = await app.patients.create("Patient K");
  const send = (userId: string, text: string, n: number) =>
    app.runtime.handle({
      channel: "telegram",
      userId,
      messageId: `${userId}-${n}`,
      kind: "text",
      text,
    });
  await send("5550001", `/start ${invite.code}`, 1);
  await send("5550002", `/start ${kept.invite.code}`, 1);
  await send("5550001", `I'm going to kill myself tonight, ${MARKER} is my word for it`, 2);
  await send("5550002", "I am going to kill myself tonight", 2);
  expect(notifier.alerts.length, "both risk messages raised an alert").toBe(2);
  const mine = notifier.alerts.find((a) => String(a.excerpt ?? "").includes(MARKER));
  expect(mine, "the alert carries the marker").toBeDefined();
  const alertId = String(mine?.id);
  const otherId = String(notifier.alerts.find((a) => a !== mine)?.id);
  // A platform's record of the alert, as adapters/slack/notifier.ts keeps it.
  await app.runtime.store.set(`slack:alert:${alertId}`, { messages: { primary: { ts: "1.2" } } });
  await app.close();
  const before = rawHits(file, MARKER);

  const run = spawnSync(
    process.execPath,
    ["bin/lantern.js", "patient", "delete", "--patient", patient.id, "--yes"],
    { env: { ...process.env, ...vars }, encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const after = rawHits(file, MARKER);
  const store = new Store(
    await openKeyv(`sqlite://${file}`, "lantern", dataKey ? {} : { keys: null }),
    { codec: stateCodec },
  );
  return { file, store, before, after, alertId, otherId, mine, invite };
}

describe("lantern patient delete", () => {
  it("leaves no copy of the patient's words in the SQLite files, only an alert tombstone", async () => {
    const { file, store, before, after, alertId, otherId, mine } = await scenario();
    expect(before, "the marker was in the file before delete").toBeGreaterThan(0);
    expect(after, "raw hits of the marker after delete").toBe(0);
    expect(rawHits(file, String(mine?.patient)), "pseudonym left in the file").toBe(0);
    expect(rawHits(file, "5550001"), "platform user id left in the file").toBe(0);
    expect(rawHits(file, "5550002"), "the other patient is still there").toBeGreaterThan(0);
    expect(await store.get(`alert:${alertId}`)).toBeUndefined();
    expect(await store.get(`slack:alert:${alertId}`)).toBeUndefined();
    expect(await store.get<string[]>("alerts:open")).not.toContain(alertId);
    expect(await store.get<string[]>("alerts:open")).toContain(otherId);
    expect(await store.get(`alert:${otherId}`)).toBeDefined();
    const tombstone = await store.get<Record<string, unknown>>(`tombstone:alert:${alertId}`);
    expect(Object.keys(tombstone ?? {}).sort()).toEqual([
      "at",
      "createdAt",
      "deletedAt",
      "id",
      "level",
    ]);
    const audit = await new AuditLog(store, new FakeClock()).list();
    const about = audit.filter((e) => e.alert === alertId);
    expect(about.length).toBeGreaterThan(0);
    for (const row of about) {
      expect(row).not.toHaveProperty("patient");
      expect(row).not.toHaveProperty("error");
    }
    expect(JSON.stringify(audit)).not.toContain("5550001");
    expect(audit.at(-1)).toMatchObject({ event: "data.deleted", alerts: 1 });
    expect(await store.loadConversation("telegram:5550001")).toBeUndefined();
    expect(await store.loadConversation("telegram:5550002")).toBeDefined();
    await store.close();
  });

  it("with a data key too", async () => {
    const key = randomBytes(32).toString("base64");
    const previous = process.env.LANTERN_DATA_KEY;
    process.env.LANTERN_DATA_KEY = key;
    try {
      const { store, before, after, alertId, invite } = await scenario(key);
      expect(before, "sealed records hide the marker").toBe(0);
      expect(after).toBe(0);
      expect(await store.get(`alert:${alertId}`)).toBeUndefined();
      expect(await store.get(`tombstone:alert:${alertId}`)).toBeDefined();
      expect(await store.get(`invite:${invite.code}`)).toBeUndefined();
      expect(await store.get("link:telegram:5550001")).toBeUndefined();
      expect(await store.get("link:telegram:5550002")).toBeDefined();
      await store.close();
    } finally {
      if (previous === undefined) delete process.env.LANTERN_DATA_KEY;
      else process.env.LANTERN_DATA_KEY = previous;
    }
  });
});

describe("the patient's own delete", () => {
  it("leaves no copy of their words or their alert in the SQLite files", async () => {
    const { file, channel, notifier, app } = await openApp();
    const { invite } = await app.patients.create("Patient S");
    let n = 0;
    const say = (text: string) =>
      app.runtime.handle({
        channel: "telegram",
        userId: "5550003",
        messageId: `m${++n}`,
        kind: "text",
        text,
      });
    await say(`/start ${invite.code}`);
    await say(`I'm going to kill myself tonight, ${MARKER} is my word for it`);
    expect(notifier.alerts).toHaveLength(1);
    const alertId = String(notifier.alerts[0]?.id);
    await say("4"); // "I'm okay for now": the crisis flow closes
    await say("delete");
    await say("yes");
    expect(channel.texts().at(-1)).toContain("I have deleted your data");
    expect(await app.escalations.get(alertId)).toBeUndefined();
    expect(await app.escalations.openIds()).not.toContain(alertId);
    expect(await app.runtime.store.get(`invite:${invite.code}`)).toBeUndefined();
    await app.close();
    expect(rawHits(file, MARKER), "raw hits of the marker after the patient's delete").toBe(0);
    expect(rawHits(file, "5550003"), "platform user id left in the file").toBe(0);
  });
});

describe("per-user platform records", () => {
  it("a Teams user's conversation reference and prompt go with the patient", async () => {
    const store = new Store(await openKeyv("memory://", "lantern", { keys: null }), {
      codec: stateCodec,
    });
    const clock = new FakeClock();
    const patients = new Patients(store, clock);
    const { patient, invite } = await patients.create("Patient T");
    await patients.redeem(invite.code, "teams", "29:abc");
    await store.set("teams:ref:29:abc", { user: { id: "29:abc", name: "Jane Doe" } });
    await store.set("teams:prompt:29:abc", "p1");
    await store.set("teams:ref:29:other", { user: { id: "29:other" } });
    await deletePatient(store, patient.id, { clock });
    expect(await store.get("teams:ref:29:abc")).toBeUndefined();
    expect(await store.get("teams:prompt:29:abc")).toBeUndefined();
    expect(await store.get("teams:ref:29:other")).toBeDefined();
    await store.close();
  });
});
