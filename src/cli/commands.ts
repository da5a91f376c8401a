import type { CommandSpec } from "./args.ts";

/** Every `lantern` command's help and options; main.ts parses with these before loading it. */
export const COMMANDS: Record<string, CommandSpec> = {
  start: {
    name: "start",
    usage: "lantern start",
    options: [],
    examples: [
      "lantern start                      # serve Telegram/Slack/Teams as configured in the environment",
      "LANTERN_STORE=sqlite://./data/lantern.db lantern start",
    ],
    parse: {},
  },
  chat: {
    name: "chat",
    usage: "lantern chat [--user ID] [--flow ID] [--clock TIME]",
    options: [
      "--user ID     the terminal user id (default: local)",
      "--flow ID     start this flow first (an unknown id prints the known ones)",
      "--clock TIME  a fake clock from TIME (2026-12-01T09:00, UTC unless an offset is given);",
      "              then type /advance 1d (or 30m, 3h, 2w) to move it and run what is due,",
      "              and /clock to show it. Terminal only: no platform has these commands.",
    ],
    examples: [
      "lantern chat",
      "lantern chat --user alice --flow paced-breathing",
      "lantern chat < answers.txt",
      "lantern chat --clock 2026-12-01T09:00   # then: /advance 2d",
    ],
    parse: { user: { type: "string" }, flow: { type: "string" }, clock: { type: "string" } },
  },
  "flows check": {
    name: "flows check",
    usage: "lantern flows check [flows-dir] [more flow files...]",
    options: [],
    examples: ["lantern flows check", "lantern flows check ./flows ./extra/my-flow.yaml"],
    parse: {},
    positionals: true,
  },
  "risk classify": {
    name: "risk classify",
    usage:
      'lantern risk classify < in.jsonl   (lines {"id","text"} in, {"id","level","categories"} out)',
    options: [],
    examples: [`echo '{"id":1,"text":"hello"}' | lantern risk classify`],
    parse: {},
  },
  invite: {
    name: "invite",
    usage: "lantern invite <label>   (a label the care team recognises, e.g. initials)",
    options: [],
    examples: ['lantern invite "J.D."'],
    parse: {},
    positionals: true,
  },
  brief: {
    name: "brief",
    usage: "lantern brief --user ID [--out FILE.png|FILE.html]",
    options: [
      "--user ID     a patient id (pt_…), a conversation id (channel:user) or a terminal user id",
      "--out FILE    also write the charts: FILE.png (heading + charts) or FILE.html (whole brief)",
    ],
    examples: [
      "lantern brief --user pt_3f9a2c",
      "lantern brief --user console:local --out brief.png",
    ],
    parse: { user: { type: "string" }, out: { type: "string" } },
  },
  "measures report": {
    name: "measures report",
    usage: "lantern measures report --user ID",
    options: [
      "--user ID     a patient id (pt_…), a conversation id (channel:user) or a terminal user id",
    ],
    examples: ["lantern measures report --user pt_3f9a2c"],
    parse: { user: { type: "string" } },
  },
  "patient export": {
    name: "patient export",
    usage: "lantern patient export --patient ID [--format fhir] [--out FILE]",
    options: [
      "--patient ID   the patient record id (pt_…)",
      "--format fhir  questionnaires as a FHIR R4 Bundle instead of Lantern's JSON",
      "--out FILE     write to FILE (mode 600) instead of stdout",
    ],
    examples: [
      "lantern patient export --patient pt_3f9a2c --out pt_3f9a2c.json",
      "lantern patient export --patient pt_3f9a2c --format fhir",
    ],
    parse: { patient: { type: "string" }, out: { type: "string" }, format: { type: "string" } },
  },
  "patient delete": {
    name: "patient delete",
    usage: "lantern patient delete --patient ID --yes",
    options: [
      "--patient ID   the patient record id (pt_…)",
      "--yes          really delete (conversations, links, record, jobs, alerts)",
    ],
    examples: ["lantern patient delete --patient pt_3f9a2c --yes"],
    parse: { patient: { type: "string" }, yes: { type: "boolean" } },
  },
  "session add": {
    name: "session add",
    usage: "lantern session add --patient ID --at WHEN [--number N]",
    options: [
      "--patient ID   a patient id (pt_…), a conversation id (channel:user) or a terminal user id",
      "--at WHEN      the session's start in clinic time (sessions.timezone): 2026-12-10T09:00, or words",
      "--number N     which session (1, 2, …): moves it if it exists; default the next number",
    ],
    examples: [
      "lantern session add --patient pt_3f9a2c --at 2026-12-10T09:00",
      'lantern session add --patient pt_3f9a2c --at "december 17 9:30am" --number 2',
    ],
    parse: { patient: { type: "string" }, at: { type: "string" }, number: { type: "string" } },
  },
  "session list": {
    name: "session list",
    usage: "lantern session list --patient ID",
    options: ["--patient ID   a patient id (pt_…), a conversation id or a terminal user id"],
    examples: ["lantern session list --patient pt_3f9a2c"],
    parse: { patient: { type: "string" } },
  },
  "session cancel": {
    name: "session cancel",
    usage: "lantern session cancel --patient ID --number N",
    options: [
      "--patient ID   a patient id (pt_…), a conversation id or a terminal user id",
      "--number N     the session to cancel (it stays listed as cancelled; its reminders go)",
    ],
    examples: ["lantern session cancel --patient pt_3f9a2c --number 2"],
    parse: { patient: { type: "string" }, number: { type: "string" } },
  },
};

/** Commands spoken as two words (`flows check`): the group word alone prints the group's help. */
export const GROUPS: Record<string, string[]> = {
  flows: ["check"],
  risk: ["classify"],
  measures: ["report"],
  patient: ["export", "delete"],
  session: ["add", "list", "cancel"],
};
