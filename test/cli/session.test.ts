import { describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { cliSandbox, lantern } from "../support/cli.ts";

// `lantern session add | list` as an operator runs them: the session lands in the patient's
// conversation, its jobs are stored, and moving it reschedules without doubling anything.

/** A clinic-time ISO stamp (no offset) `days` from today at 09:00, and the same as words. */
function daysAhead(days: number): { iso: string; day: number } {
  const d = new Date(Date.now() + days * 86_400_000);
  const iso = `${d.toISOString().slice(0, 10)}T09:00`;
  return { iso, day: Number(iso.slice(8, 10)) };
}

/** A terminal patient's conversation, as a first chat leaves it. */
async function patientChatted(file: string, user: string): Promise<void> {
  const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
  await store.saveConversation(newState("console", user, new Date()));
  await store.close();
}

async function sessionJobs(file: string): Promise<string[]> {
  const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
  const ids: string[] = [];
  for await (const [key] of store.keyv.iterator?.(undefined) ?? [])
    if (String(key).startsWith("job:session:")) ids.push(String(key));
  await store.close();
  return ids.sort();
}

describe("lantern session", () => {
  it("adds a session for a patient, lists it, and moves it without duplicate jobs", async () => {
    const { env, file } = cliSandbox("lantern-session-");
    await patientChatted(file, "alice");

    const first = daysAhead(10);
    const added = lantern(["session", "add", "--patient", "alice", "--at", first.iso], env);
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(
      /^Session 1 for alice: \w+day, \w+ \d+ at 9:00 AM \(America\/New_York\)\./,
    );
    for (const flow of ["phq9", "gad7", "peg", "session-reminder", "post-session-checkin"])
      expect(added.stdout).toContain(flow);
    expect(added.stdout).toMatch(/\w+day, \w+ \d+ at 6:00 PM {2}session-reminder/);
    const before = await sessionJobs(file);
    expect(before).toHaveLength(8);

    const moved = daysAhead(11);
    const again = lantern(
      ["session", "add", "--patient", "console:alice", "--at", moved.iso, "--number", "1"],
      env,
    );
    expect(again.status).toBe(0);
    const after = await sessionJobs(file);
    expect(after).toHaveLength(8);
    expect(after.filter((id) => before.includes(id))).toEqual([]);

    const listed = lantern(["session", "list", "--patient", "alice"], env);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(
        `^Session 1: \\w+day, \\w+ ${moved.day} at 9:00 AM {2}\\(next\\)\\nNow: preparing\\n$`,
      ),
    );
    const cancelled = lantern(["session", "cancel", "--patient", "alice", "--number", "1"], env);
    expect(cancelled.stdout).toContain("Session 1 for alice cancelled");
    expect(await sessionJobs(file)).toEqual([]);
    expect(lantern(["session", "cancel", "--patient", "alice", "--number", "3"], env).status).toBe(
      1,
    );
  }, 90_000);

  it("refuses a time without an hour, a past time and an unknown patient, changing nothing", async () => {
    const { env, file } = cliSandbox("lantern-session-");
    await patientChatted(file, "bob");
    const noTime = lantern(["session", "add", "--patient", "bob", "--at", "december 10"], env);
    expect(noTime.status).toBe(1);
    expect(noTime.stderr).toContain("give a start time too");
    const past = lantern(["session", "add", "--patient", "bob", "--at", "2020-01-01T09:00"], env);
    expect(past.stderr).toContain("that time has passed");
    const nobody = lantern(["session", "add", "--patient", "carol", "--at", daysAhead(3).iso], env);
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toContain("no conversation for carol");
    expect(lantern(["session", "add", "--patient", "bob"], env).status).toBe(2);
    expect(await sessionJobs(file)).toEqual([]);
    const help = lantern(["session", "add", "--help"], env);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: lantern session add --patient ID --at WHEN");
  }, 90_000);
});
