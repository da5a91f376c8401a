import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** One CLI command: what `--help` prints and which options it accepts (strictly). */
export interface CommandSpec {
  /** The words after `lantern`, e.g. "flows check". */
  name: string;
  usage: string;
  /** Option lines for `--help`, e.g. ["--user ID   the patient"]. */
  options?: string[];
  examples: string[];
  parse: Options;
  /** Positional arguments allowed (default: none). */
  positionals?: boolean;
}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** The `--help` text of a command. */
export function helpText(spec: CommandSpec): string {
  const options = [...(spec.options ?? []), "-h, --help    show this help"];
  return [
    `Usage: ${spec.usage}`,
    "",
    "Options:",
    ...options.map((line) => `  ${line}`),
    "",
    "Examples:",
    ...spec.examples.map((line) => `  ${line}`),
    "",
  ].join("\n");
}

/**
 * Parse `args` strictly for `spec`. Returns the values, or an exit code when the command must
 * not run: 0 after printing `--help` to `out`, 2 after a one-line error on `err`.
 */
export function parseCommand(
  spec: CommandSpec,
  args: string[],
  out: { write(text: string): unknown } = process.stdout,
  err: { write(text: string): unknown } = process.stderr,
): Parsed | number {
  let parsed: Parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: spec.positionals ?? false,
      options: { ...spec.parse, help: { type: "boolean", short: "h" } },
    }) as Parsed;
  } catch (error) {
    // node's message can go on with advice about "--"; its first sentence names the problem.
    const first = String((error as Error).message).split(/\n|\. (?=[A-Z])/)[0];
    err.write(`lantern ${spec.name}: ${first} (see lantern ${spec.name} --help)\n`);
    return 2;
  }
  if (parsed.values.help) {
    out.write(helpText(spec));
    return 0;
  }
  return parsed;
}
