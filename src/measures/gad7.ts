import { FREQUENCY_OPTIONS } from "./phq9.ts";
import type { MeasureDefinition } from "./types.ts";

/** Generalized Anxiety Disorder-7 (Spitzer, Kroenke, Williams & Löwe 2006), wording as published. */
export const GAD7: MeasureDefinition = {
  id: "gad7",
  title: "GAD-7",
  // The GAD-7 stem differs from the PHQ-9's: "by the following problems" (no "any of").
  instructions:
    "Over the last 2 weeks, how often have you been bothered by the following problems?",
  items: [
    { id: "gad7_1", text: "Feeling nervous, anxious, or on edge" },
    { id: "gad7_2", text: "Not being able to stop or control worrying" },
    { id: "gad7_3", text: "Worrying too much about different things" },
    { id: "gad7_4", text: "Trouble relaxing" },
    { id: "gad7_5", text: "Being so restless that it is hard to sit still" },
    { id: "gad7_6", text: "Becoming easily annoyed or irritable" },
    { id: "gad7_7", text: "Feeling afraid, as if something awful might happen" },
  ],
  options: FREQUENCY_OPTIONS,
  scoring: "sum",
  source:
    "GAD-7, Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues (Pfizer); phqscreeners.com",
};
