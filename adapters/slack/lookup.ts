import type { App, Patient } from "#lantern";
import { escapeText } from "./blocks.ts";

// Which patient a care-team member means: a record id (`pt_…`), the pseudonym an alert showed
// (`P-3F9A2C`) or the display name the clinic gave them.

export type Found = { patient: Patient } | { error: string };

/** The patient whose conversation an alert's pseudonym stands for, if any. */
export async function byPseudonym(app: App, ref: string): Promise<Patient | undefined> {
  const wanted = ref.trim().toUpperCase();
  if (!/^P-[0-9A-F]{6}$/.test(wanted)) return undefined;
  for (const patient of await app.patients.list())
    for (const link of patient.links)
      if (app.escalations.pseudonymOf(`${link.channel}:${link.userId}`) === wanted) return patient;
  return undefined;
}

/** Find one patient by record id, pseudonym or (case-insensitive, unique) display name. */
export async function findPatient(app: App, ref: string | undefined): Promise<Found> {
  if (!ref?.trim())
    return {
      error:
        "Which patient? Give a name, a record id or an alert's P- code (see `/lantern patients`).",
    };
  const byId = await app.patients.get(ref.trim());
  if (byId) return { patient: byId };
  const pseudonymous = await byPseudonym(app, ref);
  if (pseudonymous) return { patient: pseudonymous };
  const wanted = ref.trim().toLowerCase();
  const matches = (await app.patients.list()).filter((p) => p.label.toLowerCase() === wanted);
  const [only] = matches;
  if (only && matches.length === 1) return { patient: only };
  if (matches.length > 1)
    return {
      error: `More than one patient is labelled "${escapeText(ref)}": ${matches.map((p) => `\`${p.id}\``).join(", ")}. Use the id.`,
    };
  return { error: `No patient "${escapeText(ref)}". See \`/lantern patients\`.` };
}
