// The rule layer's public entry; the detector itself lives in ./detector/.

export { assessRisk, type RiskClassifier } from "./detector/combine.ts";
export { detectRisk, isDetectorWarm, warmDetector } from "./detector/detect.ts";
