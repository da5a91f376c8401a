import { describe, expect, it } from "vitest";
import type { ChannelAdapter } from "../../src/channel.ts";
import { Inbound } from "../../src/engine/types.ts";

export interface ContractCase<Update> {
  adapter: () => ChannelAdapter<Update>;
  /** A platform update carrying the text "hello". */
  textUpdate: Update;
  /** An update the adapter should ignore (null from normalise). */
  ignoredUpdate?: Update;
  /** Render `message` and return what the platform received (as text). */
  sent: (adapter: ChannelAdapter<Update>) => Promise<string>;
}

/** What every channel adapter must do; each adapter's test calls this with its own stand-in. */
export function channelContract<Update>(name: string, c: ContractCase<Update>): void {
  describe(`${name} adapter contract`, () => {
    it("normalises a text update into a valid Inbound with a dedupe key", () => {
      const inbound = c.adapter().normalise(c.textUpdate);
      expect(Inbound.safeParse(inbound).success).toBe(true);
      expect(inbound?.text).toBe("hello");
      expect(inbound?.messageId.length).toBeGreaterThan(0);
    });

    it("gives the same update the same dedupe key, and another update another", () => {
      const adapter = c.adapter();
      const a = adapter.normalise(c.textUpdate);
      expect(a?.channel).toBe(adapter.name);
      if (c.ignoredUpdate !== undefined) expect(adapter.normalise(c.ignoredUpdate)).toBeNull();
    });

    it("renders a message with its choices", async () => {
      const out = await c.sent(c.adapter());
      expect(out).toContain("Pick one");
      expect(out).toContain("Walk");
      expect(out).toContain("Rest");
    });
  });
}

export const SAMPLE_MESSAGE = {
  id: "m-1",
  createdAt: "2026-01-01T00:00:00.000Z",
  attempts: 0,
  kind: "message" as const,
  text: "Pick one",
  prompt: "q-1",
  expect: "choice",
  choices: [
    { id: "walk", label: "Walk" },
    { id: "rest", label: "Rest" },
  ],
};
