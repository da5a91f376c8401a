import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_TOKEN, TelegramTestServer, textUpdate } from "../support/telegram-server.ts";

// The "done when": `npm start` with TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT pointed
// at a local Bot API server serves patients through it.
describe("lantern start with Telegram configured", () => {
  let child: ChildProcess | undefined;
  const server = new TelegramTestServer();
  afterAll(async () => {
    child?.kill("SIGTERM");
    await server.close();
  });

  it("enrols a patient by invite and runs onboarding, as a long-running process", async () => {
    await server.start();
    const dir = mkdtempSync(join(tmpdir(), "lantern-start-"));
    const env = {
      ...process.env,
      LANTERN_STORE: `sqlite://${join(dir, "s.sqlite")}`,
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: server.apiRoot,
      LOG_LEVEL: "warn",
    };
    const invite = spawnSync(process.execPath, ["bin/lantern.js", "invite", "T.G."], {
      env,
      encoding: "utf8",
    });
    const code = /invite code (\w+)/.exec(invite.stdout)?.[1];
    expect(code).toBeTruthy();
    child = spawn(process.execPath, ["bin/lantern.js", "start"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d) => {
      stderr += String(d);
    });
    server.push(textUpdate(4242, "hello"));
    await server.until(() => server.texts(4242).some((t) => t.includes("invite link")), 15_000);
    server.push(textUpdate(4242, `/start ${code}`));
    // Onboarding starts with the language question (English / Español).
    await server.until(
      () => server.texts(4242).some((t) => t.includes("Which language would you like")),
      15_000,
    );
    expect(stderr).not.toMatch(/Error/);
  }, 40_000);
});
