// Real Redis and PostgreSQL for the shared-store tests, on loopback, in a temp dir this file owns.
// Two suites: `npm test` (vitest.config.ts) runs every test that needs no server and starts none;
// `npm run test:stores` (vitest.stores.config.ts) runs the Redis/PostgreSQL tests with this file as
// its globalSetup. CI (.ci/run) starts the servers itself and exports LANTERN_TEST_REDIS_URL /
// LANTERN_TEST_POSTGRES_URL; locally the setup starts them the same way when the binaries exist.
// When they do not, the stores suite stops at once and says what it needs: nothing is skipped.
// LANTERN_TEST_HIDE_SERVICES=1 pretends the binaries are absent (to check that message, or that
// `npm test` needs no server).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
    postgresUrl: string;
    /** Why a service is missing, when it is. */
    servicesProblem: string;
  }
}

export const INSTALL_HINT =
  "install them (Debian/Ubuntu: apt-get update && apt-get install -y --no-install-recommends redis-server postgresql), " +
  "or point LANTERN_TEST_REDIS_URL / LANTERN_TEST_POSTGRES_URL at running servers, or run `bash .ci/run`";

/** vitest.stores.config.ts sets this; vitest.config.ts does not. */
export const STORES_SUITE_ENV = "LANTERN_TEST_SUITE";

/** True under `npm run test:stores`. */
export function inStoresSuite(): boolean {
  return process.env[STORES_SUITE_ENV] === "stores";
}

/**
 * The store kinds a test that runs on several should cover in this suite: the local ones (no
 * server) under `npm test`, the server ones under `npm run test:stores`. Each kind runs in
 * exactly one of the two suites; a file that uses this must be in both configs' `include`.
 */
export function suiteKinds<L extends string, S extends string>(
  local: readonly L[],
  servers: readonly S[],
): (L | S)[] {
  return inStoresSuite() ? [...servers] : [...local];
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function which(name: string, extra: string[] = []): string | undefined {
  if (process.env.LANTERN_TEST_HIDE_SERVICES === "1") return undefined;
  const dirs = [...(process.env.PATH ?? "").split(":"), ...extra];
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p));
}

/**
 * Runs a PostgreSQL tool, as the `postgres` user when we are root (PostgreSQL refuses root).
 * runuser lives in an sbin folder that a minimal PATH (CI's `env -i`) may leave out.
 */
export function runPostgresTool(bin: string, args: string[]): void {
  if (process.getuid?.() !== 0) {
    execFileSync(bin, args, { stdio: "pipe" });
    return;
  }
  const runuser = which("runuser", ["/usr/sbin", "/sbin"]) ?? "runuser";
  execFileSync(runuser, ["-u", "postgres", "--", bin, ...args], { stdio: "pipe" });
}

/** Debian keeps PostgreSQL's server binaries in /usr/lib/postgresql/<major>/bin. */
function postgresBin(name: string): string | undefined {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return which(
    name,
    versions.map((v) => join(root, v, "bin")),
  );
}

async function waitFor(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

function canConnect(port: number): boolean {
  try {
    execFileSync(process.execPath, [
      "-e",
      `const s=require("net").connect(${port},"127.0.0.1");s.on("connect",()=>process.exit(0));s.on("error",()=>process.exit(1))`,
    ]);
    return true;
  } catch {
    return false;
  }
}

export interface Running {
  url: string;
  stop(): void;
}

/** redis-server on a free loopback port, no persistence, in `dir`. */
export async function startRedis(dir: string): Promise<Running> {
  const bin = which("redis-server");
  if (!bin) throw new Error("redis-server is not installed (nor LANTERN_TEST_REDIS_URL set)");
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
    ],
    { stdio: "ignore" },
  );
  await waitFor(() => canConnect(port), "redis-server");
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

/** PostgreSQL on a free loopback port: initdb (as the `postgres` user when we are root) in `dir`. */
export async function startPostgres(dir: string): Promise<Running> {
  const initdb = postgresBin("initdb");
  const pgCtl = postgresBin("pg_ctl");
  if (!initdb || !pgCtl)
    throw new Error("PostgreSQL is not installed (nor LANTERN_TEST_POSTGRES_URL set)");
  const port = await freePort();
  const data = join(dir, "pg");
  const asRoot = process.getuid?.() === 0;
  const run = runPostgresTool;
  if (asRoot) {
    chmodSync(dir, 0o777);
  }
  run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=300`;
  run(pgCtl, ["-D", data, "-o", options, "-l", join(dir, "pg.log"), "-w", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(pgCtl, ["-D", data, "-m", "immediate", "stop"]);
      } catch {
        // already gone
      }
    },
  };
}

/** vitest globalSetup: reuse servers from the environment, else start our own. */
export default async function setup(project: TestProject): Promise<() => void> {
  const stops: (() => void)[] = [];
  const problems: string[] = [];
  let dir: string | undefined;
  const own = () => {
    dir ??= mkdtempSync(join(tmpdir(), "lantern-services-"));
    return dir;
  };
  let redisUrl = process.env.LANTERN_TEST_REDIS_URL ?? "";
  let postgresUrl = process.env.LANTERN_TEST_POSTGRES_URL ?? "";
  if (!redisUrl) {
    try {
      const redis = await startRedis(own());
      stops.push(redis.stop);
      redisUrl = redis.url;
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (!postgresUrl) {
    try {
      const pg = await startPostgres(own());
      stops.push(pg.stop);
      postgresUrl = pg.url;
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  project.provide("redisUrl", redisUrl);
  project.provide("postgresUrl", postgresUrl);
  project.provide("servicesProblem", problems.join("; "));
  const teardown = () => {
    for (const stop of stops) stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  if (problems.length > 0) {
    // Fail the whole suite up front with one plain message rather than one failure per test.
    teardown();
    throw new Error(
      `npm run test:stores needs a Redis and a PostgreSQL server: ${problems.join("; ")}. To run it, ${INSTALL_HINT}.`,
    );
  }
  return teardown;
}
