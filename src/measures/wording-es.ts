import { GAD7 } from "./gad7.ts";
import { PHQ9 } from "./phq9.ts";
import type { MeasureDefinition, MeasureOption } from "./types.ts";

// The published Spanish wording of the validated questionnaires Lantern gives in Spanish.
// flows/es/phq9.yaml, gad7.yaml and crisis-screener.yaml must use these texts verbatim; content
// checks compare them. Never reword them: a translation of our own would not be the validated
// instrument. Item ids and values are the English definitions', so scoring is unchanged.
//
// PCL-5 and PEG: no published Spanish version could be reproduced verbatim with a citation, so
// they are marked unavailable in Spanish (flows/es/pcl5.yaml, flows/es/peg.yaml).

/**
 * PHQ-9 and GAD-7 answer labels in Spanish. The PHQ-9 labels are the Pfizer Spanish (USA)
 * form's column headers ("Ningún día", "Varios días", ...).
 */
export const FREQUENCY_OPTIONS_ES: readonly MeasureOption[] = [
  { value: 0, label: "Ningún día" },
  { value: 1, label: "Varios días" },
  { value: 2, label: "Más de la mitad de los días" },
  { value: 3, label: "Casi todos los días" },
];

/**
 * PHQ-9, "Cuestionario sobre la salud del paciente-9", Spanish for the USA.
 * Source: the PHQ-9 Spanish form developed by Drs. Robert L. Spitzer, Janet B.W. Williams,
 * Kurt Kroenke and colleagues with an educational grant from Pfizer Inc. ("No se requiere
 * permiso para reproducir, traducir, presentar o distribuir"); phqscreeners.com, Spanish (USA).
 * Text as reproduced from that form (file PatientHealthQuestionnaire9_Spanish).
 */
