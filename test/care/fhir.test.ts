import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/care/audit.ts";
import { CODES, LOCAL_CODES, LOINC, toFhirBundle } from "../../src/care/fhir.ts";
import { FhirBundle } from "../../src/care/fhir-schema.ts";
import { runPatient } from "../../src/cli/patient.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { systemClock } from "../../src/engine/types.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { SlackHarness } from "../adapters/slack-harness.ts";

// `lantern patient export --format fhir`: questionnaires a patient answered through the real
// runtime, exported by the CLI from the same SQLite file, as a FHIR R4 Bundle that passes the
// zod schemas for the subset we emit (and fails them when broken).

const FREQ = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.api.close();
  h = undefined;
});

async function answer(harness: SlackHarness, flowId: string, ...answers: string[]) {
  await harness.app.runtime.handle({
    channel: "telegram",
    userId: "tg-1",
    messageId: `start-${flowId}-${Math.random()}`,
    kind: "start",
    flowId,
  });
  for (const a of answers) await harness.say(a);
  harness.clock.advance(3_600_000);
}

describe("FHIR export", () => {
  it("writes a valid R4 Bundle: Patient, a QuestionnaireResponse and an Observation per result, LOINC where known", async () => {
    h = await new SlackHarness().boot();
    const { patient, invite } = await h.app.patients.create("JK", "test");
    await h.say(`/start ${invite.code}`);
    await answer(
      h,
      "phq9",
      ...[1, 1, 1, 1, 0, 0, 0, 0, 0].map((v) => FREQ[v] as string),
      "Somewhat difficult",
    );
    await answer(h, "gad7", ...[2, 2, 1, 1, 1, 1, 1].map((v) => FREQ[v] as string));
    await answer(h, "peg", "6", "5", "4");
    const state = await h.app.runtime.store.loadConversation("telegram:tg-1");
    const stored = (state?.user.measures ?? []) as { measure: string; total: number }[];
    expect(stored.map((m) => m.measure)).toEqual(["phq9", "gad7", "peg"]);
    await h.shutdown();

    const out = join(h.file, "..", "bundle.json");
    const saved = process.env.LANTERN_STORE;
    process.env.LANTERN_STORE = `sqlite://${h.file}`;
    try {
      expect(
        await runPatient(["export", "--patient", patient.id, "--format", "fhir", "--out", out]),
      ).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.LANTERN_STORE;
      else process.env.LANTERN_STORE = saved;
    }
    const json = JSON.parse(readFileSync(out, "utf8"));
    const bundle = FhirBundle.parse(json);
    expect(bundle.type).toBe("collection");
    const kinds = bundle.entry.map((e) => e.resource.resourceType);
    expect(kinds).toEqual([
      "Patient",
      ...Array(3).fill(["QuestionnaireResponse", "Observation"]).flat(),
    ]);
    const [pt] = bundle.entry;
    expect(pt?.resource).toMatchObject({ identifier: [{ value: patient.id }] });
    expect(JSON.stringify(bundle)).not.toContain("JK"); // minimal: no name
    expect(JSON.stringify(bundle)).not.toContain("tg-1"); // never the chat identity

    const obs = bundle.entry.flatMap((e) =>
      e.resource.resourceType === "Observation" ? [e.resource] : [],
    );
    expect(
      obs.map((o) => [o.code.coding?.[0]?.system, o.code.coding?.[0]?.code, o.valueQuantity.value]),
    ).toEqual([
      [LOINC, "44261-6", 4],
      [LOINC, "70274-6", 9],
      [LOCAL_CODES, "peg-score", 5],
    ]);
    const qrs = bundle.entry.flatMap((e) =>
      e.resource.resourceType === "QuestionnaireResponse" ? [e.resource] : [],
    );
    expect(qrs[0]?.questionnaire).toBe("http://loinc.org/q/44249-1");
    expect(qrs[0]?.item.map((i) => i.answer[0]?.valueInteger)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(qrs[0]?.item[0]?.linkId).toBe("phq9_1");
    expect(qrs[1]?.questionnaire).toBe("http://loinc.org/q/69737-5");
    expect(CODES.pcl5.total.text).toContain("local Lantern code, not LOINC");
    // Every Observation points at its QuestionnaireResponse, every resource at the Patient.
    for (const [i, o] of obs.entries())
      expect(o.derivedFrom[0]?.reference).toBe(`urn:uuid:${qrs[i]?.id}`);
    // The export was audited like the JSON one.
    const store = new Store(await openKeyv(`sqlite://${h.file}`), { codec: stateCodec });
    try {
      const events = await new AuditLog(store, systemClock).list();
      expect(events.some((e) => e.event === "data.exported" && e.patient === patient.id)).toBe(
        true,
      );
    } finally {
      await store.close();
    }
  });

  it("the schemas reject what FHIR R4 would: a dangling reference, a bad id, a missing status", () => {
    const good = toFhirBundle({
      patientId: "pt_1234abcd",
      exportedAt: "2026-01-05T09:00:00.000Z",
      measures: [
        {
          measure: "pcl5",
          total: 12,
          band: "below cut-off",
          answers: Array(20)
            .fill(0)
            .map((_, i) => (i < 12 ? 1 : 0)),
          at: "2026-01-04T10:00:00.000Z",
        },
        { measure: "nonsense", total: 1, answers: [1], at: "2026-01-04T10:00:00.000Z" },
      ],
    });
    expect(good.entry).toHaveLength(3);
    const pcl = good.entry[2]?.resource;
    expect(pcl?.resourceType === "Observation" && pcl.code.coding?.[0]?.system).toBe(LOCAL_CODES);
    const broken = structuredClone(good) as unknown as {
      entry: { resource: Record<string, unknown> }[];
      id: string;
    };
    (broken.entry[2]?.resource as { derivedFrom: unknown[] }).derivedFrom = [
      { reference: "urn:uuid:00000000-0000-0000-0000-000000000000" },
    ];
    expect(FhirBundle.safeParse(broken).success).toBe(false);
    const badId = structuredClone(good);
    badId.id = "has spaces";
    expect(FhirBundle.safeParse(badId).success).toBe(false);
    const noStatus = structuredClone(good) as unknown as {
      entry: { resource: Record<string, unknown> }[];
    };
    delete noStatus.entry[1]?.resource.status;
    expect(FhirBundle.safeParse(noStatus).success).toBe(false);
  });
});
