import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import type { RiskGuard } from "../../src/engine/types.ts";
import { parseDuration } from "../../src/flow/duration.ts";
import { parseFlow } from "../../src/flow/load.ts";
import { formatProblem } from "../../src/flow/problems.ts";
import type { Runtime } from "../../src/runtime/runtime.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "./recorders.ts";
import { stubGuard } from "./stub-guard.ts";

const UserTurn = z.union([
  z.string(),
  z.object({ choice: z.string(), stale: z.boolean().optional() }),
  z.object({ edited: z.string() }),
]);

const Step = z.strictObject({
  user: UserTurn.optional(),
  id: z.string().optional(),
  restart: z.boolean().optional(),
  advance: z.string().optional(),
  deploy: z.string().optional(),
  /** After a deploy: lose the old snapshot too (memory and store), as if it was never kept. */
  forget_pinned: z.boolean().optional(),
  bot: z.array(z.string()).optional(),
  not_bot: z.array(z.string()).optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  flow: z.string().optional(),
  flow_started: z.string().optional(),
  escalated: z.boolean().optional(),
  duplicate: z.boolean().optional(),
  /** After the turn's deliveries: the conversation is gone from the store. */
  deleted: z.boolean().optional(),
  deliver_failures: z.number().int().optional(),
});

export const Transcript = z.strictObject({
  name: z.string().optional(),
  flow: z.string().optional(),
  flows: z.array(z.string()).default(["flows"]),
  user_vars: z.record(z.string(), z.unknown()).default({}),
  locale: z.string().optional(),
  stubs: z
    .strictObject({
      risk: z.array(z.looseObject({ match: z.string(), level: z.string() })).default([]),
    })
    .default({ risk: [] }),
  turns: z.array(Step),
});
export type Transcript = z.infer<typeof Transcript>;

/** Everything a transcript needs, built on the real runtime with a SQLite file and a fake clock. */
export class TranscriptHarness {
  readonly clock = new FakeClock();
  readonly channel = new RecordingChannel();
  readonly notifier = new RecordingNotifier();
  readonly userId = "patient-1";
  runtime!: Runtime;
  app!: App;
  #file = join(mkdtempSync(join(tmpdir(), "lantern-t-")), "state.sqlite");
  #guard: RiskGuard | undefined;
  #seq = 0;
  /** Deployed files stay deployed across restarts, as a real deploy changes the files on disk. */
  #deployed: string[] = [];
  readonly t: Transcript;

  constructor(t: Transcript, guard?: RiskGuard) {
    this.t = t;
    this.#guard = guard ?? (t.stubs.risk.length ? stubGuard(t.stubs.risk as never) : undefined);
  }

  /** The real app (createApp), on a SQLite file that survives `restart`, with recorders for platforms. */
  async boot(previous?: App): Promise<void> {
    if (previous) await previous.close();
    const [first = "flows"] = this.t.flows;
    const env = EnvSchema.parse({
      LANTERN_STORE: `sqlite://${this.#file}`,
      LANTERN_FLOWS: first,
      LANTERN_PSEUDONYM_SALT: "transcript-tests-salt",
    });
    this.app = await createApp({
      env,
      clock: this.clock,
      channels: [this.channel],
      notifiers: [this.notifier],
      enrolmentRequired: () => false,
      ...(this.#guard ? { guard: this.#guard } : {}),
    });
    this.runtime = this.app.runtime;
    for (const file of this.#deployed) await this.#deployFile(file);
    await this.runtime.saveSnapshots();
  }

  nextId(): string {
    this.#seq += 1;
    return `msg-${this.#seq}`;
  }

  async deploy(file: string): Promise<void> {
    this.#deployed.push(file);
    await this.#deployFile(file);
  }

  async #deployFile(file: string): Promise<void> {
    const loaded = parseFlow(file, await readFile(file, "utf8"));
    if (!loaded.loaded) throw new Error(loaded.problems.map(formatProblem).join("\n"));
    this.runtime.catalog.deploy(loaded.loaded.flow);
    await this.runtime.saveSnapshots();
  }

  async forgetPinned(conversation: string): Promise<void> {
    const state = await this.runtime.store.loadConversation(conversation);
    for (const frame of state?.stack ?? []) {
      this.runtime.catalog.forget(frame.hash);
      await this.runtime.store.keyv.delete(`flow:${frame.hash}`);
    }
  }

  async advance(text: string): Promise<void> {
    this.clock.advance(parseDuration(text));
    await this.app.tick();
  }
}
