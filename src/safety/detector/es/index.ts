import type { Rule } from "../rules.ts";
import { SPANISH_ACTS_FRAME_RULES, SPANISH_ACTS_RULES } from "./acts.ts";
import { SPANISH_ACUTE_RULES } from "./acute.ts";
import { SPANISH_DOSING_RULES } from "./dosing.ts";
import { SPANISH_FINAL_NIGHT_RULES } from "./final-night.ts";
import { SPANISH_HELD_RULES } from "./held.ts";
import { SPANISH_HELD_MORE_RULES } from "./held-more.ts";
import { SPANISH_HELD_PLAN_RULES } from "./held-plans.ts";
import {
  SPANISH_INTENT_ABUSE_RULES,
  SPANISH_INTENT_HARM_RULES,
  SPANISH_INTENT_MEDICAL_RULES,
  SPANISH_INTENT_MISUSE_RULES,
  SPANISH_INTENT_RULES,
  SPANISH_INTENT_SELF_HARM_RULES,
} from "./intent.ts";
import { SPANISH_DISTRESS_RULES, SPANISH_MEDICAL_RULES } from "./medical.ts";
import {
  SPANISH_ABUSE_RULES,
  SPANISH_HARM_OTHERS_RULES,
  SPANISH_SELF_HARM_RULES,
} from "./others.ts";
import { SPANISH_PLAIN_RULES } from "./plain.ts";
import { SPANISH_PLAIN_LAST_RULES } from "./plain-last.ts";
import { SPANISH_PLAIN_MORE_RULES } from "./plain-more.ts";
import { SPANISH_ROUND_13_RULES } from "./round-13.ts";
import { SPANISH_ROUND_13_MORE_RULES } from "./round-13-more.ts";
import { SPANISH_ROUND_13_THOUGHT_RULES } from "./round-13-thoughts.ts";
import { SPANISH_ROUND_15_RULES } from "./round-15.ts";
import { SPANISH_ROUND_15_MORE_RULES } from "./round-15-more.ts";
import { SPANISH_ROUND_15_PLAN_RULES } from "./round-15-plans.ts";
import { SPANISH_ROUND_16_RULES } from "./round-16.ts";
import { SPANISH_ROUND_16_LEVEL_RULES } from "./round-16-levels.ts";
import { SPANISH_ROUND_16_MORE_RULES } from "./round-16-more.ts";
import { SPANISH_ROUND_17_RULES } from "./round-17.ts";
import { SPANISH_ROUND_17_OTHER_RULES } from "./round-17-others.ts";
import { SPANISH_ROUND_18_RULES } from "./round-18.ts";
import { SPANISH_ROUND_18_OTHER_RULES } from "./round-18-others.ts";
import { SPANISH_ROUND_19_RULES } from "./round-19.ts";
import { SPANISH_ROUND_19_OTHER_RULES } from "./round-19-others.ts";
import { SPANISH_ROUND_21_RULES } from "./round-21.ts";
import { SPANISH_ROUND_23_RULES } from "./round-23.ts";
import { SPANISH_FRAME_RULES, SPANISH_SUICIDE_RULES } from "./suicide.ts";
import { SPANISH_WISH_RULES } from "./wishes.ts";

/**
 * Every Spanish rule, primary and framed (framed rules carry `frame`, so the detector reads
 * them only next to suicide or self-harm risk). Registered once in ../detect.ts.
 */
export const SPANISH_RULES: Rule[] = [
  ...SPANISH_SUICIDE_RULES,
  ...SPANISH_PLAIN_LAST_RULES,
  ...SPANISH_ROUND_13_RULES,
  ...SPANISH_ROUND_13_THOUGHT_RULES,
  ...SPANISH_ROUND_13_MORE_RULES,
  ...SPANISH_ROUND_15_RULES,
  ...SPANISH_ROUND_15_MORE_RULES,
  ...SPANISH_ROUND_15_PLAN_RULES,
  ...SPANISH_ROUND_16_RULES,
  ...SPANISH_ROUND_16_MORE_RULES,
  ...SPANISH_ROUND_16_LEVEL_RULES,
  ...SPANISH_ROUND_17_RULES,
  ...SPANISH_ROUND_17_OTHER_RULES,
  ...SPANISH_ROUND_18_RULES,
  ...SPANISH_ROUND_18_OTHER_RULES,
  ...SPANISH_ROUND_19_RULES,
  ...SPANISH_ROUND_19_OTHER_RULES,
  ...SPANISH_ROUND_21_RULES,
  ...SPANISH_ROUND_23_RULES,
  ...SPANISH_FINAL_NIGHT_RULES,
  ...SPANISH_HELD_RULES,
  ...SPANISH_HELD_MORE_RULES,
  ...SPANISH_HELD_PLAN_RULES,
  ...SPANISH_ACUTE_RULES,
  ...SPANISH_SELF_HARM_RULES,
  ...SPANISH_HARM_OTHERS_RULES,
  ...SPANISH_ABUSE_RULES,
  ...SPANISH_MEDICAL_RULES,
  ...SPANISH_DISTRESS_RULES,
  ...SPANISH_PLAIN_RULES,
  ...SPANISH_PLAIN_MORE_RULES,
  ...SPANISH_WISH_RULES,
  ...SPANISH_INTENT_RULES,
  ...SPANISH_INTENT_SELF_HARM_RULES,
  ...SPANISH_INTENT_ABUSE_RULES,
  ...SPANISH_INTENT_HARM_RULES,
  ...SPANISH_INTENT_MISUSE_RULES,
  ...SPANISH_INTENT_MEDICAL_RULES,
  ...SPANISH_ACTS_RULES,
  ...SPANISH_DOSING_RULES,
  ...SPANISH_FRAME_RULES,
  ...SPANISH_ACTS_FRAME_RULES,
];
