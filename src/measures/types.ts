/** The validated questionnaires Lantern administers. */
export type MeasureId = "phq9" | "gad7" | "pcl5" | "peg";

/** How the item answers combine into the total. */
export type Scoring = "sum" | "mean";

/** One answer choice, shown with its published label; `value` is what gets scored. */
export interface MeasureOption {
  value: number;
  label: string;
}

/** A numeric rating scale whose two ends carry published anchor labels (PEG items). */
export interface ItemScale {
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}

/** One questionnaire item, worded exactly as published. */
export interface MeasureItem {
  /** Stable id, e.g. "phq9_1"; item numbers are 1-based as on the published form. */
  id: string;
  text: string;
  /** Present when the item has its own anchors instead of the measure-wide option labels. */
  scale?: ItemScale;
}

/**
 * A questionnaire as data. Items, stem and option labels are the published wording:
 * changing them changes what the score means, so treat them as fixed text.
 */
export interface MeasureDefinition {
  id: MeasureId;
  title: string;
  /** The published stem shown before the items. */
  instructions: string;
  items: readonly MeasureItem[];
  /** Allowed answers for every item; the valid range is their min to max. */
  options: readonly MeasureOption[];
  scoring: Scoring;
  /** Symptom clusters as lists of item ids (PCL-5 only). */
  clusters?: Readonly<Record<string, readonly string[]>>;
  /** Where the published form comes from, for whoever has to check the wording. */
  source: string;
}

/** A scored administration of one measure. */
export interface MeasureResult {
  measure: MeasureId;
  /** Sum, or for PEG the mean rounded to 1 decimal. */
  total: number;
  /** Severity band label, or "n/a" when the measure has no bands (PEG). */
  band: string;
  /** Machine-readable flags the caller must act on, e.g. "phq9_item9_positive". */
  flags: string[];
  /** The answers as given, in item order. */
  answers: number[];
  /** ISO 8601 time the answers were given. */
  at: string;
  /** Cluster subtotals (PCL-5: B, C, D, E). */
  clusters?: Record<string, number>;
}
