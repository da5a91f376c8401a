import { createInterface } from "node:readline";
import { z } from "zod";
import { detectRisk } from "../safety/detector/detect.ts";

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/**
 * Classify JSON lines {"id","text"} from `input` into JSON lines {"id","level","categories"}
 * on `output`, one per input line, in order. A malformed line gets {"id": <id or null>,
 * "error": "..."} on `output` and a message on `errors` (default: process.stderr); processing
 * never stops. Blank lines are skipped. Resolves to the number of malformed lines.
 * Patient text is never echoed in errors.
 */
export async function classifyLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let failed = 0;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      failed++;
      await write(output, { id: null, error: "invalid JSON" });
      await write(errors, `line ${lineNo}: invalid JSON`, true);
      continue;
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) {
      failed++;
      const id = idOf(json);
      const error = parsed.error.issues
        .map((i) => `${i.path.join(".") || "line"}: ${i.message}`)
        .join("; ");
      await write(output, { id, error });
      await write(errors, `line ${lineNo}: ${error}`, true);
      continue;
    }
    const { level, categories } = detectRisk(parsed.data.text);
    await write(output, { id: parsed.data.id, level, categories });
  }
  return failed;
}

function idOf(json: unknown): string | number | null {
  if (json !== null && typeof json === "object" && "id" in json) {
    const id = (json as { id: unknown }).id;
    if (typeof id === "string" || typeof id === "number") return id;
  }
  return null;
}

// Respect backpressure so a large batch does not buffer the whole output in memory.
function write(stream: NodeJS.WritableStream, value: unknown, plain = false): Promise<void> {
  const line = `${plain ? String(value) : JSON.stringify(value)}\n`;
  return new Promise((resolve) => {
    if (stream.write(line)) resolve();
    else stream.once("drain", () => resolve());
  });
}
