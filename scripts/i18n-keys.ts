// Lists the message keys an English flow needs in a translation (docs/i18n.md format), with the
// English text, and compares them with flows/<lang>/<id>.yaml when it exists.
// Usage: node scripts/i18n-keys.ts [lang] [flow-id...]   (lang defaults to "es")
// Prints "<id>: missing <key>", "<id>: extra <key>" and "<id>: slots <key>" lines; exits 1 on any.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

type Raw = Record<string, unknown>;

/** The keys and English text of one flow's patient-visible words. */
export function englishMessages(flow: Raw): Map<string, string> {
  const out = new Map<string, string>();
  const put = (key: string, text: unknown) => {
    if (typeof text === "string") out.set(key, text);
  };
  put("title", flow.title);
  put("menu", (flow.menu as Raw | undefined)?.label);
  const steps = (flow.steps as Raw[]) ?? [];
  steps.forEach((step, index) => {
    const id = (step.id as string | undefined) ?? `step-${index + 1}`;
    put(`${id}.say`, step.say);
    put(`${id}.ask`, step.ask);
    put(`${id}.retry`, (step.retries as Raw | undefined)?.say);
    put(`${id}.timeout`, (step.timeout as Raw | undefined)?.say);
    put(`${id}.fallback`, (step.generate as Raw | undefined)?.fallback);
    for (const choice of (step.choices as (string | Raw)[] | undefined) ?? []) {
      if (typeof choice === "string") put(`${id}.choice.${slug(choice)}`, choice);
      else put(`${id}.choice.${choice.id as string}`, choice.label);
    }
    const rejects = (step.reject as Raw[] | undefined) ?? [];
    for (const [i, r] of rejects.entries()) put(`${id}.reject.${i}`, r.say);
  });
  return out;
}

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 40) || "choice"
  );
}

const slots = (text: string) =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]).sort();

function main(): number {
  const [lang = "es", ...only] = process.argv.slice(2);
  const ids = only.length
    ? only
    : readdirSync("flows")
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => f.replace(/\.yaml$/, ""));
  let bad = 0;
  for (const id of ids) {
    const english = englishMessages(parse(readFileSync(join("flows", `${id}.yaml`), "utf8")));
    const file = join("flows", lang, `${id}.yaml`);
    if (!existsSync(file)) {
      console.log(`# ${id}: no ${file}; keys:`);
      for (const [key, text] of english) console.log(`    ${key}: ${JSON.stringify(text)}`);
      bad++;
      continue;
    }
    const translated = parse(readFileSync(file, "utf8")) as Raw;
    if (translated.unavailable) continue;
    const messages = (translated.messages as Record<string, string>) ?? {};
    for (const [key, text] of english) {
      if (!(key in messages)) {
        console.log(`${id}: missing ${key}`);
        bad++;
      } else if (slots(text).join() !== slots(String(messages[key])).join()) {
        console.log(`${id}: slots ${key}`);
        bad++;
      }
    }
    for (const key of Object.keys(messages))
      if (!english.has(key)) {
        console.log(`${id}: extra ${key}`);
        bad++;
      }
  }
  return bad + checkPrompts(lang) ? 1 : 0;
}

/** prompts/<lang>/**.md against prompts/**.md: same front matter keys, same slots. */
function checkPrompts(lang: string): number {
  let bad = 0;
  const dir = join("prompts", lang);
  if (!existsSync(dir)) return 0;
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    if (!rel.endsWith(".md")) continue;
    const english = join("prompts", rel);
    if (!existsSync(english)) continue; // Spanish-only notes (system/measure-unavailable)
    const [enHead, enBody] = splitFront(readFileSync(english, "utf8"));
    const [esHead, esBody] = splitFront(readFileSync(join(dir, rel), "utf8"));
    if (Object.keys(enHead).sort().join() !== Object.keys(esHead).sort().join()) {
      console.log(`prompts/${lang}/${rel}: front matter keys differ`);
      bad++;
    }
    if (slots(enBody).join() !== slots(esBody).join()) {
      console.log(`prompts/${lang}/${rel}: slots differ`);
      bad++;
    }
  }
  return bad;
}

function splitFront(text: string): [Raw, string] {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? [(parse(match[1] ?? "") as Raw) ?? {}, match[2] ?? ""] : [{}, text];
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
