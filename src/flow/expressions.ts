import { Environment, type ParseResult } from "@marcbachmann/cel-js";
import type { Flow, VarDeclaration, VarType } from "./schema.ts";

// Conditions, `set` values and action args are CEL (Common Expression Language): no eval,
// no loops, type-checked against the variables a flow declares when the flow loads.

const CEL_TYPE: Record<VarType, string> = {
  string: "string",
  number: "double",
  boolean: "bool",
  list: "list<string>",
};

const ZERO: Record<VarType, string | number | boolean | string[]> = {
  string: "",
  number: 0,
  boolean: false,
  list: [],
};

/** Read-only facts about the current turn, visible to conditions as `turn.*`. */
export const TURN_SCHEMA = {
  text: "string",
  risk: "string",
  attempt: "double",
  channel: "string",
  /** How many languages the clinic offers (English plus flows/<lang>/ folders). */
  languages: "double",
};

/** The type of `value` (the parsed answer) in an ask's reject rules, by expect type. */
export const VALUE_TYPE = {
  text: "string",
  number: "double",
  scale: "double",
  choice: "string",
  yes_no: "bool",
};

type Scope = "user" | "session" | "flow";
const SCOPES: Scope[] = ["user", "session", "flow"];

function scopeSchema(vars: Record<string, VarDeclaration>, scope: Scope): Record<string, string> {
  const schema: Record<string, string> = {};
  for (const [name, decl] of Object.entries(vars)) {
    if (name.startsWith(`${scope}.`)) schema[name.slice(scope.length + 1)] = CEL_TYPE[decl.type];
  }
  return schema;
}

/** A CEL environment with a flow's declared variables (and optionally `value`). */
export function environmentFor(flow: Pick<Flow, "vars">, valueType?: string): Environment {
  const env = new Environment({ unlistedVariablesAreDyn: false });
  for (const scope of SCOPES)
    env.registerVariable({ name: scope, schema: scopeSchema(flow.vars, scope) });
  env.registerVariable({ name: "turn", schema: TURN_SCHEMA });
  if (valueType) env.registerVariable("value", valueType);
  // Flow authors write `flow.count + 1`; CEL would otherwise demand `1.0`.
  for (const op of ["+", "-", "*", "/"] as const) {
    const apply = (a: number, b: number) =>
      op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
    env.registerOperator(`double ${op} int`, (a: number, b: bigint) => apply(a, Number(b)));
    env.registerOperator(`int ${op} double`, (a: bigint, b: number) => apply(Number(a), b));
  }
  return env;
}

/** The value of every declared variable of one scope: stored value, else default, else zero. */
export function scopeValues(
  flow: Pick<Flow, "vars">,
  scope: Scope,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, decl] of Object.entries(flow.vars)) {
    if (!name.startsWith(`${scope}.`)) continue;
    const key = name.slice(scope.length + 1);
    values[key] = stored[key] ?? decl.default ?? ZERO[decl.type];
  }
  return values;
}

/** CEL returns bigint for integers; stored state is JSON, so numbers are plain numbers. */
export function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

/** Compiles each expression once per flow version and environment. */
export class ExpressionCache {
  readonly #compiled = new Map<string, ParseResult>();
  readonly #envs = new Map<string, Environment>();

  compile(flow: Pick<Flow, "vars" | "hash">, expression: string, valueType?: string): ParseResult {
    const key = `${flow.hash}\u0000${valueType ?? ""}\u0000${expression}`;
    let compiled = this.#compiled.get(key);
    if (!compiled) {
      const envKey = `${flow.hash}\u0000${valueType ?? ""}`;
      let env = this.#envs.get(envKey);
      if (!env) {
        env = environmentFor(flow, valueType);
        this.#envs.set(envKey, env);
      }
      compiled = env.parse(expression);
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }
}
