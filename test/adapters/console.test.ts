import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConsoleChannel } from "../../adapters/console/console.ts";
import { channelContract, SAMPLE_MESSAGE } from "./contract.ts";

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let out = "";
  stream.on("data", (chunk) => {
    out += String(chunk);
  });
  return { stream, text: () => out };
}

/** A non-interactive terminal channel that writes to `output` and reads nothing. */
const printingTo = (output: PassThrough) =>
  new ConsoleChannel({ input: new PassThrough(), output, interactive: false });

channelContract("console", {
  adapter: () => printingTo(new PassThrough()),
  textUpdate: "hello",
  ignoredUpdate: "   ",
  sent: async () => {
    const out = capture();
    const adapter = printingTo(out.stream);
    await adapter.send("local", SAMPLE_MESSAGE);
    return out.text();
  },
});

describe("console channel", () => {
  it("numbers choices but not scale answers", async () => {
    const out = capture();
    const adapter = printingTo(out.stream);
    await adapter.send("local", SAMPLE_MESSAGE);
    await adapter.send("local", { ...SAMPLE_MESSAGE, text: "0 to 10?", expect: "scale" });
    expect(out.text()).toBe("Lantern: Pick one\n  1. Walk\n  2. Rest\nLantern: 0 to 10?\n");
  });

  it("piped: one message per line through the real CLI, state in a SQLite file", () => {
    const dir = mkdtempSync(join(tmpdir(), "lantern-cli-"));
    const env = {
      ...process.env,
      LANTERN_STORE: `sqlite://${join(dir, "s.sqlite")}`,
      LANTERN_FIRST_FLOW: "none",
    };
    const run = (input: string, ...args: string[]) =>
      spawnSync(process.execPath, ["bin/lantern.js", "chat", "--user", "cli", ...args], {
        input,
        env,
        encoding: "utf8",
      });
    const first = run("hi\n", "--flow", "paced-breathing");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Let's slow your breathing");
    expect(first.stdout).toContain("How tense do you feel right now");
    // A second process resumes the same conversation from the file.
    const second = run("6\n");
    expect(second.stdout).toContain("Breathe in through your nose");
    expect(second.stdout).toContain("1. Done");
    expect(second.stderr).not.toContain("Error");
  });
});
