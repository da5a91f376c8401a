import { Patients } from "../care/patients.ts";
import { loadEnv } from "../config/env.ts";
import { stateCodec } from "../engine/stored-state.ts";
import { openKeyv } from "../store/open.ts";
import { Store } from "../store/store.ts";

/** `lantern invite <label>`: create a patient record and print its one-time invite. */
export async function runInvite(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const label = args.join(" ").trim();
  if (!label) {
    process.stderr.write(
      "Usage: lantern invite <label>   (a label the care team recognises, e.g. initials)\n",
    );
    return 2;
  }
  const env = loadEnv();
  const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
  try {
    const { patient, invite } = await new Patients(store).create(label, "cli");
    const bot = process.env.TELEGRAM_BOT_USERNAME;
    out.write(
      `patient ${patient.id} (${patient.label})\ninvite code ${invite.code}, valid until ${invite.expiresAt}\n`,
    );
    if (bot) out.write(`Telegram link: https://t.me/${bot}?start=${invite.code}\n`);
    out.write(`In Slack or Teams the patient sends: /start ${invite.code}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
