// The rule layer's public entry; the detector itself lives in ./detector/.

export { assessRisk, type RiskClassifier } from "./detector/combine.ts";
export { detectRisk } from "./detector/detect.ts";
