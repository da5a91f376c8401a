import type { Logger } from "pino";
import { type App, dataKeysFromEnv, InboundJournal, OutageAlerts } from "#lantern";

// What every platform adapter's durable intake shares: the journal file (encrypted with the
// data key when one is set) and the outage alerts, sent through the app without the store.

/** Open a platform's inbound journal; lines are encrypted when LANTERN_DATA_KEY is set. */
export function openJournal(
  path: string,
  env: Record<string, string | undefined> = process.env,
): InboundJournal {
  return InboundJournal.open(path, { keys: dataKeysFromEnv(env) });
}

/** Outage alerts for a journal: sent by App.alertNow, adopted on replay by the escalations. */
export function outageAlerts(
  app: Pick<App, "alertNow"> & Partial<Pick<App, "escalations">>,
  journal: InboundJournal,
  logger?: Logger,
): OutageAlerts {
  const escalations = app.escalations;
  return new OutageAlerts({
    journal,
    alertNow: (raw) => app.alertNow(raw),
    ...(escalations ? { adopt: escalations.adoptDuring.bind(escalations) } : {}),
    logger,
  });
}
