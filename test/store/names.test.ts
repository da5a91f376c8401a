import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { AuditLog } from "../../src/care/audit.ts";
import { Patients } from "../../src/care/patients.ts";
import { newState } from "../../src/engine/state.ts";
import { type ConversationStore, stateCodec } from "../../src/engine/stored-state.ts";
import { Scheduler } from "../../src/runtime/scheduler.ts";
import { dataKeysFromEnv } from "../../src/store/crypto.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock } from "../support/recorders.ts";

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("hex");
const A = dataKeysFromEnv({ LANTERN_DATA_KEY: keyA }) ?? null;
const BA = dataKeysFromEnv({ LANTERN_DATA_KEY: keyB, LANTERN_DATA_KEY_OLD: keyA }) ?? null;
const B = dataKeysFromEnv({ LANTERN_DATA_KEY: keyB }) ?? null;

function rawKeys(file: string): string[] {
  const db = new DatabaseSync(file);
  const rows = db.prepare("SELECT key FROM keyv").all() as { key: string }[];
  db.close();
  return rows.map((r) => r.key);
}

const newFile = () => join(mkdtempSync(join(tmpdir(), "lantern-names-")), "s.sqlite");
const open = async (file: string, keys: typeof A) =>
  new Store(await openKeyv(`sqlite://${file}`, "lantern", { keys }), { codec: stateCodec });

/** A patient linked on Telegram, a conversation, a scheduled flow and an audit row. */
async function seed(store: ConversationStore, clock: FakeClock) {
  const patients = new Patients(store, clock);
  const { patient, invite } = await patients.create("Jane Doe");
  const spare = await patients.invite(patient.id);
  await patients.redeem(invite.code, "telegram", "5550123");
  await store.saveConversation(newState("telegram", "5550123", clock.now()));
  await new Scheduler(store).schedule({
    id: "checkin-5550123",
    due: "2026-01-06T09:00:00.000Z",
    channel: "telegram",
    userId: "5550123",
    flowId: "checkin",
    createdAt: clock.now().toISOString(),
  });
  await new AuditLog(store, clock).append({ event: "data.exported", patient: patient.id });
  return { patient, codes: [invite.code, spare.code] };
}

async function expectReadable(store: ConversationStore, patientId: string) {
  const patients = new Patients(store, new FakeClock());
  expect((await patients.byLink("telegram", "5550123"))?.id).toBe(patientId);
  expect((await store.loadConversation("telegram:5550123"))?.userId).toBe("5550123");
  const listed: string[] = [];
  for await (const state of store.conversations()) listed.push(state.id);
  expect(listed).toEqual(["telegram:5550123"]);
  const scheduler = new Scheduler(store);
  await scheduler.load();
  expect(scheduler.list().map((j) => j.id)).toEqual(["checkin-5550123"]);
  expect((await new AuditLog(store, new FakeClock()).list()).map((e) => e.event)).toEqual([
    "data.exported",
  ]);
}

describe("record names with a data key", () => {
  it("carry no platform ids, invite codes or names, and everything still reads and lists", async () => {
    const file = newFile();
    const store = await open(file, A);
    const { patient, codes } = await seed(store, new FakeClock());
    await expectReadable(store, patient.id);
    await store.close();
    const keys = rawKeys(file).join("\n");
    for (const secret of ["5550123", "telegram", "Jane", patient.id, ...codes])
      expect(keys, `"${secret}" in a record name`).not.toContain(secret);
    expect(keys).toMatch(/^lantern:conv:~[0-9a-f]{32}$/m);
    expect(keys).toMatch(/^lantern:invite:~[0-9a-f]{32}$/m);
  });

  it("stay the same through a key rotation, also once the old key is removed", async () => {
    const file = newFile();
    const first = await open(file, A);
    const { patient } = await seed(first, new FakeClock());
    await first.close();
    const before = rawKeys(file).sort();
    const rotating = await open(file, BA);
    await expectReadable(rotating, patient.id);
    // Rewrite every record under B, as the rotation guide's last step has it.
    for await (const state of rotating.conversations()) await rotating.saveConversation(state);
    const patients = new Patients(rotating);
    const record = await patients.get(patient.id);
    await rotating.set(`patient:${patient.id}`, record);
    await rotating.set("link:telegram:5550123", patient.id);
    await rotating.close();
    expect(rawKeys(file).sort()).toEqual(before);
    const after = await open(file, B);
    expect((await new Patients(after).byLink("telegram", "5550123"))?.id).toBe(patient.id);
    expect((await after.loadConversation("telegram:5550123"))?.userId).toBe("5550123");
    await after.close();
  });

  it("are migrated from the clear when a key is first set; a keyless open then refuses", async () => {
    const file = newFile();
    const plain = await open(file, null);
    const { patient, codes } = await seed(plain, new FakeClock());
    await plain.close();
    expect(rawKeys(file).join("\n")).toContain("5550123");
    const keyed = await open(file, A);
    await expectReadable(keyed, patient.id);
    expect(
      await new Patients(keyed, new FakeClock()).redeem(codes[1] ?? "", "telegram", "5550999"),
    ).toMatchObject({ ok: true });
    await keyed.close();
    expect(rawKeys(file).join("\n")).not.toMatch(/5550123|5550999|telegram/);
    const keyless = await open(file, null);
    await expect(keyless.get("link:telegram:5550123")).rejects.toThrow(/set LANTERN_DATA_KEY/);
    await keyless.close();
  });
});
