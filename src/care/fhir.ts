import { createHash } from "node:crypto";
import { GAD7, PCL5, PEG, PHQ9 } from "../measures/index.ts";
import type { MeasureDefinition, MeasureId } from "../measures/types.ts";
import { noteEntries } from "./fhir-notes.ts";
import { FhirBundle, type FhirResource } from "./fhir-schema.ts";
import type { Note } from "./notes.ts";

// A patient's questionnaire results as a FHIR R4 Bundle (type collection): a minimal Patient
// (the clinic's record id only), one QuestionnaireResponse per administration and one
// Observation per total, derived from it. Codes: LOINC where we are sure of them (PHQ-9 panel
// 44249-1, total 44261-6; GAD-7 panel 69737-5, total 70274-6). PCL-5 and PEG carry local
// codes (system LOCAL_CODES) and say so in the code's text: map them to LOINC on import if
// your system needs it. Items are identified by Lantern's item ids (phq9_1 …) with the
// published wording, not by per-item LOINC codes.

export const LOINC = "http://loinc.org";
export const LOCAL_CODES = "urn:lantern:measure";
export const PATIENT_IDS = "urn:lantern:patient";

interface Coded {
  definition: MeasureDefinition;
  /** Canonical questionnaire: LOINC's for the panel, else a local URN. */
  questionnaire: string;
  panel: { system: string; code: string; text: string };
  total: { system: string; code: string; text: string };
}

const LOCAL_NOTE = "(local Lantern code, not LOINC)";
export const CODES: Record<MeasureId, Coded> = {
  phq9: {
    definition: PHQ9,
    questionnaire: "http://loinc.org/q/44249-1",
    panel: { system: LOINC, code: "44249-1", text: "PHQ-9 quick depression assessment panel" },
    total: { system: LOINC, code: "44261-6", text: "PHQ-9 total score" },
  },
  gad7: {
    definition: GAD7,
    questionnaire: "http://loinc.org/q/69737-5",
    panel: { system: LOINC, code: "69737-5", text: "GAD-7 panel" },
    total: { system: LOINC, code: "70274-6", text: "GAD-7 total score" },
  },
  pcl5: {
    definition: PCL5,
    questionnaire: "urn:lantern:questionnaire:pcl5",
    panel: { system: LOCAL_CODES, code: "pcl5", text: `PCL-5 ${LOCAL_NOTE}` },
    total: { system: LOCAL_CODES, code: "pcl5-total", text: `PCL-5 total score ${LOCAL_NOTE}` },
  },
  peg: {
    definition: PEG,
    questionnaire: "urn:lantern:questionnaire:peg",
    panel: { system: LOCAL_CODES, code: "peg", text: `PEG pain scale ${LOCAL_NOTE}` },
    total: {
      system: LOCAL_CODES,
      code: "peg-score",
      text: `PEG score, mean of 3 items ${LOCAL_NOTE}`,
    },
  },
};

/** A stable UUID from a name (re-exporting the same data gives the same ids). */
function uuidFor(name: string): string {
  const h = createHash("sha256").update(name).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface StoredResult {
  measure: MeasureId;
  total: number;
  band?: string;
  answers: number[];
  at: string;
}

function readResult(value: unknown): StoredResult | undefined {
  const r = value as Partial<StoredResult> | null;
  if (!r || typeof r !== "object" || typeof r.measure !== "string" || !(r.measure in CODES))
    return undefined;
  if (typeof r.total !== "number" || typeof r.at !== "string" || Number.isNaN(Date.parse(r.at)))
    return undefined;
  if (!Array.isArray(r.answers) || !r.answers.every((a) => Number.isInteger(a))) return undefined;
  return r as StoredResult;
}

export interface FhirExportInput {
  /** The clinic's record id (`pt_…`). */
  patientId: string;
  /** Stored measure results (user.measures of each conversation); malformed ones are skipped. */
  measures: readonly unknown[];
  exportedAt: string;
  /** The care team's notes, one DocumentReference each (src/care/fhir-notes.ts). */
  notes?: readonly Note[];
}

/** Build and validate the Bundle; throws (zod) if it would not be valid. */
export function toFhirBundle(input: FhirExportInput): FhirBundle {
  const patientUrl = `urn:uuid:${uuidFor(`patient:${input.patientId}`)}`;
  const entries: { fullUrl: string; resource: FhirResource }[] = [
    {
      fullUrl: patientUrl,
      resource: {
        resourceType: "Patient",
        id: uuidFor(`patient:${input.patientId}`),
        identifier: [{ system: PATIENT_IDS, value: input.patientId }],
      },
    },
  ];
  const results = input.measures
    .map(readResult)
    .filter((r): r is StoredResult => Boolean(r))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const r of results) {
    const coded = CODES[r.measure];
    const at = new Date(r.at).toISOString();
    const qrId = uuidFor(`qr:${input.patientId}:${r.measure}:${at}`);
    const obsId = uuidFor(`obs:${input.patientId}:${r.measure}:${at}`);
    entries.push(
      {
        fullUrl: `urn:uuid:${qrId}`,
        resource: {
          resourceType: "QuestionnaireResponse",
          id: qrId,
          questionnaire: coded.questionnaire,
          status: "completed",
          subject: { reference: patientUrl },
          authored: at,
          item: r.answers.map((answer, i) => {
            const item = coded.definition.items[i];
            return {
              linkId: item?.id ?? `${r.measure}_${i + 1}`,
              ...(item ? { text: item.text } : {}),
              answer: [{ valueInteger: answer }],
            };
          }),
        },
      },
      {
        fullUrl: `urn:uuid:${obsId}`,
        resource: {
          resourceType: "Observation",
          id: obsId,
          status: "final",
          category: [
            {
              coding: [
                {
                  system: "http://terminology.hl7.org/CodeSystem/observation-category",
                  code: "survey",
                },
              ],
            },
          ],
          code: {
            coding: [{ system: coded.total.system, code: coded.total.code }],
            text: coded.total.text,
          },
          subject: { reference: patientUrl },
          effectiveDateTime: at,
          valueQuantity: {
            value: r.total,
            unit: "{score}",
            system: "http://unitsofmeasure.org",
            code: "{score}",
          },
          ...(r.band && r.band !== "n/a" ? { interpretation: [{ text: r.band }] } : {}),
          derivedFrom: [{ reference: `urn:uuid:${qrId}` }],
        },
      },
    );
  }
  entries.push(...noteEntries(input.notes ?? [], patientUrl, input.patientId));
  return FhirBundle.parse({
    resourceType: "Bundle",
    id: uuidFor(`bundle:${input.patientId}:${input.exportedAt}`),
    type: "collection",
    timestamp: new Date(input.exportedAt).toISOString(),
    entry: entries,
  });
}
