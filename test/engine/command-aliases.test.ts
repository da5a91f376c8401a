import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/engine/commands.ts";

// Spanish command words (src/engine/command-aliases.ts) through the real parser.

describe("Spanish command words", () => {
  it.each([
    ["menú", "menu"],
    ["Menú.", "menu"],
    ["/menu", "menu"],
    ["ayuda", "help"],
    ["AYUDA!", "help"],
    ["parar", "stop"],
    ["pausar", "pause"],
    ["reanudar", "resume"],
    ["borrar", "delete"],
    ["consentimiento", "consent"],
    ["idioma", "idioma"],
  ])("%s is %s", (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });

  it("only a whole message is a command", () => {
    expect(parseCommand("quiero ver el menú")).toBeUndefined();
    expect(parseCommand("necesito ayuda con mi plan")).toBeUndefined();
    expect(parseCommand("borrar todo lo que escribí ayer")).toBeUndefined();
  });
});
