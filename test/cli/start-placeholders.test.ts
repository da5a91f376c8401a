import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clinicPlaceholders } from "../../src/cli/placeholders.ts";
import { cliSandbox, lantern } from "../support/cli.ts";

const sandbox = () => cliSandbox("lantern-start-");

describe("clinicPlaceholders", () => {
  it("names the shipped stand-ins and nothing a clinic has set", () => {
    expect(
      clinicPlaceholders({
        clinic: {
          name: "Your Clinic",
          phone: "the clinic's phone number",
          address: "TODO",
          office_hours: "weekdays, 9 am to 5 pm",
          support_person: "a person you trust",
        },
      }),
    ).toEqual(["clinic.name", "clinic.phone", "clinic.address"]);
    expect(clinicPlaceholders({ clinic: { name: "Riverside Clinic", phone: "555 0100" } })).toEqual(
      [],
    );
  });
});

describe("lantern start and placeholder clinic values", () => {
  it("warns on stderr when config/clinic.yaml still has the shipped stand-ins", () => {
    const { env } = sandbox();
    const run = lantern(["start"], env, "");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /warning: .*clinic\.yaml still has placeholder values for clinic\.name, clinic\.phone/,
    );
    // Never in what the patient reads.
    expect(run.stdout).not.toContain("placeholder");
  });

  it("says nothing once the clinic has set its own details", () => {
    const { dir, env } = sandbox();
    const clinic = join(dir, "clinic.yaml");
    copyFileSync("config/clinic.yaml", clinic);
    const text = readFileSync(clinic, "utf8")
      .replace('name: "your clinic"', 'name: "Riverside Clinic"')
      .replace(`phone: "the clinic's phone number"`, 'phone: "555 0100"');
    writeFileSync(clinic, text);
    const run = lantern(["start"], { ...env, LANTERN_CLINIC: clinic }, "");
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("placeholder");
  });
});
