// Disclosure as configuration (issue 17 item 7): "I am a program" again after
// disclosure.after_days_away days without a message, from config/clinic.yaml, default 7.
// Through the real app (createApp reads the clinic file) with a fake clock.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { ClinicConfig } from "../../src/config/clinic.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

const DAY = 86_400_000;
const NOTICE = "Welcome back. A reminder: I am a computer program";
const SHIPPED = "config/clinic.yaml";

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A clinic file like the shipped one with `after_days_away` changed (or the key removed). */
function clinicFile(days: number | undefined): string {
  const text = readFileSync(SHIPPED, "utf8");
  const changed =
    days === undefined
      ? text.replace(/^disclosure:\n {2}after_days_away: \d+\n/m, "")
      : text.replace(/after_days_away: \d+/, `after_days_away: ${days}`);
  expect(changed).not.toBe(text);
  const file = join(mkdtempSync(join(tmpdir(), "lantern-disclosure-")), "clinic.yaml");
  writeFileSync(file, changed);
  return file;
}

/** Says hello, waits `awayDays`, says hello again: did the second reply carry the notice? */
async function noticeAfter(clinic: string, awayDays: number): Promise<boolean> {
  const clock = new FakeClock();
  const channel = new RecordingChannel("test");
  app = await createApp({
    env: EnvSchema.parse({
      LANTERN_STORE: "memory://",
      LANTERN_CLINIC: clinic,
      LANTERN_PSEUDONYM_SALT: "disclosure-test-salt",
      LANTERN_FIRST_FLOW: "none",
    }),
    clock,
    channels: [channel],
    notifiers: [new RecordingNotifier()],
    enrolmentRequired: () => false,
  });
  const say = (text: string, n: number) =>
    app?.runtime.handle({ channel: "test", userId: "u1", messageId: `m${n}`, kind: "text", text });
  await say("hello", 1);
  clock.advance(awayDays * DAY);
  const before = channel.sent.length;
  await say("hello", 2);
  await app.close();
  app = undefined;
  return channel
    .texts()
    .slice(before)
    .some((t) => t.includes(NOTICE));
}

describe("disclosure.after_days_away", () => {
  it("defaults to 7 days when the clinic file leaves it out", () => {
    const parsed = ClinicConfig.parse({
      clinic: {},
      crisis: { en: { emergency: "911", line: "988" } },
    });
    expect(parsed.disclosure.after_days_away).toBe(7);
    expect(() =>
      ClinicConfig.parse({
        clinic: {},
        crisis: { en: { emergency: "911", line: "988" } },
        disclosure: { after_days_away: 0 },
      }),
    ).toThrow();
  });

  it("the shipped 7: not after 6 days away, again after 7", async () => {
    expect(await noticeAfter(SHIPPED, 6)).toBe(false);
    expect(await noticeAfter(SHIPPED, 7)).toBe(true);
  });

  it("a clinic's 3: the notice after 3 days away, not after 2", async () => {
    const file = clinicFile(3);
    expect(await noticeAfter(file, 2)).toBe(false);
    expect(await noticeAfter(file, 3)).toBe(true);
  });

  it("left out of the file: the default 7 days", async () => {
    const file = clinicFile(undefined);
    expect(await noticeAfter(file, 4)).toBe(false);
    expect(await noticeAfter(file, 8)).toBe(true);
  });
});
