import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams } from "../../adapters/teams/index.ts";
import { createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { waitFor } from "../support/slack-api.ts";
import { ConnectorStandIn, postActivity, TeamsUser } from "../support/teams-connector.ts";
import { type OwnServer, ownPostgres, ownRedis } from "./outage-servers.ts";

// Issue 14 for Teams on real shared stores: the Redis or PostgreSQL server is STOPPED while a
// patient writes and STARTED again. Activity-protocol requests: 200 with the notice as a reply
// and the alert within 5 s; after the restart each activity runs once, in order. Prints one
// `outage-figures` JSON line per store.

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  cleanup = [];
});

describe.each(["redis", "postgres"] as const)("teams: %s stopped and restarted", (kind) => {
  it("notice + alert within 5 s; every activity once, in order, after the restart", async () => {
    const server: OwnServer = kind === "redis" ? await ownRedis() : await ownPostgres();
    cleanup.push(() => server.destroy());
    const connector = await new ConnectorStandIn().start();
    cleanup.push(() => connector.stop());
    const notifier = new RecordingNotifier();
    const app = await createApp({
      env: EnvSchema.parse({
        LANTERN_STORE: server.url,
        LANTERN_PSEUDONYM_SALT: "teams-store-outage-salt-0123",
      }),
      notifiers: [notifier],
    });
    cleanup.push(() => app.close());
    const teams = await startTeams(app, {
      config: loadTeamsConfig({}),
      port: 0,
      journalPath: join(mkdtempSync(join(tmpdir(), "lantern-teams-store-")), "teams.jsonl"),
    });
    cleanup.push(() => teams.stop());
    const patient = new TeamsUser(`29:store-${kind}`, connector.url);
    const { invite } = await app.patients.create("T.S.", "therapist-1");
    expect((await postActivity(teams.url, patient.message(`join ${invite.code}`))).status).toBe(
      200,
    );
    const journal = teams.channel.intake?.journal;
    if (!journal) throw new Error("no journal");

    await server.stop();
    const started = Date.now();
    const outage = ["I had a rough day", "I'm going to kill myself tonight", "thanks"];
    for (const text of outage)
      expect((await postActivity(teams.url, patient.message(text))).status).toBe(200);
    const noticeMs = Date.now() - started;
    expect(connector.texts()).toMatch(/kept your message[\s\S]*988/);
    await waitFor(() => notifier.alerts.length > 0, 5_000);
    const alertMs = Date.now() - started;
    expect(journal.pending()).toHaveLength(3);

    await server.start();
    const restarted = Date.now();
    await waitFor(() => journal.size === 0, 30_000);
    const drainMs = Date.now() - restarted;
    const lines =
      (await app.runtime.store.loadConversation(`teams:${patient.id}`))?.history
        .filter((m) => m.from === "patient")
        .map((m) => m.text) ?? [];
    const kept = lines.filter((t) => outage.includes(t));
    const lost = outage.filter((t) => !kept.includes(t)).length;
    const doubled = kept.length - new Set(kept).size;
    console.log(
      `outage-figures ${JSON.stringify({ kind, channel: "teams", noticeMs, alertMs, drainMs, journaled: outage.length, lost, doubled })}`,
    );
    expect(kept).toEqual(outage);
    expect(noticeMs).toBeLessThan(5_000);
    expect(alertMs).toBeLessThan(5_000);
    await waitFor(() => /letting your care team know|988/.test(connector.texts(1)), 10_000);
    expect(notifier.alerts).toHaveLength(1);
  }, 60_000);
});
