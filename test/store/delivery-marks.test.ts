// Delivery marks: a small `sent:` record beside each conversation, applied when it is loaded.
// The same contract on every store Lantern can open.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ConversationState, newState, type OutboxItem } from "../../src/engine/state.ts";
import { type ConversationStore, stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { suiteKinds } from "../support/services.ts";
import { serviceUrl, uniqueNamespace } from "./helpers.ts";

// Local kinds under `npm test`, server kinds under `npm run test:stores`.
const KINDS = suiteKinds(["sqlite", "memory"] as const, ["redis", "postgres"] as const);
const stores: ConversationStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
});

async function open(kind: (typeof KINDS)[number]): Promise<ConversationStore> {
  const url =
    kind === "sqlite"
      ? `sqlite://${join(mkdtempSync(join(tmpdir(), "lantern-marks-")), "s.sqlite")}`
      : kind === "memory"
        ? "memory://"
        : serviceUrl(kind);
  const store = new Store(await openKeyv(url, uniqueNamespace(), { keys: null }), {
    codec: stateCodec,
  });
  stores.push(store);
  return store;
}

const message = (id: string): OutboxItem => ({
  id,
  createdAt: "2026-01-05T09:00:00.000Z",
  attempts: 0,
  kind: "message",
  text: `text of ${id}`,
});

function conversation(ids: string[]): ConversationState {
  return { ...newState("test", "u1", new Date("2026-01-05T09:00:00Z")), outbox: ids.map(message) };
}

describe.each(KINDS)("delivery marks on %s", (kind) => {
  it("loading leaves out what was marked and remembers it for the next mark", async () => {
    const store = await open(kind);
    await store.saveConversation(conversation(["m-1", "m-2", "m-3"]));
    await store.markDelivered({ ...conversation(["m-3"]), delivered: ["m-1", "m-2"] });
    const loaded = await store.loadConversation("test:u1");
    expect(loaded?.outbox.map((item) => item.id)).toEqual(["m-3"]);
    expect(loaded?.delivered).toEqual(["m-1", "m-2"]);
    const listed: ConversationState[] = [];
    for await (const state of store.conversations()) listed.push(state);
    expect(listed.map((state) => state.outbox.map((item) => item.id))).toEqual([["m-3"]]);
  });

  it("a whole save supersedes the marks; old ids left in the record change nothing", async () => {
    const store = await open(kind);
    await store.saveConversation(conversation(["m-1", "m-2"]));
    await store.markDelivered({ ...conversation([]), delivered: ["m-1", "m-2"] });
    await store.saveConversation({ ...conversation(["m-3"]), delivered: ["m-1", "m-2"] });
    const loaded = await store.loadConversation("test:u1");
    expect(loaded?.outbox.map((item) => item.id)).toEqual(["m-3"]);
    expect(loaded?.delivered).toBeUndefined();
  });

  it("deleting a conversation deletes its marks: a new one reusing ids loses nothing", async () => {
    const store = await open(kind);
    await store.saveConversation(conversation(["m-1"]));
    await store.markDelivered({ ...conversation([]), delivered: ["m-1"] });
    await store.deleteConversation("test:u1");
    expect(await store.loadConversation("test:u1")).toBeUndefined();
    await store.saveConversation(conversation(["m-1"]));
    expect((await store.loadConversation("test:u1"))?.outbox.map((item) => item.id)).toEqual([
      "m-1",
    ]);
  });
});
