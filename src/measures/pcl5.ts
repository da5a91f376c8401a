import type { MeasureDefinition } from "./types.ts";

/** The 20 PCL-5 item ids, pcl5_1 … pcl5_20. */
const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `pcl5_${from + i}`);

/**
 * PTSD Checklist for DSM-5, standard past-month version (Weathers, Litz, Keane, Palmieri,
 * Marx & Schnurr 2013, National Center for PTSD), wording as published, including each
 * item's closing question mark.
 */
export const PCL5: MeasureDefinition = {
  id: "pcl5",
  title: "PCL-5",
  instructions: "In the past month, how much were you bothered by:",
  items: [
    {
      id: "pcl5_1",
      text: "Repeated, disturbing, and unwanted memories of the stressful experience?",
    },
    { id: "pcl5_2", text: "Repeated, disturbing dreams of the stressful experience?" },
    {
      id: "pcl5_3",
      text: "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?",
    },
    {
      id: "pcl5_4",
      text: "Feeling very upset when something reminded you of the stressful experience?",
    },
    {
      id: "pcl5_5",
      text: "Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?",
    },
    {
      id: "pcl5_6",
      text: "Avoiding memories, thoughts, or feelings related to the stressful experience?",
    },
    {
      id: "pcl5_7",
      text: "Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?",
    },
    { id: "pcl5_8", text: "Trouble remembering important parts of the stressful experience?" },
    {
      id: "pcl5_9",
      text: "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?",
    },
    {
      id: "pcl5_10",
      text: "Blaming yourself or someone else for the stressful experience or what happened after it?",
    },
    {
      id: "pcl5_11",
      text: "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
    },
    { id: "pcl5_12", text: "Loss of interest in activities that you used to enjoy?" },
    { id: "pcl5_13", text: "Feeling distant or cut off from other people?" },
    {
      id: "pcl5_14",
      text: "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?",
    },
    { id: "pcl5_15", text: "Irritable behavior, angry outbursts, or acting aggressively?" },
    { id: "pcl5_16", text: "Taking too many risks or doing things that could cause you harm?" },
    { id: "pcl5_17", text: 'Being "superalert" or watchful or on guard?' },
    { id: "pcl5_18", text: "Feeling jumpy or easily startled?" },
    { id: "pcl5_19", text: "Having difficulty concentrating?" },
    { id: "pcl5_20", text: "Trouble falling or staying asleep?" },
  ],
  options: [
    { value: 0, label: "Not at all" },
    { value: 1, label: "A little bit" },
    { value: 2, label: "Moderately" },
    { value: 3, label: "Quite a bit" },
    { value: 4, label: "Extremely" },
  ],
  scoring: "sum",
  // DSM-5 symptom clusters: B intrusion, C avoidance, D negative alterations in cognition and
  // mood, E alterations in arousal and reactivity.
  clusters: { B: ids(1, 5), C: ids(6, 7), D: ids(8, 14), E: ids(15, 20) },
  source:
    "PCL-5 (8/14/2013), Weathers, Litz, Keane, Palmieri, Marx & Schnurr, National Center for PTSD; ptsd.va.gov",
};
