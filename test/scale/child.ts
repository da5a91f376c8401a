// A Lantern process for the fault tests: a runtime on LANTERN_TEST_STORE that handles inbound
// JSON lines from stdin and records every delivery in LANTERN_TEST_LOG (append-only). The parent
// kills it with SIGKILL mid-turn or mid-delivery, then starts another on the same store.
//   LANTERN_TEST_SLOW_SEND: a message text; sending it takes 60 s (the parent kills us meanwhile)
//   LANTERN_TEST_SLOW_TURN: a patient text; its turn stalls in the guard for 60 s
import { createInterface } from "node:readline";
import type { Inbound } from "../../src/engine/types.ts";
import { buildRuntime } from "./harness.ts";

const url = process.env.LANTERN_TEST_STORE ?? "";
const slowSend = process.env.LANTERN_TEST_SLOW_SEND;
const slowTurn = process.env.LANTERN_TEST_SLOW_TURN;
const stall = () => new Promise((r) => setTimeout(r, 60_000));

const h = await buildRuntime({
  url,
  namespace: process.env.LANTERN_TEST_NAMESPACE ?? "lantern",
  file: process.env.LANTERN_TEST_LOG ?? "",
  lockTtlMs: 1_000,
});
if (slowSend) {
  h.channel.beforeSend = async (_user, message) => {
    if (message.text === slowSend) await stall();
  };
}
if (slowTurn && h.runtime.services.guard) {
  const guard = h.runtime.services.guard;
  h.runtime.services.guard = {
    check: async (text, input) => {
      if (text === slowTurn) {
        process.stdout.write(`stalled ${input.conversation}\n`);
        await stall();
      }
      return guard.check(text, input);
    },
  };
}
const pending = await h.runtime.recover();
process.stdout.write(`ready ${pending}\n`);
const timer = setInterval(() => void h.runtime.tick().catch(() => {}), 200);

const lines = createInterface({ input: process.stdin });
const inflight = new Set<Promise<unknown>>();
for await (const line of lines) {
  if (!line.trim()) continue;
  const inbound = JSON.parse(line) as Inbound;
  const run = h.runtime
    .handle(inbound)
    .then(
      () => process.stdout.write(`handled ${inbound.messageId}\n`),
      (error: unknown) => process.stdout.write(`failed ${inbound.messageId} ${String(error)}\n`),
    )
    .finally(() => inflight.delete(run));
  inflight.add(run);
}
await Promise.all(inflight);
clearInterval(timer);
await h.close();
process.stdout.write("done\n");
