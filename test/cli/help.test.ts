import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Patients } from "../../src/care/patients.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { cliSandbox, lantern } from "../support/cli.ts";

const sandbox = () => cliSandbox("lantern-cli-");

const COMMANDS = [
  ["start"],
  ["chat"],
  ["flows", "check"],
  ["risk", "classify"],
  ["invite"],
  ["brief"],
  ["measures", "report"],
  ["patient", "export"],
  ["patient", "delete"],
];

describe("lantern <command> --help", () => {
  const { env } = sandbox();
  it.each(COMMANDS)("%s %s prints usage, options and examples, exit 0", (...command) => {
    const run = lantern([...command, "--help"], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: lantern ${command.join(" ")}`);
    expect(run.stdout).toContain("Options:");
    expect(run.stdout).toMatch(/Examples:\n {2}\S/);
    expect(run.stderr).toBe("");
  });

  it.each(COMMANDS)("%s %s rejects an unknown option in one line, exit 2", (...command) => {
    const run = lantern([...command, "--bogus"], env);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `lantern ${command.join(" ")}: Unknown option '--bogus' (see lantern ${command.join(" ")} --help)\n`,
    );
  });

  it.each(["flows", "risk", "measures", "patient"])(
    "the group word %s --help lists its commands",
    (group) => {
      const run = lantern([group, "--help"], env);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`lantern ${group} `);
      expect(run.stdout).not.toContain("Unknown command");
    },
  );

  it("an unknown command is one line on stderr, exit 2", () => {
    const run = lantern(["nosuch"], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lantern: unknown command "nosuch" (see lantern --help)\n');
  });
});

describe("operator mistakes never reach a patient or the store", () => {
  it("invite --help creates no patient (and opens no store)", async () => {
    const { file, env } = sandbox();
    expect(lantern(["invite", "A.B."], env).status).toBe(0);
    const run = lantern(["invite", "--help"], env);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("invite code");
    const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
    try {
      expect((await new Patients(store).list()).map((p) => p.label)).toEqual(["A.B."]);
    } finally {
      await store.close();
    }
  });

  it("invite --help alone does not create the store file", () => {
    const { file, env } = sandbox();
    expect(lantern(["invite", "--help"], env).status).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it("chat --flow nosuch is an operator error naming the known flows, before any chat", () => {
    const { env } = sandbox();
    const run = lantern(["chat", "--flow", "nosuch"], env, "hello\n");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^lantern chat: unknown flow "nosuch"; known flows: .*\bphq9\b.*\n$/,
    );
    expect(run.stderr.split("\n")).toHaveLength(2);
  });

  it("risk classify keeps its JSON-lines format", () => {
    const { env } = sandbox();
    const run = lantern(["risk", "classify"], env, '{"id":"a","text":"I had a calm day"}\n');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ id: "a", level: "none", categories: [] });
  });
});

describe("lazy loading", () => {
  // Reports every platform SDK module that gets resolved in the child process.
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { registerHooks } from "node:module";
registerHooks({ resolve(s, c, next) { const r = next(s, c);
  if (/grammy|@slack|botbuilder|botframework|@microsoft/.test(r.url)) process.stderr.write("SDK " + s + "\\n");
  return r; } });`,
  )}`;
  it.each([[["--help"]], [["risk", "classify"]], [["chat", "--help"]]])(
    "lantern %j loads no Slack, Teams or grammy module",
    (args) => {
      const { env } = sandbox();
      const run = spawnSync(process.execPath, ["--import", hook, "bin/lantern.js", ...args], {
        env,
        input: "",
        encoding: "utf8",
      });
      expect(run.status).toBe(0);
      expect(run.stderr).not.toContain("SDK ");
    },
  );

  it("the hook does see the SDKs when start loads the platforms (so the test can fail)", () => {
    const { env } = sandbox();
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        hook,
        "-e",
        'await import("./adapters/platforms.ts").then((m) => m.configuredPlatforms({ TELEGRAM_BOT_TOKEN: "1:x" }))',
      ],
      { env, encoding: "utf8", input: "" },
    );
    expect(run.stderr).toContain("SDK ");
  });
});
