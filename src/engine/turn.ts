import { klona } from "klona/json";
import type { FlowCatalog } from "../flow/catalog.ts";
import { ExpressionCache, scopeValues, toPlain } from "../flow/expressions.ts";
import type { Flow, Step, Text } from "../flow/schema.ts";
import { renderSlots } from "../prompts/templates.ts";
import type { EngineAlert } from "../safety/alert.ts";
import type { RiskLevel } from "../safety/types.ts";
import { localeOf } from "./locale.ts";
import { type SlotDisplay, slotDisplay } from "./slot-display.ts";
import {
  type Choice,
  type ConversationState,
  type Frame,
  HISTORY_LIMIT,
  type OutboxItem,
} from "./state.ts";
import type { EngineServices } from "./types.ts";

const expressions = new ExpressionCache();

/** Built-in texts the engine itself sends; clinics edit them in prompts/system/. */
export const SYSTEM_TEMPLATES = [
  "system/menu",
  "system/help",
  "system/stopped",
  "system/retry",
  "system/exhausted",
  "system/stale-button",
  "system/resume",
  "system/flow-updated",
  "system/flow-gone",
  "system/error",
  "system/safety-fallback",
  "system/no-crisis-flow",
  "system/not-enrolled",
  "system/paused",
  "system/routed",
  "system/resumed",
  "system/not-paused",
  "system/assigned-waiting",
  "system/invite-invalid",
  "system/store-down",
  "system/safety-left",
  "system/safety-continue",
  "system/safety-heard",
  "system/medicine-question",
  "system/disclosure",
  "system/disclosure-return",
  "system/distress",
  "system/skill-offer",
] as const;
export type SystemTemplate = (typeof SYSTEM_TEMPLATES)[number];

/** The mutable working copy of one turn: a clone of the state plus what the turn emits. */
export class Turn {
  readonly state: ConversationState;
  readonly emitted: OutboxItem[] = [];
  readonly now: Date;
  readonly at: string;
  text = "";
  risk: RiskLevel = "none";

  readonly flows: FlowCatalog;
  readonly services: EngineServices;

  constructor(flows: FlowCatalog, state: ConversationState, now: Date, services: EngineServices) {
    // The patient's language, read on every lookup: a switch mid-turn applies at once.
    this.flows = flows.forLocale(() => localeOf(this.state, flows.defaultLocale));
    this.services = services;
    // klona/json: the state is plain JSON (zod-checked); ten times faster than structuredClone.
    // History entries are never changed once written, so the copy shares them.
    this.state = klona({ ...state, history: [] });
    this.state.history = state.history.slice();
    this.now = now;
    this.at = now.toISOString();
  }

  /** A new id unique within this conversation and stable for a replayed turn. */
  nextId(prefix: string): string {
    this.state.seq += 1;
    return `${prefix}-${this.state.id}-${this.state.seq}`;
  }

  top(): Frame | undefined {
    return this.state.stack.at(-1);
  }

  #push(item: OutboxItem): void {
    this.emitted.push(item);
    this.state.outbox.push(item);
  }

  /** Queue a message to the patient. */
  say(text: string, extra: { choices?: Choice[]; prompt?: string; expect?: string } = {}): void {
    if (!text.trim()) return;
    const item = {
      id: this.nextId("m"),
      createdAt: this.at,
      attempts: 0,
      kind: "message" as const,
      text,
    };
    this.#push({ ...item, ...extra });
    this.remember("bot", text);
  }

  alert(alert: EngineAlert): string {
    const id = this.nextId("alert");
    this.#push({ id, createdAt: this.at, attempts: 0, kind: "alert", alert });
    return id;
  }

  effect(name: string, args: Record<string, unknown>): void {
    this.#push({
      id: this.nextId("fx"),
      createdAt: this.at,
      attempts: 0,
      kind: "effect",
      name,
      args,
    });
  }

  remember(from: "patient" | "bot", text: string, risk?: RiskLevel): void {
    this.state.history.push({ at: this.at, from, text, ...(risk ? { risk } : {}) });
    if (this.state.history.length > HISTORY_LIMIT)
      this.state.history.splice(0, this.state.history.length - HISTORY_LIMIT);
  }

  /** Values for {{slots}} and CEL: scopes as the given flow declares them, plus globals. */
  scope(flow?: Flow, frame?: Frame): Record<string, unknown> {
    const user = flow
      ? { ...this.state.user, ...scopeValues(flow, "user", this.state.user) }
      : this.state.user;
    const session = flow
      ? { ...this.state.session, ...scopeValues(flow, "session", this.state.session) }
      : this.state.session;
    const vars = flow && frame ? scopeValues(flow, "flow", frame.vars) : {};
    return {
      ...this.services.globals?.(localeOf(this.state, this.flows.defaultLocale)),
      user,
      session,
      flow: vars,
      turn: {
        text: this.text,
        risk: this.risk,
        attempt: frame?.waiting?.attempt ?? 0,
        channel: this.state.channel,
        languages: this.flows.languages.length,
      },
    };
  }

  /** Render inline text or a template with the scope of `flow`. */
  render(text: Text, flow?: Flow, frame?: Frame): string {
    const source =
      typeof text === "string" ? text : (this.flows.templates.get(text.template)?.body ?? "");
    // Most texts have no slots; building the scope costs more than the rest of the step.
    if (!source.includes("{{")) return source;
    return renderSlots(source, this.scope(flow, frame), this.display(flow));
  }

  /** How slot values read in the patient's language (band words, choice labels); none in English. */
  display(flow?: Flow): SlotDisplay | undefined {
    const language = this.flows.languageFor(localeOf(this.state, this.flows.defaultLocale));
    return slotDisplay(language, flow, () => this.flows.list());
  }

  system(name: SystemTemplate, extra: { choices?: Choice[]; prompt?: string } = {}): void {
    this.say(this.render({ template: name }), extra);
  }

  /** Evaluate a CEL expression in a flow's scope (with `value` for reject rules). */
  evaluate(
    flow: Flow,
    frame: Frame,
    expression: string,
    value?: { type: string; value: unknown },
  ): unknown {
    const compiled = expressions.compile(flow, expression, value?.type);
    const context = this.scope(flow, frame);
    return toPlain(compiled(value ? { ...context, value: value.value } : context));
  }

  /** Store a value into user.*, session.* or flow.*. */
  assign(name: string, value: unknown, frame: Frame): void {
    const [scope, key] = name.split(".") as [string, string];
    if (scope === "user") this.state.user[key] = value;
    else if (scope === "session") this.state.session[key] = value;
    else frame.vars[key] = value;
  }

  /** The flow version a frame runs: its pinned snapshot. */
  flowOf(frame: Frame): Flow | undefined {
    return this.flows.byHash(frame.hash);
  }

  stepOf(flow: Flow, stepId: string): Step | undefined {
    const index = flow.order.indexOf(stepId);
    return index < 0 ? undefined : flow.steps[index];
  }
}
