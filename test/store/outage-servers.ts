import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, INSTALL_HINT, runPostgresTool } from "../support/services.ts";

// A Redis or PostgreSQL server of one test's own, which the test stops and starts again on the
// same port and data folder (the suite's shared servers from test/support/services.ts serve
// other files at the same time, so they are never stopped). Data survives the restart: Redis
// with an fsynced append-only file, PostgreSQL in its data folder.

export interface OwnServer {
  url: string;
  /** Stop the server (Redis: SIGKILL; PostgreSQL: an immediate, crash-like shutdown). */
  stop(): Promise<void>;
  /** Start it again on the same port with the same data (nothing if it runs). */
  start(): Promise<void>;
  /** Stop for good and remove its folder. */
  destroy(): Promise<void>;
}

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not come up within ${ms} ms`);
}

function binary(name: string): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dirs = [
    ...(process.env.PATH ?? "").split(":"),
    ...versions.map((v) => join(root, v, "bin")),
  ];
  const found = dirs.map((d) => join(d, name)).find((p) => existsSync(p));
  if (!found) throw new Error(`${name} is not installed: ${INSTALL_HINT}`);
  return found;
}

/** redis-server on a free port, appendonly with appendfsync always, so a restart keeps data. */
export async function ownRedis(): Promise<OwnServer> {
  const bin = binary("redis-server");
  const dir = mkdtempSync(join(tmpdir(), "lantern-redis-outage-"));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child && child.exitCode === null) return;
    child = spawn(
      bin,
      [
        ...["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""],
        ...["--appendonly", "yes", "--appendfsync", "always"],
      ],
      { stdio: "ignore" },
    );
    await until(() => reachable(port), "redis-server");
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };
  await start();
  // A worker that dies mid-test must not leave the server running.
  process.once("exit", () => child?.kill("SIGKILL"));
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL on a free port in its own data folder (as the `postgres` user when root). */
export async function ownPostgres(): Promise<OwnServer> {
  const initdb = binary("initdb");
  const pgCtl = binary("pg_ctl");
  const dir = mkdtempSync(join(tmpdir(), "lantern-pg-outage-"));
  const data = join(dir, "pg");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = runPostgresTool;
  if (asRoot) chmodSync(dir, 0o777);
  run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=300`;
  let up = false;
  const start = async () => {
    if (up) return;
    run(pgCtl, ["-D", data, "-o", options, "-l", join(dir, "pg.log"), "-w", "start"]);
    up = true;
    await until(() => reachable(port), "postgres");
  };
  const stop = async () => {
    if (!up) return;
    up = false;
    run(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
    await until(async () => !(await reachable(port)), "postgres stop");
  };
  await start();
  process.once("exit", () => {
    if (up) run(pgCtl, ["-D", data, "-m", "immediate", "stop"]);
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
