import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { AuditLog } from "../../src/care/audit.ts";
import { ATTEMPT_WINDOW_MS, newCode, Patients } from "../../src/care/patients.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

describe("lantern invite", () => {
  it("creates a patient and a code that links a Telegram user once", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lantern-invite-")), "s.sqlite");
    const env = {
      ...process.env,
      LANTERN_STORE: `sqlite://${file}`,
      TELEGRAM_BOT_USERNAME: "lantern_test_bot",
    };
    const run = spawnSync(process.execPath, ["bin/lantern.js", "invite", "J.D."], {
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const code = /invite code (\w+)/.exec(run.stdout)?.[1] ?? "";
    expect(run.stdout).toContain(`https://t.me/lantern_test_bot?start=${code}`);
    const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
    const patients = new Patients(store);
    expect((await patients.redeem(code, "telegram", "42")).ok).toBe(true);
    expect(await patients.redeem(code, "telegram", "43")).toEqual({ ok: false, reason: "used" });
    await store.close();
  });

  it("asks for a label", () => {
    const run = spawnSync(process.execPath, ["bin/lantern.js", "invite"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: lantern invite <label>");
  });
});

describe("invite codes", () => {
  it("draws every letter of the alphabet equally often (chi-square, 100,000 letters)", () => {
    const alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const code = newCode();
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTVWXYZ2-9]{10}$/);
      for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const expected = 100_000 / alphabet.length;
    const chi = [...alphabet].reduce(
      (sum, c) => sum + ((counts.get(c) ?? 0) - expected) ** 2 / expected,
      0,
    );
    // 29 degrees of freedom: 70 is beyond the 0.99998 quantile. `byte % 30` scored about 400.
    expect(chi).toBeLessThan(70);
  });

  it("allows 5 failed codes per chat user in 15 minutes, then says kindly to wait; audited", async () => {
    const clock = new FakeClock();
    const store = new Store(await openKeyv("memory://", "lantern", { keys: null }), {
      codec: stateCodec,
    });
    const patients = new Patients(store, clock);
    const { invite } = await patients.create("P");
    for (let i = 0; i < 5; i++)
      expect(await patients.redeem(`WRONGCODE${i}`, "telegram", "tg-6611")).toEqual({
        ok: false,
        reason: "unknown",
      });
    // The right code now waits too: guessing must not go on at full speed.
    expect(await patients.redeem(invite.code, "telegram", "tg-6611")).toEqual({
      ok: false,
      reason: "limited",
    });
    const audit = await new AuditLog(store, clock).list();
    expect(audit.filter((e) => e.event === "invite.limited")).toEqual([
      expect.objectContaining({ channel: "telegram", failures: 5 }),
    ]);
    expect(JSON.stringify(audit)).not.toContain("tg-6611");
    // Another chat is not held back; after the window this one may try again.
    expect(await patients.redeem("WRONGCODEX", "telegram", "tg-6712")).toEqual({
      ok: false,
      reason: "unknown",
    });
    clock.advance(ATTEMPT_WINDOW_MS);
    expect((await patients.redeem(invite.code, "telegram", "tg-6611")).ok).toBe(true);
  });

  it("the enrolment gate answers a limited chat with the wait message and crisis resources", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lantern-invite-")), "s.sqlite");
    const env = EnvSchema.parse({
      LANTERN_STORE: `sqlite://${file}`,
      LANTERN_PSEUDONYM_SALT: "invite-tests-salt-0123456789",
    });
    const channel = new RecordingChannel("telegram");
    const app = await createApp({
      env,
      clock: new FakeClock(),
      channels: [channel],
      notifiers: [new RecordingNotifier()],
      llm: null,
    });
    for (let i = 0; i < 6; i++)
      await app.runtime.handle({
        channel: "telegram",
        userId: "77",
        messageId: `m${i}`,
        kind: "text",
        text: `/start BADCODE${i}`,
      });
    const texts = channel.texts();
    expect(texts).toHaveLength(6);
    expect(texts[4]).toContain("That invite code did not work");
    expect(texts[5]).toContain("Please wait 15 minutes");
    expect(texts[5]).toMatch(/call \S+ now/);
    await app.close();
  });
});
