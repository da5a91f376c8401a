// Child Lantern processes for the fault tests, and reading what they delivered.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import type { Inbound } from "../../src/engine/types.ts";

export interface Child {
  proc: ChildProcessWithoutNullStreams;
  out: string[];
  send(inbound: Inbound): void;
  waitFor(predicate: (out: string[]) => boolean, what: string, ms?: number): Promise<void>;
  kill9(): Promise<void>;
  finish(): Promise<void>;
}

/** Start test/scale/child.ts on `store`; resolves once it has recovered and is ready. */
export async function startChild(env: Record<string, string>): Promise<Child> {
  const proc = spawn(process.execPath, ["test/scale/child.ts"], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const out: string[] = [];
  let err = "";
  let buffer = "";
  proc.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    out.push(...lines);
  });
  proc.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const waitFor = async (predicate: (o: string[]) => boolean, what: string, ms = 30_000) => {
    const until = Date.now() + ms;
    while (!predicate(out)) {
      if (proc.exitCode !== null || proc.signalCode !== null)
        throw new Error(`child exited before ${what}: ${err.slice(-2000)}`);
      if (Date.now() > until)
        throw new Error(`timed out waiting for ${what}; stderr: ${err.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const child: Child = {
    proc,
    out,
    send: (inbound) => proc.stdin.write(`${JSON.stringify(inbound)}\n`),
    waitFor,
    kill9: async () => {
      proc.kill("SIGKILL");
      await exited;
    },
    finish: async () => {
      proc.stdin.end();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (proc.exitCode === null) proc.kill("SIGKILL");
    },
  };
  await waitFor((o) => o.some((l) => l.startsWith("ready")), "ready", 60_000);
  return child;
}

export interface Delivered {
  kind: "msg" | "alert";
  id: string;
  userId?: string;
  text?: string;
  conversation?: string;
}

/** Every delivery recorded in the append-only log, in order. */
export function readLog(file: string): { delivered: Delivered[]; sending: string[] } {
  if (!existsSync(file)) return { delivered: [], sending: [] };
  const delivered: Delivered[] = [];
  const sending: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("sending ")) sending.push(line.slice(8));
    else if (line.startsWith("{")) delivered.push(JSON.parse(line) as Delivered);
  }
  return { delivered, sending };
}

/** Ids that were delivered more than once. */
export function doubled(delivered: Delivered[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const d of delivered) {
    const key = `${d.kind}:${d.id}`;
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

/** Inbound helpers for the benchmark flow: start, then answers. */
export function start(userId: string): Inbound {
  return {
    channel: "test",
    userId,
    messageId: `${userId}-start`,
    kind: "start",
    flowId: "bench-ten",
  };
}
export function answer(userId: string, n: number, text = `a${n}`): Inbound {
  return { channel: "test", userId, messageId: `${userId}-a${n}`, kind: "text", text };
}
