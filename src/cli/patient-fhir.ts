import { writeFileSync } from "node:fs";
import { toFhirBundle } from "../care/fhir.ts";
import { loadEnv } from "../config/env.ts";
import { type ConversationStore, stateCodec } from "../engine/stored-state.ts";
import { openKeyv } from "../store/open.ts";
import { Store } from "../store/store.ts";
import { exportPatient } from "./patient-export.ts";

// `lantern patient export --patient ID --format fhir [--out FILE]`: the patient's PHQ-9, GAD-7,
// PCL-5 and PEG results as a FHIR R4 Bundle (src/care/fhir.ts). The export is audited like the
// JSON one (data.exported), since it reads the same data.

/** The FHIR Bundle JSON for one patient from an open store. */
export async function fhirExport(
  store: ConversationStore,
  patientId: string,
  by?: string,
): Promise<string> {
  const data = await exportPatient(store, patientId, by ? { by } : {});
  const bundle = toFhirBundle({
    patientId: data.patient.id,
    // For the care team's record: nothing from a conversation whose patient declined sharing.
    measures: data.conversations.filter((c) => c.sharing !== "no").flatMap((c) => c.measures),
    exportedAt: data.exportedAt,
    notes: data.notes,
  });
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export async function runPatientFhirExport(options: {
  patient: string;
  out?: string;
}): Promise<number> {
  const store = new Store(await openKeyv(loadEnv().LANTERN_STORE), { codec: stateCodec });
  let json: string;
  try {
    json = await fhirExport(store, options.patient, `cli:${process.env.USER ?? "operator"}`);
  } finally {
    await store.close();
  }
  if (options.out) {
    writeFileSync(options.out, json, { mode: 0o600 });
    process.stderr.write(`exported patient ${options.patient} as FHIR to ${options.out}\n`);
  } else process.stdout.write(json);
  return 0;
}
