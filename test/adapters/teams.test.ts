import { Activity } from "@microsoft/agents-activity";
import { CloudAdapter } from "@microsoft/agents-hosting";
import { describe, expect, it } from "vitest";
import { choiceCard, readAlertSubmit, readChoiceSubmit } from "../../adapters/teams/cards.ts";
import { cleanText, refKey, TeamsChannel } from "../../adapters/teams/channel.ts";
import { loadTeamsConfig, sdkAuthConfig } from "../../adapters/teams/config.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { ConnectorStandIn, TeamsUser } from "../support/teams-connector.ts";
import { channelContract, SAMPLE_MESSAGE } from "./contract.ts";

const LOCAL = loadTeamsConfig({});
// The contract wants a synchronous factory: channels share one in-memory store.
const memory = await openKeyv("memory://");

function channel(): TeamsChannel {
  const adapter = new CloudAdapter(sdkAuthConfig(LOCAL));
  adapter.onTurnError = async (_c, error) => {
    throw error;
  };
  return new TeamsChannel({ adapter, store: new Store(memory, { codec: stateCodec }) });
}

const user = new TeamsUser("29:user-1", "http://127.0.0.1:1");
const activity = (o: object) => Activity.fromObject(o);

channelContract<Activity>("teams", {
  adapter: channel,
  textUpdate: activity(user.message("hello")),
  ignoredUpdate: activity({
    ...user.message("hello"),
    conversation: { id: "19:x", conversationType: "channel" },
  }),
  sent: async (adapter) => {
    const connector = await new ConnectorStandIn().start();
    try {
      const teams = adapter as TeamsChannel;
      await teams.store.set(refKey("29:user-1"), {
        channelId: "msteams",
        serviceUrl: connector.url,
        conversation: { id: "a:conv-1", conversationType: "personal" },
        user: { id: "29:user-1" },
        agent: { id: "28:lantern-bot" },
      });
      await adapter.send("29:user-1", SAMPLE_MESSAGE);
      return connector.texts();
    } finally {
      await connector.stop();
    }
  },
});

describe("teams normalise", () => {
  const teams = channel();

  it("turns a card submit into a choice with the activity id as dedupe key", () => {
    const a = activity(user.submit({ lantern: "choice", prompt: "q-3", choice: "walk" }, "card-1"));
    expect(teams.normalise(a)).toMatchObject({
      kind: "choice",
      channel: "teams",
      userId: "29:user-1",
      messageId: a.id,
      choice: { prompt: "q-3", id: "walk" },
      locale: "en-US",
    });
    expect(teams.normalise(a)?.messageId).toBe(teams.normalise(a)?.messageId);
  });

  it("maps 'join CODE' and '/start CODE' to the gate's /start CODE", () => {
    expect(cleanText("join ABCD2345XY")).toBe("/start ABCD2345XY");
    expect(cleanText("  JOIN  abcd2345xy ")).toBe("/start abcd2345xy");
    expect(cleanText("/start ABCD2345XY")).toBe("/start ABCD2345XY");
    expect(cleanText("<at>Lantern</at> help")).toBe("help");
    expect(cleanText("I'd like to join a group today")).toBe("I'd like to join a group today");
  });

  it("welcomes on install, re-checks edits with a key per edit, ignores other activities", () => {
    const install = teams.normalise(activity(user.install()));
    expect(install).toMatchObject({ kind: "text", text: "hi" });
    const edit = (text: string) =>
      teams.normalise(activity({ ...user.message(text), type: "messageUpdate", id: "m-9" }));
    expect(edit("I feel fine")).toMatchObject({ edited: true, text: "I feel fine" });
    expect(edit("I feel fine")?.messageId).toBe(edit("I feel fine")?.messageId);
    expect(edit("I feel awful")?.messageId).not.toBe(edit("I feel fine")?.messageId);
    expect(teams.normalise(activity({ ...user.message(""), type: "typing" }))).toBeNull();
    const alertPress = user.submit({ lantern: "alert", action: "acknowledge", alert: "A-1" }, "c");
    expect(teams.normalise(activity(alertPress))).toBeNull();
  });

  it("reads only well-formed submits", () => {
    expect(readChoiceSubmit({ prompt: "q", choice: "a" })).toMatchObject({ prompt: "q" });
    expect(readChoiceSubmit({ prompt: "q", choice: "" })).toBeNull();
    expect(readChoiceSubmit({ lantern: "alert", prompt: "q", choice: "a" })).toBeNull();
    expect(readAlertSubmit({ lantern: "alert", action: "delete", alert: "A-1" })).toBeNull();
    expect(
      readAlertSubmit({ lantern: "alert", action: "resolve", alert: "A-1", note: " ok " }),
    ).toMatchObject({ note: "ok" });
  });

  it("long choice lists become one list and a Send button", () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` }));
    const card = choiceCard("Pick", "menu-1", many) as unknown as {
      body: { type: string }[];
      actions: unknown[];
    };
    expect(card.body.map((b) => b.type)).toEqual(["TextBlock", "Input.ChoiceSet"]);
    expect(card.actions).toHaveLength(1);
    expect(readChoiceSubmit({ lantern: "choice", prompt: "menu-1", choice: "c4" })).toBeTruthy();
  });
});

describe("teams config", () => {
  it("local mode without an app id, loopback by default", () => {
    expect(LOCAL).toMatchObject({ mode: "local", port: 3978, host: "127.0.0.1" });
  });

  it("names each missing setting when an app id is set", () => {
    expect(() => loadTeamsConfig({ MICROSOFT_APP_ID: "app" })).toThrow(
      /MICROSOFT_APP_PASSWORD[\s\S]*MICROSOFT_APP_TENANT_ID/,
    );
    expect(() => loadTeamsConfig({ TEAMS_PORT: "nope" })).toThrow(/TEAMS_PORT/);
  });

  it("refuses local mode in production", () => {
    expect(() => loadTeamsConfig({ NODE_ENV: "production" })).toThrow(/required in production/);
  });

  it("builds the SDK config from our variables only", () => {
    const config = loadTeamsConfig({
      MICROSOFT_APP_ID: "app-1",
      MICROSOFT_APP_PASSWORD: "secret",
      MICROSOFT_APP_TENANT_ID: "tenant-1",
      TEAMS_ALERT_CONVERSATION: "19:alerts@thread.tacv2",
    });
    expect(config).toMatchObject({ mode: "authenticated", host: "0.0.0.0" });
    const sdk = sdkAuthConfig(config);
    expect(sdk.connections?.get("serviceConnection")).toMatchObject({
      clientId: "app-1",
      tenantId: "tenant-1",
      clientSecret: "secret",
    });
  });
});
