import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackMessageEvent } from "../../adapters/slack/channel.ts";
import { eventBody, slackSignature, waitFor } from "../support/slack-api.ts";
import { storeOutage } from "../support/store-outage.ts";
import { ALERTS, SECRET, SlackHarness } from "./slack-harness.ts";

// Issue 14 for Slack: Bolt acks an event before any listener runs, so a DM is journaled
// (src/runtime/durable-intake.ts) before that ack. While the store is unreachable (every keyv
// call rejects with store.unavailable) the patient is told, with crisis lines, that the message
// was kept; a risk message alerts the Slack alert channel without the store; when the store is
// back (or after a restart) the journal runs in order, each message once. Slack's retries
// (x-slack-retry-num, same event id) are dropped.

const dm = (text: string, id: string, ts: string): SlackMessageEvent => ({
  type: "message",
  channel_type: "im",
  channel: "D0PATIENT",
  user: "U0PATIENT",
  text,
  ts,
  client_msg_id: id,
});

/** A signed Events API request as Slack sends it, optionally marked as its n-th retry. */
function post(url: string, body: string, retry?: number): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": slackSignature(SECRET, timestamp, body),
      ...(retry
        ? { "x-slack-retry-num": String(retry), "x-slack-retry-reason": "http_timeout" }
        : {}),
    },
    body,
  });
}

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function enrolled(): Promise<SlackHarness> {
  const harness = await new SlackHarness().boot();
  h = harness;
  const { invite } = await harness.app.patients.create("SL", "test");
  expect((await harness.app.patients.redeem(invite.code, "slack", "U0PATIENT")).ok).toBe(true);
  return harness;
}

const toPatient = (harness: SlackHarness) =>
  harness.api.ok("chat.postMessage").filter((m) => m.channel === "U0PATIENT");
const alertPosts = (harness: SlackHarness) =>
  harness.api.ok("chat.postMessage").filter((m) => m.channel === ALERTS);
const patientLines = async (harness: SlackHarness) =>
  (await harness.app.runtime.store.loadConversation("slack:U0PATIENT"))?.history
    .filter((m) => m.from === "patient")
    .map((m) => m.text);

describe("slack: store outage", () => {
  it("keeps DMs through an outage: notice + alert at once, each message run once, in order, after", async () => {
    const harness = await enrolled();
    const setDown = storeOutage(harness.app.runtime.store);
    setDown(true);
    const started = Date.now();
    const risk = eventBody(dm("I want to die", "risk-1", "1767600000.000100"), "EvR1");
    expect((await post(harness.url, risk)).status).toBe(200);
    const [notice] = await waitFor(
      () => toPatient(harness).length > 0 && toPatient(harness),
      5_000,
    );
    expect(String(notice?.text)).toMatch(/kept your message[\s\S]*911[\s\S]*988/);
    const [alert] = await waitFor(
      () => alertPosts(harness).length > 0 && alertPosts(harness),
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // The outage alert is the care team's alert (pseudonym, redacted), flagged as untracked.
    expect(JSON.stringify(alert)).not.toContain("U0PATIENT");

    // Slack retries the same event (same event id): dropped. A second message waits behind.
    expect((await post(harness.url, risk, 1)).status).toBe(200);
    const later = eventBody(dm("the weather is lovely", "plain-2", "1767600001.000100"), "EvP2");
    expect((await post(harness.url, later)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(toPatient(harness)).toHaveLength(1); // told once per outage; the plain one is kept
    expect(alertPosts(harness)).toHaveLength(1);
    const journal = readFileSync(join(dirname(harness.file), "slack-inbound.jsonl"), "utf8").split(
      "\n",
    );
    expect(journal.filter((l) => l.includes('"k":"in"'))).toHaveLength(2);

    setDown(false);
    await waitFor(() => harness.slack.channel.intake?.journal.size === 0, 10_000);
    expect(await patientLines(harness)).toEqual(["I want to die", "the weather is lovely"]);
    // Replies went out (the crisis reply among them); the tracked alert adopted the outage one.
    await waitFor(() => toPatient(harness).length > 2, 10_000);
    expect(
      toPatient(harness)
        .map((m) => String(m.text))
        .join("\n"),
    ).toMatch(/988/);
    await new Promise((r) => setTimeout(r, 500));
    expect(alertPosts(harness)).toHaveLength(1);
    // A late retry after the drain is dropped too.
    await post(harness.url, risk, 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(await patientLines(harness)).toEqual(["I want to die", "the weather is lovely"]);
  }, 40_000);

  it("drains after a restart in the middle of an outage", async () => {
    const harness = await enrolled();
    const setDown = storeOutage(harness.app.runtime.store);
    setDown(true);
    await post(harness.url, eventBody(dm("I want to die", "risk-9", "1767600009.000100"), "EvR9"));
    await waitFor(() => alertPosts(harness).length > 0, 5_000);
    await waitFor(() => toPatient(harness).length > 0, 5_000);
    await harness.shutdown();

    // A new process on the same files, the store reachable again: the journal runs first.
    await harness.boot();
    await waitFor(() => harness.slack.channel.intake?.journal.size === 0, 10_000);
    expect(await patientLines(harness)).toEqual(["I want to die"]);
    await waitFor(() => toPatient(harness).length > 1, 10_000);
    // After a restart this process cannot know who took the outage alert: the tracked alert
    // is sent as well (a second alert, never a lost one).
    await waitFor(() => alertPosts(harness).length >= 2, 5_000);
  }, 40_000);
});
