import { writeFileSync } from "node:fs";
import { pseudonym } from "../care/alerts.ts";
import { renderBrief } from "../care/brief.ts";
import { briefOptions } from "../care/brief-inputs.ts";
import { loadClinicConfig } from "../config/clinic.ts";
import { systemClock } from "../engine/types.ts";
import { loadLlmConfig } from "../llm/config.ts";
import type { CliIO, FoundUser, ReportContext } from "./brief.ts";

// The body of `lantern brief`: the same brief Slack shows (crisis requests, notes, the optional
// generated summary), printed, and with --out also drawn to PNG or HTML.

/** Gather, render, print; with --out also write the picture (mode 600: it is patient data). */
export async function briefReport(
  found: FoundUser,
  now: Date,
  { store, env, out }: ReportContext,
  io: CliIO,
): Promise<string> {
  const salt =
    env.LANTERN_PSEUDONYM_SALT || (await store.get<string>("config:pseudonym_salt")) || "";
  const llmEnv = { ...(io.env ?? process.env), LANTERN_PROMPTS: env.LANTERN_PROMPTS };
  // The model SDKs (a second to import) only when a model is configured; charts only for --out.
  const llm = loadLlmConfig(llmEnv)
    ? (await import("../llm/index.ts")).createLlmServices(llmEnv)
    : undefined;
  const clock = io.now ? { now: io.now } : systemClock;
  // Session times in the clinic's zone (config/clinic.yaml sessions.timezone).
  const clinic = await loadClinicConfig(env.LANTERN_CLINIC).catch(() => undefined);
  const options = await briefOptions(
    { store, clock, summariser: llm?.summariser, timeZone: clinic?.sessions.timezone },
    {
      state: found.state,
      pseudonym: pseudonym(found.state.id, salt),
      patientId: found.patientId,
      patientLabel: found.label,
    },
  );
  const brief = renderBrief(found.state, now, options);
  if (out) {
    const { renderBriefHtml, renderBriefPage } = await import("../care/charts/page.ts");
    if (/\.png$/i.test(out)) {
      const page = await renderBriefPage(found.state, brief, now);
      writeFileSync(out, page.png, { mode: 0o600 });
      io.stderr.write(
        `lantern brief: wrote ${out} (${page.count} charts, ${Math.round(page.png.length / 1024)} KB)\n`,
      );
    } else {
      writeFileSync(out, await renderBriefHtml(found.state, brief, now), { mode: 0o600 });
      io.stderr.write(`lantern brief: wrote ${out}\n`);
    }
  }
  return brief;
}
