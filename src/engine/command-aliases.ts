import type { Command } from "./commands.ts";

// The command words in Spanish, for patients who write in Spanish (docs/i18n.md): "menú" and
// "ayuda" work like "menu" and "help". Only whole messages count, as for the English words, and
// only words that are rarely a whole answer on their own.

/** Spanish word (lower case, no accents) -> the command it means. */
export const COMMAND_ALIASES: Readonly<Record<string, Command>> = {
  menu: "menu",
  ayuda: "help",
  parar: "stop",
  detener: "stop",
  pausar: "pause",
  reanudar: "resume",
  borrar: "delete",
  consentimiento: "consent",
  "mensaje al equipo": "message team",
};

const ALIAS = new RegExp(
  `^\\s*/?(${Object.keys(COMMAND_ALIASES).join("|")})(@\\w+)?\\s*[.!]?\\s*$`,
  "i",
);

/** A whole message that is a Spanish command word ("menú", "/ayuda"), else undefined. */
export function aliasCommand(text: string): Command | undefined {
  const plain = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const match = ALIAS.exec(plain);
  return match ? COMMAND_ALIASES[match[1]?.toLowerCase() ?? ""] : undefined;
}
