// One thing wrong in a flow, template or config file, in the form editors and CI logs link to.
// The lowest layer (with errors and log): flow, prompts and config all report problems.
/** One thing wrong in a flow or template, pointing at the line a person should open. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** `file:line: message`, the form editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
