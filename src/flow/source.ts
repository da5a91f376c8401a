import { type Document, isNode, LineCounter, parseDocument } from "yaml";
import type { Problem } from "./problems.ts";

/** A parsed YAML file that can tell the line of any path inside it. */
export interface YamlSource {
  file: string;
  data: unknown;
  problems: Problem[];
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Parse YAML text, keeping positions so every later problem can name its line. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    message: error.message.split("\n")[0] ?? error.message,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file, data: doc.errors.length ? undefined : doc.toJS(), problems, lineOf };
}
