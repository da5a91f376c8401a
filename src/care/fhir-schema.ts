import { z } from "zod";

// Zod schemas for the subset of FHIR R4 (4.0.1) that Lantern's export emits: Bundle
// (collection), Patient, QuestionnaireResponse, Observation and DocumentReference (clinician
// notes), with the R4 primitive rules for id, uri, dateTime and the required elements and value
// sets of those resources. Not a full FHIR validator; the export is parsed with these before
// it is written.

/** R4 id: [A-Za-z0-9\-\.]{1,64}. */
const Id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const Uri = z.string().regex(/^\S+$/);
/** R4 dateTime with a time zone (instants are what Lantern stores). */
const DateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);

export const Coding = z.strictObject({
  system: Uri.optional(),
  code: z
    .string()
    .regex(/^[^\s]+( [^\s]+)*$/)
    .optional(),
  display: z.string().min(1).optional(),
});
export const CodeableConcept = z.strictObject({
  coding: z.array(Coding).min(1).optional(),
  text: z.string().min(1).optional(),
});
export const Reference = z.strictObject({ reference: z.string().min(1) });
const Identifier = z.strictObject({ system: Uri, value: z.string().min(1) });
const Meta = z.strictObject({ tag: z.array(Coding).min(1) });

export const FhirPatient = z.strictObject({
  resourceType: z.literal("Patient"),
  id: Id,
  meta: Meta.optional(),
  identifier: z.array(Identifier).min(1),
});

const Answer = z.strictObject({ valueInteger: z.number().int() });
const QrItem = z.strictObject({
  linkId: z.string().min(1),
  text: z.string().min(1).optional(),
  answer: z.array(Answer).min(1),
});

export const FhirQuestionnaireResponse = z.strictObject({
  resourceType: z.literal("QuestionnaireResponse"),
  id: Id,
  meta: Meta.optional(),
  questionnaire: Uri,
  status: z.enum(["in-progress", "completed", "amended", "entered-in-error", "stopped"]),
  subject: Reference,
  authored: DateTime,
  item: z.array(QrItem).min(1),
});

export const FhirObservation = z.strictObject({
  resourceType: z.literal("Observation"),
  id: Id,
  meta: Meta.optional(),
  status: z.enum([
    "registered",
    "preliminary",
    "final",
    "amended",
    "corrected",
    "cancelled",
    "entered-in-error",
    "unknown",
  ]),
  category: z.array(CodeableConcept).min(1),
  code: CodeableConcept,
  subject: Reference,
  effectiveDateTime: DateTime,
  valueQuantity: z.strictObject({
    value: z.number(),
    unit: z.string(),
    system: z.literal("http://unitsofmeasure.org"),
    code: z.string(),
  }),
  interpretation: z.array(CodeableConcept).optional(),
  derivedFrom: z.array(Reference).min(1),
});

/** A clinician note (src/care/fhir-notes.ts): R4 DocumentReference, status and content required. */
export const FhirDocumentReference = z.strictObject({
  resourceType: z.literal("DocumentReference"),
  id: Id,
  meta: Meta.optional(),
  status: z.enum(["current", "superseded", "entered-in-error"]),
  type: CodeableConcept.optional(),
  subject: Reference,
  date: DateTime,
  description: z.string().min(1).optional(),
  content: z
    .array(
      z.strictObject({
        attachment: z.strictObject({
          contentType: z.string().min(1),
          // R4 base64Binary.
          data: z
            .string()
            .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/),
        }),
      }),
    )
    .min(1),
});

const Resource = z.discriminatedUnion("resourceType", [
  FhirPatient,
  FhirQuestionnaireResponse,
  FhirObservation,
  FhirDocumentReference,
]);
export type FhirResource = z.infer<typeof Resource>;

export const FhirBundle = z
  .strictObject({
    resourceType: z.literal("Bundle"),
    id: Id,
    type: z.literal("collection"),
    timestamp: DateTime,
    entry: z.array(
      z.strictObject({ fullUrl: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/), resource: Resource }),
    ),
  })
  .superRefine((bundle, ctx) => {
    // Every reference must resolve to an entry in the bundle (fullUrl).
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    bundle.entry.forEach((e, i) => {
      const r = e.resource;
      const refs = [
        ...("subject" in r ? [r.subject] : []),
        ...("derivedFrom" in r ? r.derivedFrom : []),
      ];
      for (const ref of refs)
        if (!urls.has(ref.reference))
          ctx.addIssue({
            code: "custom",
            path: ["entry", i],
            message: `unresolved reference ${ref.reference}`,
          });
    });
  });
export type FhirBundle = z.infer<typeof FhirBundle>;
