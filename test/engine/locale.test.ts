import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import type { Inbound } from "../../src/engine/types.ts";
import { Transcript, TranscriptHarness } from "../support/transcript.ts";

// A patient's language through the real runtime (docs/i18n.md): the fixture flows in
// test/fixtures/i18n/flows (hello translated, survey unavailable in Spanish, plain not yet
// translated) plus the real language flow, with the real prompts/ and prompts/es/.

function fixtureFlows(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "lantern-i18n-")), "flows");
  cpSync("test/fixtures/i18n/flows", dir, { recursive: true });
  cpSync("flows/language.yaml", join(dir, "language.yaml"));
  cpSync("flows/es/language.yaml", join(dir, "es", "language.yaml"));
  return dir;
}

const harnesses: TranscriptHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.app.close();
});

async function boot(flowsDir: string, locale?: string, user: Record<string, unknown> = {}) {
  // The real risk guard: a plain answer in either language must not read as risk.
  const h = new TranscriptHarness(Transcript.parse({ flows: [flowsDir], turns: [] }));
  harnesses.push(h);
  await h.boot();
  if (locale) {
    const state = newState(h.channel.name, h.userId, h.clock.now());
    state.user = { onboarded: true, ...user };
    state.locale = locale;
    await h.runtime.store.saveConversation(state);
  }
  const id = `${h.channel.name}:${h.userId}`;
  /** Send a text or a button press; returns what the patient got this turn. */
  const send = async (input: string | { choice: string }, extra: Partial<Inbound> = {}) => {
    const before = h.channel.sent.length;
    const state = await h.runtime.store.loadConversation(id);
    const prompt = state?.stack.at(-1)?.waiting?.prompt ?? state?.menu?.prompt ?? "none";
    const base = { channel: h.channel.name, userId: h.userId, messageId: h.nextId(), ...extra };
    await h.runtime.handle(
      typeof input === "string"
        ? { ...base, kind: "text", text: input }
        : { ...base, kind: "choice", choice: { prompt, id: input.choice } },
    );
    const sent = h.channel.sent.slice(before).map((s) => s.message);
    return {
      texts: sent.map((m) => m.text),
      buttons: sent.at(-1)?.choices?.map((c) => c.label) ?? [],
    };
  };
  const state = async () => h.runtime.store.loadConversation(id);
  return { h, send, state };
}

const template = (path: string) => (readFileSync(path, "utf8").split(/^---$/m)[2] ?? "").trim();

describe("a Spanish patient", () => {
  it("gets the Spanish menu, buttons and flow words; typed answers match without accents", async () => {
    const { send, state } = await boot(fixtureFlows(), "es-US");
    const menu = await send("menu");
    expect(menu.buttons).toContain("Decir hola");
    expect(menu.buttons).not.toContain("Say hello");
    // Not offered in Spanish (no published version): hidden from the Spanish menu.
    expect(menu.buttons).not.toContain("Survey");
    // Not translated yet: offered in English rather than hidden.
    expect(menu.buttons).toContain("Plain");

    const started = await send("decir hola");
    expect(started.texts).toEqual(["Hola, ¿qué tal?", "¿Está listo/a?"]);
    expect(started.buttons).toEqual(["Sí", "No"]);

    const asked = await send("tal vez");
    expect(asked.texts[0]).toBe("Responda sí o no.");
    const yes = await send("si");
    expect(yes.texts).toEqual(["¿Qué tan rápido?"]);
    expect(yes.buttons).toEqual(["Lento", "Rápido"]);
    expect((await state())?.stack.at(-1)?.vars.ready).toBe(true);

    const done = await send("rapido");
    expect(done.texts).toEqual(["Adiós."]);
  });

  it("answers yes with Spanish words (claro) and no with no", async () => {
    const { send, state } = await boot(fixtureFlows(), "es-MX");
    await send("menu");
    await send("1");
    await send("claro");
    expect((await state())?.stack.at(-1)?.vars.ready).toBe(true);
  });

  it("reaching a flow with no Spanish version gets the scripted note, in Spanish", async () => {
    const { h, send } = await boot(fixtureFlows(), "es-US");
    await send("menu");
    const before = h.channel.sent.length;
    await h.runtime.handle({
      channel: h.channel.name,
      userId: h.userId,
      messageId: h.nextId(),
      kind: "start",
      flowId: "survey",
    });
    const said = h.channel.sent.slice(before).map((s) => s.message.text);
    const note = template("prompts/es/system/measure-unavailable.md").split("{{")[0] ?? "";
    expect(note.length).toBeGreaterThan(10);
    expect(said.join("\n")).toContain(note.slice(0, 40));
    expect(said.join("\n")).not.toContain("A short survey.");
  });
});

