export { GAD7 } from "./gad7.ts";
export { PCL5 } from "./pcl5.ts";
export { PEG } from "./peg.ts";
export { FREQUENCY_OPTIONS, PHQ9 } from "./phq9.ts";
export {
  DEFAULT_PCL5_CUTOFF,
  MEASURES,
  NO_BAND,
  PCL5_PROVISIONAL_PTSD,
  PHQ9_ITEM9_POSITIVE,
  type ScoreOptions,
  scoreMeasure,
} from "./score.ts";
export { MEANINGFUL_CHANGE, type Trend, type TrendArrow, trend } from "./trend.ts";
export type {
  ItemScale,
  MeasureDefinition,
  MeasureId,
  MeasureItem,
  MeasureOption,
  MeasureResult,
  Scoring,
} from "./types.ts";
