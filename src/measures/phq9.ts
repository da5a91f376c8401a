import type { MeasureDefinition, MeasureOption } from "./types.ts";

/** Answer options shared by the PHQ-9 and GAD-7 (same published labels and values). */
export const FREQUENCY_OPTIONS: readonly MeasureOption[] = [
  { value: 0, label: "Not at all" },
  { value: 1, label: "Several days" },
  { value: 2, label: "More than half the days" },
  { value: 3, label: "Nearly every day" },
];

/** Patient Health Questionnaire-9 (Kroenke, Spitzer & Williams 2001), wording as published. */
export const PHQ9: MeasureDefinition = {
  id: "phq9",
  title: "PHQ-9",
  instructions:
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    { id: "phq9_1", text: "Little interest or pleasure in doing things" },
    { id: "phq9_2", text: "Feeling down, depressed, or hopeless" },
    { id: "phq9_3", text: "Trouble falling or staying asleep, or sleeping too much" },
    { id: "phq9_4", text: "Feeling tired or having little energy" },
    { id: "phq9_5", text: "Poor appetite or overeating" },
    {
      id: "phq9_6",
      text: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    },
    {
      id: "phq9_7",
      text: "Trouble concentrating on things, such as reading the newspaper or watching television",
    },
    {
      id: "phq9_8",
      text: "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    },
    {
      id: "phq9_9",
      text: "Thoughts that you would be better off dead or of hurting yourself in some way",
    },
  ],
  options: FREQUENCY_OPTIONS,
  scoring: "sum",
  source:
    "PHQ-9, Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues (Pfizer); phqscreeners.com",
};
