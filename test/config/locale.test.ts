import { describe, expect, it } from "vitest";
import { globalsFor } from "../../src/app.ts";
import { loadClinicConfig } from "../../src/config/clinic.ts";

describe("crisis resources by locale", () => {
  it("uses the conversation's locale, then the configured default, then the first entry", async () => {
    const clinic = await loadClinicConfig("config/clinic.yaml");
    const ukDefault = globalsFor(clinic, "en-GB");
    expect(ukDefault(undefined).crisis.emergency).toBe("999");
    expect(ukDefault("en-US").crisis.line).toContain("988");
    expect(globalsFor(clinic)(undefined).crisis.emergency).toBe("911");
    expect(globalsFor(clinic)("en-AU").crisis.emergency).toBe("your local emergency number");
  });

  it("names the file and line of a bad clinic config", async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "clinic-")), "clinic.yaml");
    writeFileSync(file, "clinic:\n  name: x\ncrisis:\n  en-US:\n    line: 988\n");
    await expect(loadClinicConfig(file)).rejects.toThrow(new RegExp(`${file}:5: crisis.en-US`));
  });
});
