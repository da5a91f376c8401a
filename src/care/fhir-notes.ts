import { createHash } from "node:crypto";
import type { FhirResource } from "./fhir-schema.ts";
import type { Note } from "./notes.ts";

// The care team's notes (`/lantern note`) in the FHIR export: one DocumentReference each
// (status current, the note as a text/plain attachment, base64 as R4 requires), typed by text
// only ("Clinician note (Lantern)"): we claim no LOINC document code we have not checked.

function uuidFor(name: string): string {
  const h = createHash("sha256").update(name).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Bundle entries for a patient's notes, referring to the bundle's Patient (`patientUrl`). */
export function noteEntries(
  notes: readonly Note[],
  patientUrl: string,
  patientId: string,
): { fullUrl: string; resource: FhirResource }[] {
  return notes.map((n) => {
    const id = uuidFor(`note:${patientId}:${n.id}`);
    return {
      fullUrl: `urn:uuid:${id}`,
      resource: {
        resourceType: "DocumentReference",
        id,
        status: "current",
        type: { text: "Clinician note (Lantern)" },
        subject: { reference: patientUrl },
        date: new Date(n.at).toISOString(),
        description: `Note by ${n.by}`,
        content: [
          {
            attachment: {
              contentType: "text/plain; charset=utf-8",
              data: Buffer.from(n.text, "utf8").toString("base64"),
            },
          },
        ],
      },
    };
  });
}
