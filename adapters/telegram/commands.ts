// What the bot declares to Telegram: its command menu, in English and in Spanish, and the
// update types it asks for (polling and the webhook alike).

/** The commands shown in Telegram's menu; the engine reads the same words. */
export const BOT_COMMANDS = [
  { command: "start", description: "Start, or come back to Lantern" },
  { command: "menu", description: "What we can do together" },
  { command: "help", description: "How Lantern works" },
  { command: "crisis", description: "Get help now" },
  { command: "plan", description: "Your safety plan" },
  { command: "pause", description: "Pause check-ins and reminders" },
  { command: "resume", description: "Resume check-ins and reminders" },
  { command: "delete", description: "Ask to delete your data" },
  { command: "language", description: "English / Español" },
] as const;

/** The same menu for Telegram users whose app is in Spanish (language_code "es"). */
export const BOT_COMMANDS_ES = [
  { command: "start", description: "Empezar o volver a Lantern" },
  { command: "menu", description: "Lo que podemos hacer juntos" },
  { command: "help", description: "Cómo funciona Lantern" },
  { command: "crisis", description: "Ayuda ahora mismo" },
  { command: "plan", description: "Su plan de seguridad" },
  { command: "pause", description: "Pausar registros y recordatorios" },
  { command: "resume", description: "Volver a activar registros y recordatorios" },
  { command: "delete", description: "Pedir que se borren sus datos" },
  { command: "idioma", description: "Español / English" },
] as const;

export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;
