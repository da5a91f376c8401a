import { z } from "zod";
import { Duration } from "./duration.ts";

// The flow file format (flows/*.yaml). DESIGN.md describes it; README.md teaches it.

const Slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "use lower-case letters, digits, - and _");

/** A variable a flow may write: `user.*` persists, `session.*` lasts the session, `flow.*` ends with the flow. */
export const VarName = z
  .string()
  .regex(/^(user|session|flow)\.[a-z_][a-z0-9_]*$/, "a variable is user.x, session.x or flow.x");

export const VAR_TYPES = ["string", "number", "boolean", "list"] as const;
export type VarType = (typeof VAR_TYPES)[number];

const VarDecl = z.union([
  z.enum(VAR_TYPES),
  z.strictObject({
    type: z.enum(VAR_TYPES),
    default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
    description: z.string().optional(),
  }),
]);

/** Patient-facing text: inline (with {{slots}}) or a template from prompts/. */
export const Text = z.union([
  z.string().min(1, "text must not be empty"),
  z.strictObject({ template: z.string().regex(/^[a-z0-9][a-z0-9_/-]*$/, "a template name") }),
]);
export type Text = z.infer<typeof Text>;

/** A step id or END; the loader checks that ids exist. */
const Target = z.string().min(1);

const Branch = z.union([
  // biome-ignore lint/suspicious/noThenProperty: if/then/else is the flow format's own wording.
  z.strictObject({ if: z.string().min(1), then: Target }),
  z.strictObject({ else: Target }),
]);
export const Next = z.union([Target, z.array(Branch).min(1)]);
export type Next = z.infer<typeof Next>;

const Choice = z.union([
  z.string().min(1),
  z.strictObject({
    id: Slug,
    label: z.string().min(1),
    value: z.union([z.string(), z.number()]).optional(),
  }),
]);

const base = { id: Slug.optional(), next: Next.optional() };

export const EXPECT_TYPES = ["text", "number", "choice", "yes_no", "scale"] as const;
export type ExpectType = (typeof EXPECT_TYPES)[number];

const SayStep = z.strictObject({ ...base, say: Text });

const AskStep = z.strictObject({
  ...base,
  ask: Text,
  expect: z.enum(EXPECT_TYPES).default("text"),
  choices: z.array(Choice).min(1).optional(),
  // Scales are 0-10 unless a measure needs another range.
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  into: VarName.optional(),
  // Extra rules on a parsed answer; `value` holds it. A rejection uses up a retry.
  reject: z.array(z.strictObject({ if: z.string().min(1), say: Text })).optional(),
  retries: z
    .strictObject({ max: z.number().int().min(0).max(10), say: Text, exhausted: Target })
    .optional(),
  timeout: z.strictObject({ after: Duration, next: Target, say: Text.optional() }).optional(),
  // A language model may mark the choices that seem to fit this variable's text ("may fit");
  // the patient still chooses. Without a model nothing changes.
  suggest_from: VarName.optional(),
  // Some questions (a screener mid-way) must not be interrupted by menu or help commands.
  interruptible: z.boolean().optional(),
});

const GenerateStep = z.strictObject({
  ...base,
  generate: z.strictObject({
    prompt: z.string().regex(/^[a-z0-9][a-z0-9_/-]*$/, "a prompt name in prompts/"),
    fallback: Text,
    into: VarName.optional(),
  }),
});

const SetStep = z.strictObject({ ...base, set: z.record(VarName, z.string().min(1)) });

const ActionStep = z.strictObject({
  ...base,
  action: z.string().regex(/^[a-z][a-z0-9_.]*$/, "an action name like measures.score"),
  args: z.record(z.string(), z.string()).optional(),
  into: VarName.optional(),
});

const CallStep = z.strictObject({ ...base, call: Slug });
// A link hands over for good, so it has no `next`.
const LinkStep = z.strictObject({ id: Slug.optional(), link: Slug, next: z.never().optional() });

/** Each step is named by exactly one of these keys. */
export const STEP_SCHEMAS = {
  say: SayStep,
  ask: AskStep,
  generate: GenerateStep,
  set: SetStep,
  action: ActionStep,
  call: CallStep,
  link: LinkStep,
} as const;
export type StepKind = keyof typeof STEP_SCHEMAS;
export const STEP_KINDS = Object.keys(STEP_SCHEMAS) as StepKind[];

export type SayStep = z.infer<typeof SayStep>;
export type AskStep = z.infer<typeof AskStep>;
export type GenerateStep = z.infer<typeof GenerateStep>;
export type SetStep = z.infer<typeof SetStep>;
export type ActionStep = z.infer<typeof ActionStep>;
export type CallStep = z.infer<typeof CallStep>;
export type LinkStep = z.infer<typeof LinkStep>;
export type Step =
  | ({ kind: "say" } & SayStep)
  | ({ kind: "ask" } & AskStep)
  | ({ kind: "generate" } & GenerateStep)
  | ({ kind: "set" } & SetStep)
  | ({ kind: "action" } & ActionStep)
  | ({ kind: "call" } & CallStep)
  | ({ kind: "link" } & LinkStep);

/** Where a flow shows in the patient's menu; flows without it are reached by call, link or assignment. */
const MenuEntry = z.strictObject({
  label: z.string().min(1),
  group: z.enum(["start", "prepare", "integrate", "skills", "relax", "measures", "safety"]),
  stage: z.enum(["any", "before", "after"]).default("any"),
  order: z.number().int().default(100),
});

export const FlowHeader = z.strictObject({
  id: Slug,
  version: z.union([z.number().int().positive(), z.string().min(1)]),
  title: z.string().min(1),
  description: z.string().min(1),
  audience: z.enum(["patient", "care_team"]).default("patient"),
  interruptible: z.boolean().default(true),
  expires_after: Duration.optional(),
  on_version_change: z.enum(["continue", "restart"]).default("continue"),
  vars: z.record(VarName, VarDecl).default({}),
  menu: MenuEntry.optional(),
  // Safety flows (crisis, screener) are started by the risk guard; only they may set this.
  safety: z.boolean().default(false),
  // Whether the care team may assign it (src/care/assign.ts). Unset: yes, unless it is a
  // safety or care-team flow or runs a data.* action (deletion); true overrides none of those.
  assignable: z.boolean().optional(),
  steps: z.array(z.record(z.string(), z.unknown())).min(1, "a flow needs at least one step"),
});
export type FlowHeader = z.infer<typeof FlowHeader>;

export interface VarDeclaration {
  type: VarType;
  default?: string | number | boolean | string[];
}

/** A loaded, validated flow: what the engine runs. Plain data, so a snapshot can be stored. */
export interface Flow extends Omit<FlowHeader, "steps" | "vars" | "expires_after"> {
  /** Content hash of the source: the flow's pinned identity. */
  hash: string;
  expires_after?: number;
  vars: Record<string, VarDeclaration>;
  steps: Step[];
  /** Step ids in file order (ids are generated for steps that have none). */
  order: string[];
}