export const PHQ9_ES: MeasureDefinition = {
  ...PHQ9,
  title: "PHQ-9",
  instructions:
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
  items: [
    { id: "phq9_1", text: "Poco interés o placer en hacer cosas" },
    { id: "phq9_2", text: "Se ha sentido decaído(a), deprimido(a) o sin esperanzas" },
    {
      id: "phq9_3",
      text: "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    },
    { id: "phq9_4", text: "Se ha sentido cansado(a) o con poca energía" },
    { id: "phq9_5", text: "Sin apetito o ha comido en exceso" },
    {
      id: "phq9_6",
      text: "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
    },
    {
      id: "phq9_7",
      text: "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
    },
    {
      id: "phq9_8",
      text: "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    },
    {
      id: "phq9_9",
      text: "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
    },
  ],
  options: FREQUENCY_OPTIONS_ES,
  source:
    "PHQ-9 en español (EE. UU.), Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas (Pfizer Inc.); phqscreeners.com",
};

/** The PHQ-9's closing, unscored item on the same Spanish form, and its four answers. */
export const PHQ9_DIFFICULTY_ES = {
  question:
    "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?",
  /** Keyed by the English flow's choice ids (flows/phq9.yaml, step difficulty). */
  options: {
    not: "No ha sido difícil",
    somewhat: "Un poco difícil",
    very: "Muy difícil",
    extremely: "Extremadamente difícil",
  },
} as const;

/**
 * GAD-7, Spanish for the USA, from the same Pfizer / phqscreeners.com set as the PHQ-9.
 * Item wording as it appears, identically, in several independent reproductions of that form.
 * The answer labels reuse the PHQ-9 Spanish form's headers; reproductions of the GAD-7 differ
 * here ("Nunca", "Para nada"), so check them against the phqscreeners.com PDF before going live.
 */
export const GAD7_ES: MeasureDefinition = {
  ...GAD7,
  title: "GAD-7",
  instructions:
    "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?",
  items: [
    { id: "gad7_1", text: "Sentirse nervioso(a), ansioso(a) o con los nervios de punta" },
    {
      id: "gad7_2",
      text: "No poder dejar de preocuparse o no poder controlar la preocupación",
    },
    { id: "gad7_3", text: "Preocuparse demasiado por diferentes cosas" },
    { id: "gad7_4", text: "Dificultad para relajarse" },
    {
      id: "gad7_5",
      text: "Estar tan inquieto(a) que es difícil permanecer sentado(a) tranquilamente",
    },
    { id: "gad7_6", text: "Molestarse o ponerse irritable fácilmente" },
    { id: "gad7_7", text: "Sentir miedo como si algo terrible pudiera pasar" },
  ],
  options: FREQUENCY_OPTIONS_ES,
  source:
    "GAD-7 en español (EE. UU.), Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas (Pfizer Inc.); phqscreeners.com",
};

/** One C-SSRS screener question, keyed by the English flow's step id. */
export interface ScreenerQuestion {
  step: "q1" | "q2" | "q3" | "q4" | "q5" | "q6" | "q6_when";
  text: string;
}

/**
 * C-SSRS screener, "Escala de Columbia para evaluar el riesgo de suicidio (C-SSRS)", screen
 * version, recent ("versión de pesquisaje / exploratoria reciente"), Spanish.
 * Source: The Columbia Lighthouse Project (cssrs.columbia.edu), Posner et al., Am J Psychiatry
 * 2011; Spanish validation Al-Halabí et al., Rev Psiquiatr Salud Ment 2016;9(3):134-142.
 * Text as reproduced from the Columbia Spanish screener; questions 1-4 and the 3-month
 * follow-up agree word for word across independent reproductions. Check it against the
 * Columbia PDF for your country before going live.
 */
export const CSSRS_SCREENER_ES = {
  timeframe: "Pasado mes",
  questions: [
    { step: "q1", text: "¿Ha deseado estar muerto(a) o poder dormirse y no despertar?" },
    { step: "q2", text: "¿Ha tenido realmente la idea de suicidarse?" },
    { step: "q3", text: "¿Ha pensado en cómo llevaría esto a cabo?" },
    {
      step: "q4",
      text: "¿Ha tenido estas ideas y en cierto grado la intención de llevarlas a cabo?",
    },
    {
      step: "q5",
      text: "¿Ha comenzado a elaborar o ha elaborado los detalles sobre cómo suicidarse? ¿Tenía intenciones de llevar a cabo este plan?",
    },
    {
      step: "q6",
      text: "¿Alguna vez ha hecho algo usted, comenzado a hacer algo o se ha preparado para hacer algo para terminar su vida?",
    },
    { step: "q6_when", text: "¿Fue esto en los últimos 3 meses?" },
  ] satisfies readonly ScreenerQuestion[],
  source:
    "Escala de Columbia para evaluar el riesgo de suicidio (C-SSRS), versión de pesquisaje reciente, en español; The Columbia Lighthouse Project, cssrs.columbia.edu",
} as const;

/** Why PCL-5 and PEG are not offered in Spanish (shown in flows/es/pcl5.yaml and peg.yaml). */
export const UNAVAILABLE_ES = {
  pcl5: "No published Spanish PCL-5 could be reproduced verbatim with a citation (the National Center for PTSD lists translations it has not validated); a translation of our own would not be the validated instrument. Offer it in English or on paper.",
  peg: "No published Spanish PEG (Krebs et al. 2009) could be reproduced verbatim with a citation; a translation of our own would not be the validated instrument. Offer it in English or on paper.",
} as const;

/**
 * The score bands (src/measures/score.ts BANDS labels) in Spanish, for a Spanish patient's
 * result message ("en el rango leve"). Not wired in yet: flow.result.band is still the English
 * label, so a Spanish result reads "en el rango mild" until the engine renders it per language.
 */
export const BAND_LABELS_ES: Readonly<Record<string, string>> = {
  minimal: "mínimo",
  mild: "leve",
  moderate: "moderado",
  "moderately severe": "moderadamente grave",
  severe: "grave",
  "n/a": "sin rango",
};
