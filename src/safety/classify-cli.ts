import { createInterface } from "node:readline";
import { z } from "zod";
import { detectRisk } from "./detect.ts";

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/**
 * `lantern risk classify`: JSON lines {"id","text"} in, {"id","level","categories"} out, one
 * per input line, same order. A bad line gets {"id", "error"} and processing goes on.
 */
export async function classifyLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  let errors = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!raw.trim()) continue;
    let parsed: z.infer<typeof Line> | undefined;
    let id: unknown = null;
    try {
      const json = JSON.parse(raw) as { id?: unknown };
      id = json?.id ?? null;
      parsed = Line.parse(json);
    } catch (error) {
      errors++;
      const message = error instanceof z.ZodError ? 'expected {"id", "text"}' : "not valid JSON";
      output.write(`${JSON.stringify({ id, error: message })}\n`);
      continue;
    }
    const { level, categories } = detectRisk(parsed.text);
    output.write(`${JSON.stringify({ id: parsed.id, level, categories })}\n`);
  }
  return errors;
}
