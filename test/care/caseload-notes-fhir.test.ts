import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Caseloads } from "../../src/care/caseload.ts";
import { FhirBundle } from "../../src/care/fhir-schema.ts";
import { Notes } from "../../src/care/notes.ts";
import { Patients } from "../../src/care/patients.ts";
import { fhirExport } from "../../src/cli/patient-fhir.ts";
import { type ConversationStore, stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock } from "../support/recorders.ts";

// Caseloads and notes in the store, and the notes in the FHIR export: one DocumentReference
// per note, the text as a base64 text/plain attachment, validated with the export's R4 schemas.

async function store(): Promise<ConversationStore> {
  const file = join(mkdtempSync(join(tmpdir(), "lantern-notes-")), "s.sqlite");
  return new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
}

describe("caseloads and notes", () => {
  it("keeps clinicians in order, once each; puts the member's own patients first", async () => {
    const s = await store();
    const clock = new FakeClock();
    const patients = new Patients(s, clock);
    const a = (await patients.create("A")).patient;
    const b = (await patients.create("B")).patient;
    const caseloads = new Caseloads(s, clock);
    expect((await caseloads.add(b.id, "U2", "slack:U1")).changed).toBe(true);
    expect((await caseloads.add(b.id, "U2", "slack:U1")).changed).toBe(false);
    await caseloads.add(b.id, "U1", "slack:U1");
    expect(await caseloads.of(b.id)).toEqual(["U2", "U1"]);
    const view = await caseloads.mineFirst([a, b], "U1");
    expect(view.mine).toBe(1);
    expect(view.patients.map((p) => p.patient.label)).toEqual(["B", "A"]);
    await s.close();
  });

  it("refuses an empty or too long note; keeps the text out of the audit", async () => {
    const s = await store();
    const notes = new Notes(s, new FakeClock());
    await expect(notes.add("pt_x", "slack:U1", "   ")).rejects.toThrow("a note needs some text");
    await expect(notes.add("pt_x", "slack:U1", "x".repeat(2001))).rejects.toThrow("at most 2000");
    await notes.add("pt_x", "slack:U1", "Private words");
    const { AuditLog } = await import("../../src/care/audit.ts");
    const audit = await new AuditLog(s, new FakeClock()).list();
    expect(audit.map((e) => e.event)).toEqual(["note.added"]);
    expect(JSON.stringify(audit)).not.toContain("Private words");
    await s.close();
  });

  it("exports each note as a valid FHIR R4 DocumentReference about the bundle's Patient", async () => {
    const s = await store();
    const clock = new FakeClock();
    const { patient } = await new Patients(s, clock).create("C");
    await new Notes(s, clock).add(patient.id, "slack:U1", "Prefers mornings; café ok");
    const bundle = FhirBundle.parse(JSON.parse(await fhirExport(s, patient.id)));
    const docs = bundle.entry.filter((e) => e.resource.resourceType === "DocumentReference");
    expect(docs).toHaveLength(1);
    const doc = docs[0]?.resource as {
      subject: { reference: string };
      content: { attachment: { data: string } }[];
      description: string;
    };
    const patientUrl = bundle.entry.find((e) => e.resource.resourceType === "Patient")?.fullUrl;
    expect(doc.subject.reference).toBe(patientUrl);
    expect(Buffer.from(doc.content[0]?.attachment.data ?? "", "base64").toString("utf8")).toBe(
      "Prefers mornings; café ok",
    );
    expect(doc.description).toBe("Note by slack:U1");
    // Broken base64 is refused by the schema.
    const broken = structuredClone(bundle);
    const brokenDoc = broken.entry.find((e) => e.resource.resourceType === "DocumentReference")
      ?.resource as { content: { attachment: { data: string } }[] };
    (brokenDoc.content[0] as { attachment: { data: string } }).attachment.data = "not base64!";
    expect(FhirBundle.safeParse(broken).success).toBe(false);
    await s.close();
  });
});
