import { Writable } from "node:stream";
import { MsalTokenProvider } from "@microsoft/agents-hosting";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams, type TeamsServer } from "../../adapters/teams/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import {
  type ConnectorCall,
  ConnectorStandIn,
  postActivity,
  submitData,
  TeamsUser,
} from "../support/teams-connector.ts";

// A patient on Teams, end to end: Activity-protocol requests to /api/messages on loopback, the
// real runtime and flows, replies recorded by a local connector stand-in. Local mode (no app id).

const connector = new ConnectorStandIn();
const notifier = new RecordingNotifier();
const logs: string[] = [];
const fetched: string[] = [];
const realFetch = globalThis.fetch;
const tokenSpy = vi.spyOn(MsalTokenProvider.prototype, "getAccessToken");
let app: App;
let teams: TeamsServer;

beforeAll(async () => {
  // Every outgoing HTTP call the SDK makes goes through fetch: record where it goes.
  globalThis.fetch = (input, init) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  await connector.start();
  const logger = pino(
    { level: "info" },
    new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const env = EnvSchema.parse({
    LANTERN_STORE: "memory://",
    LANTERN_PSEUDONYM_SALT: "teams-test-salt-0123456789",
    LANTERN_ALERT_EXCERPT: "full",
  });
  app = await createApp({ env, logger, notifiers: [notifier] });
  teams = await startTeams(app, { config: loadTeamsConfig({}), logger, port: 0 });
});

afterAll(async () => {
  await teams?.stop();
  await app?.close();
  await connector.stop();
  globalThis.fetch = realFetch;
  tokenSpy.mockRestore();
});

async function say(activity: object): Promise<ConnectorCall[]> {
  const before = connector.calls.length;
  const response = await postActivity(teams.url, activity);
  expect(response.status).toBe(200);
  return connector.calls.slice(before);
}

const text = (calls: ConnectorCall[]) =>
  calls
    .filter((c) => c.method === "POST")
    .map((c) => ConnectorStandIn.render(c))
    .join("\n");

/** The last card posted in `calls`, and the submit data of the button labelled `label`. */
function press(
  calls: ConnectorCall[],
  label: string,
): { card: ConnectorCall; data: Record<string, unknown> } {
  const card = calls.findLast((c) => c.method === "POST" && submitData(c).length);
  if (!card) throw new Error(`no card in:\n${text(calls)}`);
  const data = submitData(card).find((d) => d.label === label);
  if (!data) throw new Error(`no button ${label} in:\n${ConnectorStandIn.render(card)}`);
  return { card, data };
}

describe("teams patient chat (local mode)", () => {
  const patient = new TeamsUser("29:patient-1", "");

  beforeAll(() => {
    (patient as { serviceUrl: string }).serviceUrl = connector.url;
  });

  it("says loudly that local mode has no authentication", () => {
    expect(logs.join("")).toMatch(/TEAMS LOCAL MODE[^"]*WITHOUT authentication/);
  });

  it("welcomes an install from someone not enrolled with how to join and crisis lines", async () => {
    const calls = await say(patient.install());
    expect(text(calls)).toMatch(
      /type join followed by the invite code[\s\S]*call 911 now, or reach 988/,
    );
    expect(calls[0]?.conversation).toBe(patient.conversation);
    expect(await app.runtime.store.loadConversation("teams:29:patient-1")).toBeUndefined();
  });

  it("enrols with 'join CODE', then onboarding answered through card buttons", async () => {
    const { patient: record, invite } = await app.patients.create("T.P.", "therapist-1");
    let calls = await say(patient.message(`join ${invite.code}`));
    expect((await app.patients.byLink("teams", "29:patient-1"))?.id).toBe(record.id);
    // The clinic offers English and Spanish (flows/es/): the language question comes first.
    const english = press(calls, "English");
    calls = await say(patient.submit(english.data, english.card.id));
    expect(text(calls)).toContain("I'm Lantern");
    expect(text(calls)).toContain("[Yes, that's okay]");

    const consent = press(calls, "Yes, that's okay");
    calls = await say(patient.submit(consent.data, consent.card.id));
    // The pressed card is redrawn without buttons, showing the answer.
    const update = calls.find((c) => c.method === "PUT");
    expect(update?.activityId).toBe(consent.card.id);
    expect(ConnectorStandIn.render(update as ConnectorCall)).toContain("✓ Yes, that's okay");
    expect(submitData(update as ConnectorCall)).toEqual([]);
    expect(text(calls)).toContain("Where are you in your treatment right now?");

    const stage = press(calls, "Not sure, or in between");
    calls = await say(patient.submit(stage.data, stage.card.id));
    const state = await app.runtime.store.loadConversation("teams:29:patient-1");
    expect(state?.user).toMatchObject({ consent: true, stage: "any" });
  });

  it("runs paced breathing, started by the runtime, answered by typing and card buttons", async () => {
    let before = connector.calls.length;
    await app.runtime.handle({
      channel: "teams",
      userId: "29:patient-1",
      messageId: "assign-breathing-1",
      kind: "start",
      flowId: "paced-breathing",
    });
    let calls = connector.calls.slice(before);
    expect(text(calls)).toContain("How tense do you feel right now");

    calls = await say(patient.message("6"));
    expect(text(calls)).toContain("Breathe in through your nose");
    const done = press(calls, "Done");
    calls = await say(patient.submit(done.data, done.card.id));
    expect(calls.some((c) => c.method === "PUT" && c.activityId === done.card.id)).toBe(true);
    expect(text(calls)).toContain("And now, from 0 to 10");

    before = connector.calls.length;
    calls = await say(patient.message("3"));
    expect(text(calls)).toContain("You went from 6 to 3");
    expect(connector.calls.length).toBeGreaterThan(before);
  });

  it("a stale card press is answered as stale, changes nothing, and closes that card", async () => {
    // An old card whose question is long gone: the first breathing card's prompt, pressed again.
    await app.runtime.handle({
      channel: "teams",
      userId: "29:patient-1",
      messageId: "assign-breathing-2",
      kind: "start",
      flowId: "paced-breathing",
    });
    let calls = await say(patient.message("5"));
    const first = press(calls, "One more round");
    calls = await say(patient.submit(press(calls, "Done").data, first.card.id));
    expect(text(calls)).toContain("And now, from 0 to 10");
    const stateBefore = await app.runtime.store.loadConversation("teams:29:patient-1");

    calls = await say(patient.submit(first.data, first.card.id));
    expect(text(calls)).toContain("That button was for an earlier question");
    const update = calls.find((c) => c.method === "PUT");
    expect(ConnectorStandIn.render(update as ConnectorCall)).toContain("This question has closed.");
    const stateAfter = await app.runtime.store.loadConversation("teams:29:patient-1");
    expect(stateAfter?.stack.at(-1)?.vars).toEqual(stateBefore?.stack.at(-1)?.vars);
    expect(stateAfter?.stack.at(-1)?.stepId).toBe("rate_after");
  });

  it("a redelivered activity (same id) is handled once", async () => {
    const activity = patient.message("4");
    const first = await say(activity);
    const again = await say(activity);
    expect(text(first)).toMatch(/\S/);
    expect(again).toEqual([]);
  });

  it("a proactive assignment reaches the patient through the stored reference; failures retry", async () => {
    const before = connector.calls.length;
    connector.failNext = 1;
    await app.runtime.handle({
      channel: "teams",
      userId: "29:patient-1",
      messageId: "assign-grounding-1",
      kind: "start",
      flowId: "grounding-54321",
    });
    // The connector refused: nothing delivered, the message waits in the outbox.
    expect(connector.calls.length).toBe(before);
    const waiting = await app.runtime.store.loadConversation("teams:29:patient-1");
    expect(waiting?.stack).toEqual([expect.objectContaining({ flowId: "grounding-54321" })]);
    expect(waiting?.outbox.some((i) => i.kind === "message" && i.attempts === 1)).toBe(true);

    await app.runtime.deliver("teams:29:patient-1", { now: true });
    const posts = connector.calls.slice(before).filter((c) => c.method === "POST");
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post.conversation).toBe(patient.conversation);
      expect(post.replyTo).toBeUndefined();
    }
    expect((await app.runtime.store.loadConversation("teams:29:patient-1"))?.outbox).toEqual([]);
  });

  it("a risk message preempts the flow and alerts the care team", async () => {
    // The patient is in the grounding exercise the last test assigned.
    const alertsBefore = notifier.alerts.length;
    const calls = await say(patient.message("I want to kill myself tonight"));
    expect(text(calls)).toMatch(/988/);
    expect(notifier.alerts.length).toBe(alertsBefore + 1);
    expect(notifier.alerts.at(-1)).toMatchObject({ level: expect.stringMatching(/high|imminent/) });
    const state = await app.runtime.store.loadConversation("teams:29:patient-1");
    expect(state?.stack.map((f) => f.flowId)[0]).toBe("grounding-54321");
    expect(state?.stack.at(-1)?.flowId).not.toBe("grounding-54321");
  });

  it("never asked Entra for a token: no auth header, no request off loopback", () => {
    expect(tokenSpy).not.toHaveBeenCalled();
    expect(connector.calls.length).toBeGreaterThan(10);
    expect(connector.calls.every((c) => c.authorization === undefined)).toBe(true);
    expect(fetched.length).toBeGreaterThan(10);
    for (const url of fetched) expect(new URL(url).hostname).toBe("127.0.0.1");
  });
});
