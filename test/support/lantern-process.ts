import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// `lantern start` as a child process (bin/lantern.js, a SQLite store in a temp dir), and what
// the shutdown tests do around it: wait for a log line, send SIGTERM and time the exit, and
// stand a server that never answers where a platform API was.

export interface Running {
  child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr. */
  log: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export function startLantern(extra: Record<string, string>): Running {
  const dir = mkdtempSync(join(tmpdir(), "lantern-stop-"));
  const child = spawn(process.execPath, ["bin/lantern.js", "start"], {
    env: {
      ...process.env,
      LANTERN_STORE: `sqlite://${join(dir, "s.sqlite")}`,
      LANTERN_PSEUDONYM_SALT: "start-shutdown-test-salt",
      LOG_LEVEL: "info",
      ...extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => {
    log += String(d);
  });
  child.stderr?.on("data", (d) => {
    log += String(d);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) => child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, log: () => log, exited };
}

/** SIGTERM, then wait for the exit: its signal (null for a clean exit) and how long it took. */
export async function terminate(
  running: Running,
): Promise<{ signal: NodeJS.Signals | null; ms: number }> {
  const sent = Date.now();
  running.child.kill("SIGTERM");
  const { at, signal } = await running.exited;
  return { signal, ms: at - sent };
}

/** Poll `check` every 50 ms; after `ms`, fail naming `what`, with the log's tail. */
export async function until(
  check: () => boolean,
  ms: number,
  what: string,
  log = () => "",
): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${log().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves true when something accepts a TCP connection at host:port. */
export function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * A server on 127.0.0.1:`port` that takes connections and never answers (a hung proxy, a
 * half-dead host). `sockets` are the connections it holds; `close` drops them and stops it.
 */
export async function blackHole(port: number): Promise<{ sockets: Socket[]; close: () => void }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    sockets,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}
