import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ACTION } from "../../adapters/slack/blocks.ts";
import { buttonPress, interactionBody, postSigned, waitFor } from "../support/slack-api.ts";
import { ALERTS, SECRET, SlackHarness, THERAPIST } from "./slack-harness.ts";

// An alert names the patient as the clinic set them up (config/clinic.yaml `alerts.identify`),
// says where and when they last wrote, shows the conversation under it, and one tap gives the
// patient's status. `/lantern status` takes the name, the record id or the alert's P- code.

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The repo's clinic.yaml with `alerts.identify` set to another mode. */
function clinicWith(identify: string): string {
  const text = readFileSync("config/clinic.yaml", "utf8").replace(
    /identify: name\b/,
    `identify: ${identify}`,
  );
  expect(text).toContain(`identify: ${identify}`);
  const file = join(mkdtempSync(join(tmpdir(), "lantern-clinic-")), "clinic.yaml");
  writeFileSync(file, text);
  return file;
}

async function riskyPatient(harness: SlackHarness) {
  const { patient, invite } = await harness.app.patients.create("Jane Doe", "test");
  await harness.say(`/start ${invite.code}`);
  await harness.say("I feel like such a burden lately");
  await harness.say("I want to die");
  const [post] = harness.api
    .ok("chat.postMessage")
    .filter(
      (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === "lantern_alert",
    );
  expect(post).toBeDefined();
  const alertId = String(
    (post?.metadata as { event_payload?: { alert_id?: string } } | undefined)?.event_payload
      ?.alert_id,
  );
  return { patient, post: post as Record<string, unknown>, alertId };
}

const lantern = (harness: SlackHarness, text: string) => harness.command(text);

describe("identifiable alerts", () => {
  it("names the patient, the channel and last contact; the thread quotes both sides in order; one tap to status", async () => {
    h = await new SlackHarness().boot();
    const { patient, post, alertId } = await riskyPatient(h);
    const blocks = JSON.stringify(post.blocks);
    expect(blocks).toContain(`Jane Doe (${patient.id})`);
    expect(String(post.text)).toContain(`Jane Doe (${patient.id})`);
    expect(blocks).toContain("*Conversation*\\ntelegram · last message from the patient <!date^");
    expect(blocks).not.toContain("tg-1"); // never the chat identity
    expect(blocks).toContain(ACTION.status);

    const ts =
      (
        await h.app.runtime.store.get<{ messages: { primary?: { ts: string } } }>(
          `slack:alert:${alertId}`,
        )
      )?.messages.primary?.ts ?? "";
    const thread = h.api.ok("chat.postMessage").find((m) => m.thread_ts === ts);
    const lines = ((thread?.blocks ?? []) as { text?: { text: string } }[])
      .map((b) => b.text?.text)
      .filter((t): t is string => Boolean(t));
    // Both sides, oldest first; the patient's words quoted in full, Lantern's not masked.
    const burden = lines.findIndex((t) => t.includes(">I feel like such a burden lately"));
    const die = lines.findIndex((t) => t.includes(">I want to die"));
    const call = lines.findIndex((t) => t.startsWith("*Lantern*") && t.includes("988"));
    expect(burden).toBeGreaterThanOrEqual(0);
    expect(die).toBeGreaterThan(burden);
    expect(call).toBeGreaterThan(die);
    expect(lines.filter((t) => t.startsWith("*")).length).toBeLessThanOrEqual(10);
    expect(lines.some((t) => t.endsWith("\n>…"))).toBe(false);

    const press = await postSigned(
      h.url,
      SECRET,
      interactionBody(
        buttonPress({
          user: THERAPIST,
          actionId: ACTION.status,
          value: alertId,
          channel: ALERTS,
          message: { ts },
          responseUrl: h.api.responseUrl(),
        }),
      ),
      "application/x-www-form-urlencoded",
    );
    expect(press.status).toBe(200);
    const status = await waitFor(() => h?.api.ok("chat.postEphemeral")[0]);
    expect(status.user).toBe(THERAPIST);
    expect(String(status.text)).toContain(`Status of *Jane Doe* (\`${patient.id}\`)`);
    expect(String(status.text)).toContain("Current safety episode");

    const pseudonym = (await h.app.escalations.get(alertId))?.alert.patient ?? "";
    expect(pseudonym).toMatch(/^P-[0-9A-F]{6}$/);
    for (const ref of [pseudonym, pseudonym.toLowerCase(), patient.id, '"jane doe"'])
      expect(await lantern(h, `status ${ref}`)).toContain(`Status of *Jane Doe*`);
    expect(await lantern(h, "status P-000000")).toContain('No patient "P-000000"');
  });

  it("identify: record shows the record id only; pseudonym shows the P- code only, and status still finds them", async () => {
    h = await new SlackHarness().boot({ env: { LANTERN_CLINIC: clinicWith("record") } });
    const record = await riskyPatient(h);
    const shown = JSON.stringify(record.post.blocks);
    expect(shown).toContain(record.patient.id);
    expect(shown).not.toContain("Jane Doe");
    expect((await h.app.escalations.get(record.alertId))?.alert.subject).toEqual({
      record: record.patient.id,
    });
    await h.close();

    h = await new SlackHarness().boot({ env: { LANTERN_CLINIC: clinicWith("pseudonym") } });
    const pseudo = await riskyPatient(h);
    const blocks = JSON.stringify(pseudo.post.blocks);
    const code = (await h.app.escalations.get(pseudo.alertId))?.alert.patient ?? "";
    expect(blocks).toContain(`*Patient*\\n${code}`);
    expect(blocks).not.toContain("Jane Doe");
    expect(blocks).not.toContain(pseudo.patient.id);
    expect(await lantern(h, `status ${code}`)).toContain("Status of *Jane Doe*");
  });
});
