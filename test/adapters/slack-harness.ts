import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll } from "vitest";
import { createSlack, type SlackRunning, type SlackSetup } from "../../adapters/slack/index.ts";
import { type App, createApp } from "../../src/app.ts";
import type { Notifier } from "../../src/channel.ts";
import { EnvSchema } from "../../src/config/env.ts";
import type { RiskGuard } from "../../src/engine/types.ts";
import { FakeClock, RecordingChannel } from "../support/recorders.ts";
import {
  commandBody,
  eventBody,
  postSigned,
  SlackApiStandIn,
  waitFor,
} from "../support/slack-api.ts";
import { wantToDieGuard } from "../support/stub-guard.ts";

export const SECRET = "test-signing-secret-0123";
export const ALERTS = "C0ALERTS";
export const CARE = "C0CARE";
export const THERAPIST = "U0THERAPIST";
export const STRANGER = "U0STRANGER";
export const ONCALL = "U0ONCALL";

/** A tiny WebClient retry policy: a 429 still waits its Retry-After, other failures ~10 ms. */
export const FAST_RETRY = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 };

/**
 * A Slack API stand-in for this test file and a Web API client pointed at it: started before
 * the file's tests, closed after them. Read `client` inside a test, once it exists.
 */
export function useSlackStandIn(): { api: SlackApiStandIn; readonly client: webApi.WebClient } {
  const api = new SlackApiStandIn();
  let client: webApi.WebClient | undefined;
  beforeAll(async () => {
    client = new webApi.WebClient("xoxb-test", {
      slackApiUrl: await api.start(),
      retryConfig: FAST_RETRY,
    });
  });
  afterAll(() => api.close());
  return {
    api,
    get client() {
      if (!client) throw new Error("the Slack stand-in starts in beforeAll: read client in a test");
      return client;
    },
  };
}

/**
 * A whole Lantern with Slack in HTTP mode on loopback: a Telegram-like recording channel for
 * the patient, a SQLite file (so a restart is a new app on the same file), a fake clock, and
 * the Web API pointed at the stand-in.
 */
export class SlackHarness {
  readonly api = new SlackApiStandIn();
  readonly clock = new FakeClock();
  readonly patientChannel = new RecordingChannel("telegram");
  readonly file = join(mkdtempSync(join(tmpdir(), "lantern-slack-")), "state.sqlite");
  apiUrl = "";
  app!: App;
  setup!: SlackSetup;
  slack!: SlackRunning;
  #seq = 0;

  async boot(
    options: { backup?: Notifier[]; env?: Record<string, string>; guard?: RiskGuard } = {},
  ): Promise<this> {
    if (!this.apiUrl) {
      this.apiUrl = await this.api.start();
      this.api.members[CARE] = [THERAPIST, "U0NURSE"];
    }
    this.setup = createSlack(
      {
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: this.apiUrl,
        SLACK_ALERT_CHANNEL: ALERTS,
        SLACK_CARE_TEAM_CHANNEL: CARE,
        SLACK_ONCALL: ONCALL,
        TELEGRAM_BOT_USERNAME: "lantern_clinic_bot",
      },
      { port: 0, clientOptions: { retryConfig: FAST_RETRY } },
    );
    this.app = await createApp({
      env: EnvSchema.parse({
        LANTERN_STORE: `sqlite://${this.file}`,
        LANTERN_PSEUDONYM_SALT: "slack-test-salt-0123456789",
        LANTERN_ALERT_EXCERPT: "redacted",
        // Straight to the menu after enrolment, so an assigned flow starts at once.
        LANTERN_FIRST_FLOW: "none",
        ...options.env,
      }),
      clock: this.clock,
      channels: [this.patientChannel],
      notifiers: [this.setup.notifier],
      backup: [this.setup.backup, ...(options.backup ?? [])],
      guard: options.guard ?? wantToDieGuard,
    });
    this.slack = await this.setup.attach(this.app);
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.slack.port}/slack/events`;
  }

  /** Stop Slack and close the store, as a process exit would. */
  async shutdown(): Promise<void> {
    await this.slack.stop();
    await this.app.close();
  }

  async close(): Promise<void> {
    await this.shutdown();
    await this.api.close();
  }

  /** The patient (on the recording "telegram" channel) says something. */
  say(text: string, userId = "tg-1") {
    this.#seq += 1;
    return this.app.runtime.handle({
      channel: this.patientChannel.name,
      userId,
      messageId: `m-${this.#seq}`,
      kind: "text",
      text,
    });
  }

  /** Run `/lantern <text>` as Slack would (a signed request) and return the ephemeral reply. */
  async command(text: string, user = THERAPIST): Promise<string> {
    const before = this.api.responses.length;
    const res = await postSigned(
      this.url,
      SECRET,
      commandBody(text, user, this.api.responseUrl()),
      "application/x-www-form-urlencoded",
    );
    if (res.status !== 200) throw new Error(`/lantern ${text}: HTTP ${res.status}`);
    const reply = await waitFor(() => this.api.responses[before]);
    if (reply.response_type !== "ephemeral")
      throw new Error(`/lantern ${text}: reply not ephemeral`);
    return String(reply.text);
  }

  /** Open Lantern's Home tab as `user` (a signed app_home_opened event): the first view published. */
  async openHome(user = THERAPIST) {
    await postSigned(
      this.url,
      SECRET,
      eventBody({ type: "app_home_opened", user, channel: "D0T", tab: "home", event_ts: "1.1" }),
      "application/json",
    );
    return waitFor(() => this.api.ok("views.publish")[0]);
  }

  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await this.app.tick();
  }
}
