// Problem moved to src/problems.ts, below both flow and prompts (src/prompts/templates.ts reports
// template problems too, and prompts sits under flow). Kept so flow's importers need not change.
export { formatProblem, type Problem } from "../problems.ts";
