import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Transcript, TranscriptHarness } from "./support/transcript.ts";

// Conversation tests: every test/transcripts/**/*.yaml runs through the real runtime.
const root = "test/transcripts";
const files = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml"))
  .sort();

describe("transcripts", () => {
  it("found transcript files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const path = join(root, file);
    // `once` (this file's own check): each fragment is in exactly one message of the turn.
    const raw = parse(readFileSync(path, "utf8")) as { turns?: Record<string, unknown>[] };
    const once = (raw.turns ?? []).map((turn) => {
      const fragments = (turn.once ?? []) as string[];
      delete turn.once;
      return fragments;
    });
    const t = Transcript.parse(raw);
    it(`${relative(root, path)}${t.name ? `: ${t.name}` : ""}`, async () => {
      const h = new TranscriptHarness(t);
      await h.boot();
      const { channel, notifier, userId } = h;
      if (Object.keys(t.user_vars).length || t.locale) {
        const state = (await import("../src/engine/state.ts")).newState(
          channel.name,
          userId,
          h.clock.now(),
        );
        state.user = { ...t.user_vars, onboarded: true };
        if (t.locale) state.locale = t.locale;
        await h.runtime.store.saveConversation(state);
      }
      if (t.flow) {
        await h.runtime.handle({
          channel: channel.name,
          userId,
          messageId: h.nextId(),
          kind: "start",
          flowId: t.flow,
        });
      }
      let lastId = "";
      let mark = 0;
      for (const [index, step] of t.turns.entries()) {
        const where = `${path} turn ${index + 1}`;
        const sentBefore = mark;
        const alertsBefore = notifier.alerts.length;
        if (step.restart) await h.boot(h.app);
        if (step.deploy) await h.deploy(step.deploy);
        if (step.forget_pinned) await h.forgetPinned(`${channel.name}:${userId}`);
        if (step.deliver_failures) channel.failNext = step.deliver_failures;
        if (step.advance) await h.advance(step.advance);
        let handled: unknown = "no user turn";
        if (step.user !== undefined) {
          const id = step.id ?? h.nextId();
          lastId = id;
          const u = step.user;
          const state = await h.runtime.store.loadConversation(`${channel.name}:${userId}`);
          const prompt = state?.stack.at(-1)?.waiting?.prompt ?? state?.menu?.prompt ?? "none";
          const base = { channel: channel.name, userId, messageId: id };
          handled = await h.runtime.handle(
            typeof u === "string"
              ? { ...base, kind: "text", text: u }
              : "choice" in u
                ? {
                    ...base,
                    kind: "choice",
                    choice: { prompt: u.stale ? "old-question" : prompt, id: u.choice },
                  }
                : { ...base, kind: "text", text: u.edited, edited: true },
          );
        }
        const said = channel.sent.slice(sentBefore).map((s) => s.message.text);
        mark = channel.sent.length;
        if (step.duplicate !== undefined) {
          expect(handled === undefined, `${where}: duplicate of ${lastId}`).toBe(step.duplicate);
        }
        if (step.bot) {
          let from = 0;
          for (const expected of step.bot) {
            const at = said.findIndex(
              (text, i) => i >= from && text.toLowerCase().includes(expected.toLowerCase()),
            );
            expect(
              at,
              `${where}: expected bot to say "${expected}" (in order) but it said:\n${said.join("\n---\n")}`,
            ).toBeGreaterThanOrEqual(0);
            from = at; // several fragments may come from one message
          }
          if (step.bot.length === 0) expect(said, `${where}: expected silence`).toEqual([]);
        }
        for (const fragment of once[index] ?? []) {
          const count = said.filter((text) => text.toLowerCase().includes(fragment.toLowerCase()));
          expect(count.length, `${where}: "${fragment}" said exactly once`).toBe(1);
        }
        for (const absent of step.not_bot ?? []) {
          expect(
            said.join("\n").toLowerCase(),
            `${where}: bot must not say "${absent}"`,
          ).not.toContain(absent.toLowerCase());
        }
        const state = await h.runtime.store.loadConversation(`${channel.name}:${userId}`);
        if (step.deleted !== undefined)
          expect(state === undefined, `${where}: conversation deleted`).toBe(step.deleted);
        const top = state?.stack.at(-1);
        if (step.flow !== undefined)
          expect(top?.flowId ?? "END", `${where}: running flow`).toBe(step.flow);
        if (step.flow_started)
          expect(
            state?.stack.map((f) => f.flowId),
            `${where}: flow stack`,
          ).toContain(step.flow_started);
        if (step.escalated !== undefined) {
          expect(notifier.alerts.length > alertsBefore, `${where}: alert sent`).toBe(
            step.escalated,
          );
        }
        for (const [name, value] of Object.entries(step.vars ?? {})) {
          const [scope, key] = name.split(".") as [string, string];
          const actual =
            scope === "user"
              ? state?.user[key]
              : scope === "session"
                ? state?.session[key]
                : top?.vars[key];
          expect(actual, `${where}: ${name}`).toEqual(value);
        }
      }
      await h.app.close();
    });
  }
});
