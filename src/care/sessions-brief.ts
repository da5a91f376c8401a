import type { ConversationState } from "../engine/state.ts";
import { dateTime, quoted, record, validTime, words } from "./brief-data.ts";

// Brief sections for the between-session content (flows/flare-plan.yaml, flows/self-efficacy.yaml):
// the flare plan in the patient's words, and the weekly self-efficacy ratings over time.

const FLARE_LABELS = [
  ["signs", "First signs of a flare"],
  ["pace", "Doing less, not nothing"],
  ["soothe", "What soothes them"],
  ["reach_out", "Who they reach out to"],
  ["kind_words", "Kind words to themselves"],
] as const;

function section(heading: string, lines: readonly string[], empty: string): string[] {
  return ["", heading, ...(lines.length ? lines : [`- ${empty}`])];
}

/** The flare plan, field by field; empty when none is saved. */
export function flarePlanLines(state: ConversationState): string[] {
  const plan = record(state.user.flare_plan);
  if (!plan) return [];
  const lines = FLARE_LABELS.filter(([key]) => words(plan[key])).map(
    ([key, label]) => `- ${label}: ${quoted(plan[key])}`,
  );
  if (lines.length && validTime(plan.saved_at)) lines.push(`- Saved ${dateTime(plan.saved_at)}`);
  return lines;
}

/** Weekly self-efficacy ratings (0-10, Lantern's own question), oldest to newest, last 8. */
export function selfEfficacyLines(state: ConversationState): string[] {
  const list = Array.isArray(state.user.self_efficacy) ? state.user.self_efficacy : [];
  const ratings = list
    .map(record)
    .filter((r) => r && validTime(r.at) && typeof r.score === "number")
    .map((r) => ({ at: r?.at as string, score: r?.score as number }))
    .slice(-8);
  if (!ratings.length) return [];
  const series = ratings.map((r) => `${r.score} (${r.at.slice(0, 10)})`).join(" → ");
  return [
    `- ${series}`,
    "- Lantern's own question, not a validated scale: how sure they are they can manage pain and still do what matters (0 not at all, 10 completely)",
  ];
}

/** The brief's sections for these, in renderBrief's order (src/care/brief.ts). */
export function sessionContentSections(state: ConversationState): string[] {
  return [
    ...section("Flare plan (the patient's words)", flarePlanLines(state), "None written yet."),
    ...section(
      "Self-efficacy, weekly (oldest → newest)",
      selfEfficacyLines(state),
      "No ratings yet.",
    ),
  ];
}
