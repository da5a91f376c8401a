import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Patients } from "../../src/care/patients.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";

describe("lantern invite", () => {
  it("creates a patient and a code that links a Telegram user once", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lantern-invite-")), "s.sqlite");
    const env = {
      ...process.env,
      LANTERN_STORE: `sqlite://${file}`,
      TELEGRAM_BOT_USERNAME: "lantern_test_bot",
    };
    const run = spawnSync(process.execPath, ["bin/lantern.js", "invite", "J.D."], {
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const code = /invite code (\w+)/.exec(run.stdout)?.[1] ?? "";
    expect(run.stdout).toContain(`https://t.me/lantern_test_bot?start=${code}`);
    const store = new Store(await openKeyv(`sqlite://${file}`));
    const patients = new Patients(store);
    expect((await patients.redeem(code, "telegram", "42")).ok).toBe(true);
    expect(await patients.redeem(code, "telegram", "43")).toEqual({ ok: false, reason: "used" });
    await store.close();
  });

  it("asks for a label", () => {
    const run = spawnSync(process.execPath, ["bin/lantern.js", "invite"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: lantern invite <label>");
  });
});
