import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { TelegramChannel } from "../../adapters/telegram/channel.ts";
import { BOT, TEST_TOKEN, textUpdate } from "../support/telegram-server.ts";

// Telegram's from.language_code becomes the inbound's locale (the language only), which sets a
// patient's language until they choose one (src/engine/locale.ts). No network: normalise only.
const channel = new TelegramChannel({ bot: new Bot(TEST_TOKEN, { botInfo: BOT }) });

function withLanguage(code: string | undefined): Update {
  const update = textUpdate(42, "hola") as { message: { from: Record<string, unknown> } };
  if (code === undefined) delete update.message.from.language_code;
  else update.message.from.language_code = code;
  return { update_id: 1, ...update } as unknown as Update;
}

describe("Telegram language_code", () => {
  it("maps es, es-419 and pt-br to their language", () => {
    expect(channel.normalise(withLanguage("es"))?.locale).toBe("es");
    expect(channel.normalise(withLanguage("es-419"))?.locale).toBe("es");
    expect(channel.normalise(withLanguage("pt-br"))?.locale).toBe("pt");
  });

  it("leaves the locale unset without a usable code", () => {
    expect(channel.normalise(withLanguage(undefined))?.locale).toBeUndefined();
    expect(channel.normalise(withLanguage("1"))?.locale).toBeUndefined();
  });
});
