import type { ItemScale, MeasureDefinition } from "./types.ts";

const INTERFERENCE: ItemScale = {
  min: 0,
  max: 10,
  minLabel: "Does not interfere",
  maxLabel: "Completely interferes",
};

/**
 * PEG: Pain average, interference with Enjoyment of life, and with General activity
 * (Krebs et al. 2009, J Gen Intern Med 24:733–738), items and anchors as published.
 */
export const PEG: MeasureDefinition = {
  id: "peg",
  title: "PEG",
  // The PEG form has no stem of its own (each item is a full question); this line is ours.
  instructions: "Choose one number from 0 to 10 for each question.",
  items: [
    {
      id: "peg_1",
      text: "What number best describes your pain on average in the past week?",
      scale: { min: 0, max: 10, minLabel: "No pain", maxLabel: "Pain as bad as you can imagine" },
    },
    {
      id: "peg_2",
      text: "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
      scale: INTERFERENCE,
    },
    {
      id: "peg_3",
      text: "What number best describes how, during the past week, pain has interfered with your general activity?",
      scale: INTERFERENCE,
    },
  ],
  // Plain 0–10 numbers; the words live on each item's scale anchors.
  options: Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) })),
  scoring: "mean",
  source: "PEG, Krebs EE et al. J Gen Intern Med 2009;24(6):733–738, Figure 1",
};
