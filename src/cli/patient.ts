import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ConversationStore } from "../engine/stored-state.ts";
import type { ConversationLock } from "../lock.ts";

// `lantern patient export|delete`: data rights, a patient's data out (patient-export.ts) or
// gone (patient-delete.ts), each audited; this file is the command line around them. The store
// and the commands' modules load only once the arguments are good (a refusal prints at once).

export type { PatientDataOptions } from "./patient-data.ts";
export type { DeleteSummary } from "./patient-delete.ts";
export type { PatientExport } from "./patient-export.ts";

const USAGE = `Usage:
  lantern patient export --patient ID [--out FILE]   everything held about a patient, as JSON
  lantern patient export --patient ID --format fhir [--out FILE]   questionnaires as a FHIR R4 Bundle
  lantern patient delete --patient ID --yes          delete it (conversations, links, record, jobs, alerts)
`;

async function withStore<T>(
  work: (store: ConversationStore, lock: ConversationLock | undefined) => Promise<T>,
): Promise<T> {
  const [{ loadEnv }, { stateCodec }, { openKeyv }, { createSharedRuntimeOptions }, { Store }] =
    await Promise.all([
      import("../config/env.ts"),
      import("../engine/stored-state.ts"),
      import("../store/open.ts"),
      import("../store/shared/index.ts"),
      import("../store/store.ts"),
    ]);
  const env = loadEnv();
  const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
  const shared = await createSharedRuntimeOptions(env.LANTERN_STORE);
  try {
    return await work(store, shared?.lock);
  } finally {
    await shared?.close();
    await store.close();
  }
}

/** `lantern patient export --patient ID [--out FILE]`: JSON to stdout or FILE. */
export async function runPatientExport(options: {
  patient: string;
  out?: string;
}): Promise<number> {
  const { exportPatient } = await import("./patient-export.ts");
  const data = await withStore((store) =>
    exportPatient(store, options.patient, { by: `cli:${process.env.USER ?? "operator"}` }),
  );
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (options.out) {
    writeFileSync(options.out, json, { mode: 0o600 });
    process.stderr.write(`exported patient ${options.patient} to ${options.out}\n`);
  } else process.stdout.write(json);
  return 0;
}

/** `lantern patient delete --patient ID --yes`. */
export async function runPatientDelete(options: {
  patient: string;
  yes?: boolean;
}): Promise<number> {
  if (!options.yes) {
    process.stderr.write(
      `This deletes patient ${options.patient}'s data for good. Export it first if needed, then run again with --yes.\n`,
    );
    return 2;
  }
  const { deletePatient } = await import("./patient-delete.ts");
  const summary = await withStore((store, lock) =>
    deletePatient(store, options.patient, {
      ...(lock ? { lock } : {}),
      by: `cli:${process.env.USER ?? "operator"}`,
    }),
  );
  process.stdout.write(
    `deleted patient ${summary.patient}: ${summary.conversations} conversation(s), ${summary.jobs} scheduled flow(s), ${summary.invites} invite(s)\n`,
  );
  return 0;
}

/** `lantern patient <export|delete> …` from main.ts: returns the exit code. */
export async function runPatient(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      patient: { type: "string" },
      out: { type: "string" },
      yes: { type: "boolean" },
      format: { type: "string" },
    },
  });
  if (!values.patient || (command !== "export" && command !== "delete")) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (command === "export" && values.format === "fhir")
    return (await import("./patient-fhir.ts")).runPatientFhirExport({
      patient: values.patient,
      ...(values.out ? { out: values.out } : {}),
    });
  if (command === "export")
    return runPatientExport({
      patient: values.patient,
      ...(values.out ? { out: values.out } : {}),
    });
  return runPatientDelete({ patient: values.patient, ...(values.yes ? { yes: true } : {}) });
}
