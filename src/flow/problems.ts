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
