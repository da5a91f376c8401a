// The store unreachable: turns fail with a kind "try again" that still shows crisis resources,
// nothing is half-saved, and everything works again once the store is back. The outage here is
// LANTERN_TEST_OUTAGE_MS (3 s by default; 30 s in a long run) through a proxy we take down.
import { describe, expect, it } from "vitest";
import { serviceUrl, uniqueNamespace } from "../store/helpers.ts";
import { buildRuntime } from "./harness.ts";
import { answer, start } from "./processes.ts";
import { OutageProxy } from "./proxy.ts";

const OUTAGE_MS = Number(process.env.LANTERN_TEST_OUTAGE_MS ?? 3_000);

describe.each(["redis", "postgres"] as const)("%s unreachable", (kind) => {
  it(
    "answers with try-again and crisis resources, then recovers",
    async () => {
      const proxy = new OutageProxy(serviceUrl(kind));
      await proxy.up();
      const h = await buildRuntime({
        url: proxy.url(serviceUrl(kind)),
        namespace: uniqueNamespace(),
      });
      const { runtime, channel } = h;
      try {
        await runtime.handle(start("p1"));
        await runtime.handle(answer("p1", 1));
        expect(channel.sent.map((s) => s.message.text)).toEqual(["Question 1?", "Question 2?"]);

        await proxy.down();
        const outageEnds = Date.now() + OUTAGE_MS;
        let attempts = 0;
        while (Date.now() < outageEnds) {
          attempts++;
          // Every try during the outage fails the turn and tells the patient so, with 988/911.
          await expect(runtime.handle(answer("p1", 2))).rejects.toMatchObject({
            code: expect.stringMatching(/^store\./),
          });
          const last = channel.sent.at(-1)?.message.text ?? "";
          expect(last).toMatch(/try again/i);
          expect(last).toContain("911");
          expect(last).toContain("988");
          // A risk message is answered the same way: crisis resources at once.
          await expect(runtime.handle(answer("p1", 99, "I want to kill myself"))).rejects.toThrow();
          expect(channel.sent.at(-1)?.message.text).toContain("988");
          // Timers must not crash the process either.
          await runtime.tick().catch(() => {});
          await new Promise((r) => setTimeout(r, 500));
        }
        expect(attempts).toBeGreaterThan(1);

        await proxy.up();
        // The platform redelivers the update; once the store is back the turn runs, once.
        const until = Date.now() + 15_000;
        for (;;) {
          try {
            await runtime.handle(answer("p1", 2));
            break;
          } catch (error) {
            if (Date.now() > until) throw error;
            await new Promise((r) => setTimeout(r, 200));
          }
        }
        await runtime.handle(answer("p1", 2)); // a repeat is dropped
        await runtime.handle(answer("p1", 3));
        const replies = channel.sent
          .map((s) => s.message.text)
          .filter((t) => t.startsWith("Question"));
        expect(replies).toEqual(["Question 1?", "Question 2?", "Question 3?", "Question 4?"]);
      } finally {
        await proxy.down();
        await h.close().catch(() => {});
      }
    },
    30_000 + OUTAGE_MS * 3,
  );
});
