// The first risk check after start vs the ones after it, through createApp's guard.
// Run: node bench/first-check.ts          (built-in guard: createApp warms the detector)
//      node bench/first-check.ts --cold   (same guard passed in, so createApp does not warm: as before)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.ts";
import type { Notifier } from "../src/channel.ts";
import { EnvSchema } from "../src/config/env.ts";
import { guardInput } from "../src/engine/risk-context.ts";
import { newState } from "../src/engine/state.ts";
import { detectRisk } from "../src/safety/detect.ts";
import { createRiskGuard } from "../src/safety/guard.ts";

const cold = process.argv.includes("--cold");
const dir = mkdtempSync(join(tmpdir(), "lantern-first-"));
const env = EnvSchema.parse({
  LANTERN_STORE: `sqlite://${join(dir, "s.sqlite")}`,
  LANTERN_PSEUDONYM_SALT: "first-check-bench-salt-0123",
});
const notifier = { name: "bench", notify: async () => {} } as unknown as Notifier;
const t0 = performance.now();
const app = await createApp({
  env,
  notifiers: [notifier],
  llm: null,
  ...(cold ? { guard: createRiskGuard(detectRisk) } : {}),
});
const startMs = performance.now() - t0;
const guard = app.runtime.services.guard;
const texts = [
  "I keep thinking about ending it tonight, I have the pills saved",
  "the session was okay, I feel a little floaty",
  "i don't see the point anymore",
];
const times: number[] = [];
for (const t of texts) {
  const a = performance.now();
  await guard?.check(t, guardInput(newState("telegram", "u1", new Date())));
  times.push(performance.now() - a);
}
await app.close();
rmSync(dir, { recursive: true, force: true });
const r = (x: number) => +x.toFixed(2);
console.log(JSON.stringify({ cold, createApp_ms: r(startMs), checks_ms: times.map(r) }));
