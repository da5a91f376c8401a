import type { AlertsConfig } from "../config/clinic.ts";
import type { Store } from "../store/store.ts";
import type { BuildAlertOptions } from "./alerts.ts";
import { Caseloads } from "./caseload.ts";
import { Patients } from "./patients.ts";

/**
 * The clinic's record of the patient on an alert, cut to what `alerts.identify` allows; the
 * patient's clinicians are named whatever it says (a member id names no patient). Undefined
 * for a conversation no patient record links to, or one that is gone.
 */
export async function alertSubject(
  store: Store,
  identify: AlertsConfig["identify"],
  state: { channel: string; userId: string } | undefined,
): Promise<BuildAlertOptions["subject"]> {
  if (!state) return undefined;
  const patient = await new Patients(store).byLink(state.channel, state.userId);
  if (!patient) return undefined;
  const clinicians = await new Caseloads(store).of(patient.id);
  const mention = clinicians.length ? { clinicians } : {};
  if (identify === "pseudonym") return clinicians.length ? mention : undefined;
  return identify === "name"
    ? { name: patient.label, record: patient.id, ...mention }
    : { record: patient.id, ...mention };
}
