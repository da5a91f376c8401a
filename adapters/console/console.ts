import { randomUUID } from "node:crypto";
import { createInterface, type Interface } from "node:readline";
import type {
  Alert,
  ChannelAdapter,
  Inbound,
  InboundSink,
  Notifier,
  OutboxMessage,
} from "#lantern";

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  userId?: string;
  /** Show a prompt and colours (a person at a terminal); off when piped. */
  interactive?: boolean;
  /**
   * Terminal-only lines (`/advance 1d` with `lantern chat --clock`): return true when the line
   * was handled here and is not a message for Lantern.
   */
  local?: (line: string) => Promise<boolean>;
}

/**
 * The terminal channel: try Lantern without any platform. Interactive at a TTY; when piped,
 * one message per input line, so `printf 'hi\n1\n' | npx lantern chat` works in a script.
 */
export class ConsoleChannel implements ChannelAdapter<string> {
  readonly name = "console";
  readonly userId: string;
  readonly #input: NodeJS.ReadableStream;
  readonly #output: NodeJS.WritableStream;
  readonly #interactive: boolean;
  readonly #local: ConsoleOptions["local"];
  readonly #session = randomUUID().slice(0, 8);
  #count = 0;
  #rl: Interface | undefined;
  #closed: Promise<void> | undefined;

  constructor(options: ConsoleOptions = {}) {
    this.#input = options.input ?? process.stdin;
    this.#output = options.output ?? process.stdout;
    this.userId = options.userId ?? "local";
    this.#interactive = options.interactive ?? Boolean((this.#input as { isTTY?: boolean }).isTTY);
    this.#local = options.local;
  }

  /** One typed line becomes one text message; the dedupe key is unique per line. */
  normalise(line: string): Inbound | null {
    const text = line.replace(/\r$/, "");
    if (!text.trim()) return null;
    this.#count += 1;
    return {
      channel: this.name,
      userId: this.userId,
      messageId: `${this.#session}-${this.#count}`,
      kind: "text",
      text,
    };
  }

  async send(_userId: string, message: OutboxMessage): Promise<void> {
    const lines = [`${this.#interactive ? "\x1b[36mLantern:\x1b[0m" : "Lantern:"} ${message.text}`];
    // Scales and numbers are typed; numbered choices would clash with the answer.
    if (message.choices?.length && message.expect !== "scale" && message.expect !== "number") {
      message.choices.forEach((choice, i) => {
        lines.push(`  ${i + 1}. ${choice.label}`);
      });
    }
    this.#output.write(`${lines.join("\n")}\n`);
  }

  async start(sink: InboundSink): Promise<void> {
    const rl = createInterface({ input: this.#input, terminal: false });
    this.#rl = rl;
    if (this.#interactive) this.#output.write("(Type a message. Ctrl+D to leave.)\nyou> ");
    // Lines are handled one at a time, in order, like a patient typing.
    let queue = Promise.resolve();
    this.#closed = new Promise((resolve) => {
      rl.on("line", (line) => {
        queue = queue.then(async () => {
          const handled = (await this.#local?.(line)) ?? false;
          const inbound = handled ? null : this.normalise(line);
          if (inbound) await sink(inbound);
          if (this.#interactive) this.#output.write("you> ");
        });
      });
      rl.on("close", () => {
        void queue.then(resolve);
      });
    });
  }

  /** Resolves when the input has ended and every line has been handled. */
  finished(): Promise<void> {
    return this.#closed ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    this.#rl?.close();
  }
}

/** Shows, in the terminal, the alert the care team would receive. */
export class ConsoleNotifier implements Notifier {
  readonly name = "console";
  readonly #output: NodeJS.WritableStream;

  constructor(output: NodeJS.WritableStream = process.stdout) {
    this.#output = output;
  }

  async notify(alert: Alert): Promise<void> {
    const categories = alert.categories.join(", ");
    const level = alert.level.toUpperCase();
    const who = ` patient ${alert.patient}`;
    const why = alert.reason ? ` reason ${alert.reason}` : "";
    const excerpt = alert.excerpt ? `\n  excerpt: ${alert.excerpt}` : "";
    this.#output.write(
      `[care-team alert ${alert.id}] level ${level}${categories ? ` (${categories})` : ""}${who}${why}${excerpt}\n`,
    );
  }
}