describe("limited mode in Spanish", () => {
  it("names its own menu lines with the flows' Spanish titles", async () => {
    const { send } = await boot("flows", "es-US", { consent: false });
    const menu = await send("menu");
    expect(menu.buttons).toContain("Su decisión sobre compartir");
    expect(menu.buttons).toContain("Borrar mis datos");
    expect(menu.buttons).not.toContain("My sharing choice");
  });
});

describe("switching language", () => {
  it("idioma and language switch at any time and say so in the new language", async () => {
    const { send, state } = await boot(fixtureFlows(), "es-US");
    const asked = await send("idioma");
    expect(asked.texts.join("\n")).toContain("¿En qué idioma");
    expect(asked.buttons).toEqual(["English", "Español"]);
    const english = await send({ choice: "en" });
    expect(english.texts.join("\n")).toContain("From now on I will write to you in English");
    expect((await state())?.user.language).toBe("en");
    expect((await send("menu")).buttons).toContain("Say hello");

    await send("language");
    const spanish = await send("español");
    expect(spanish.texts.join("\n")).toContain("Desde ahora le escribo en español");
    expect((await state())?.locale).toBe("es-US");
    expect((await send("menu")).buttons).toContain("Decir hola");
  });

  it("the platform's language code sets the locale until the patient chooses one", async () => {
    const { send, state } = await boot(fixtureFlows(), "en-US");
    expect((await send("menu", { locale: "es" })).buttons).toContain("Decir hola");
    await send("language", { locale: "es" });
    await send({ choice: "en" }, { locale: "es" });
    // Telegram still says "es", but the patient chose English.
    expect((await send("menu", { locale: "es" })).buttons).toContain("Say hello");
    expect((await state())?.locale).toBe("en-US");
  });
});

describe("fallback", () => {
  it("a locale with no translation folder gets English", async () => {
    const { send } = await boot(fixtureFlows(), "fr-FR");
    const menu = await send("menu");
    expect(menu.buttons).toContain("Say hello");
    expect(menu.buttons).toContain("Survey");
    const started = await send("say hello");
    expect(started.buttons).toEqual(["Yes", "No"]);
  });

  it("a Spanish patient in a flow with no Spanish file gets its English words", async () => {
    const { send } = await boot(fixtureFlows(), "es-US");
    await send("menu");
    expect((await send("plain")).texts).toContain("Only English here.");
  });
});

describe("an English patient who writes in Spanish", () => {
  it("gets the Spanish answer from prompts/es/system/ (asked whether Lantern is a person)", async () => {
    const { send } = await boot(fixtureFlows(), "en-US");
    const said = await send("¿eres una persona?");
    const spanish = template("prompts/es/system/disclosure.md").split("{{")[0]?.slice(0, 30) ?? "";
    expect(spanish.length).toBeGreaterThan(10);
    expect(said.texts.join("\n")).toContain(spanish);
  });
});

describe("onboarding", () => {
  it("offers English / Español first when the clinic has two languages, then runs in the choice", async () => {
    const { send, state } = await boot("flows");
    const first = await send("hola");
    expect(first.texts.join("\n")).toContain("¿En qué idioma");
    expect(first.buttons).toEqual(["English", "Español"]);
    const next = await send({ choice: "es" });
    const welcome = template("prompts/es/start/welcome.md").split("{{")[0]?.slice(0, 30) ?? "";
    expect(welcome.length).toBeGreaterThan(10);
    expect(next.texts.join("\n")).toContain(welcome);
    expect((await state())?.user.language).toBe("es");
  });
});
