import type { Template } from "../prompts/templates.ts";
import {
  localiseFlow,
  SOURCE_LANGUAGE,
  type Translations,
  unavailableFlow,
} from "./locale-messages.ts";
import type { Flow } from "./schema.ts";

/** Languages and words for a catalog: translations and the clinic's default locale. */
export interface CatalogLocales {
  translations?: Translations;
  /** LANTERN_LOCALE: the locale of a patient who has none yet. */
  defaultLocale?: string | undefined;
}

/** "es-US" -> "es"; undefined stays undefined. */
export function languageOf(locale: string | undefined): string | undefined {
  return locale?.split("-")[0]?.toLowerCase() || undefined;
}

/**
 * The flows and templates an engine runs: the current version of each flow by id, and every
 * version seen so far by hash, so a patient mid-flow keeps the snapshot they started. Flows are
 * written in English; `forLocale` gives a view with the words of a patient's language.
 */
export class FlowCatalog {
  readonly #current = new Map<string, Flow>();
  readonly #byHash = new Map<string, Flow>();
  readonly #templates: Map<string, Template>;
  readonly translations: Translations;
  defaultLocale: string | undefined;
  readonly #templatesByLanguage = new Map<string, Map<string, Template>>();
  /** Localised copies by language and hash: made once, shared by every turn's view. */
  readonly #localised = new Map<string, Flow>();

  constructor(
    flows: Iterable<Flow> = [],
    templates: Map<string, Template> = new Map(),
    locales: CatalogLocales = {},
  ) {
    this.#templates = templates;
    this.translations = locales.translations ?? new Map();
    this.defaultLocale = locales.defaultLocale;
    for (const flow of flows) this.deploy(flow);
  }

  /** Templates by name ("system/help"); a locale view gives its language's words. */
  get templates(): Map<string, Template> {
    return this.#templates;
  }

  /** Languages the clinic offers: English plus every translation directory. */
  get languages(): string[] {
    return [SOURCE_LANGUAGE, ...[...this.translations.keys()].filter((l) => l !== SOURCE_LANGUAGE)];
  }

  /** The language a locale is served in: its own if translated, else English. */
  languageFor(locale: string | undefined): string {
    const language = languageOf(locale ?? this.defaultLocale);
    return language && this.translations.has(language) ? language : SOURCE_LANGUAGE;
  }

  /** Templates in a language: prompts/<lang>/<name> where it exists, else the English one. */
  templatesFor(locale: string | undefined): Map<string, Template> {
    const language = this.languageFor(locale);
    if (language === SOURCE_LANGUAGE) return this.#templates;
    let map = this.#templatesByLanguage.get(language);
    if (!map) {
      map = new Map();
      const prefix = `${language}/`;
      for (const [name, template] of this.#templates) {
        if (name.startsWith(prefix)) map.set(name.slice(prefix.length), template);
        else if (!LANGUAGE_PREFIX.test(name) && !map.has(name)) map.set(name, template);
      }
      this.#templatesByLanguage.set(language, map);
    }
    return map;
  }

  /** `flow` with its words in `language` (English: itself); cached per version. */
  localise(flow: Flow, language: string): Flow {
    if (language === SOURCE_LANGUAGE) return flow;
    const key = `${language}\u0000${flow.hash}`;
    let out = this.#localised.get(key);
    if (!out) {
      out = localiseFlow(flow, this.translations.get(language)?.get(flow.id));
      this.#localised.set(key, out);
    }
    return out;
  }

  /** A view in the language of `locale()` (read on every call, so a switch applies at once). */
  forLocale(locale: () => string | undefined): FlowCatalog {
    return new LocaleView(this, () => this.languageFor(locale()));
  }

  /** Make `flow` the current version of its id; older versions stay reachable by hash. */
  deploy(flow: Flow): void {
    this.#current.set(flow.id, flow);
    this.#byHash.set(flow.hash, flow);
  }

  /** Forget a pinned snapshot (what a restart without the snapshot store looks like). */
  forget(hash: string): void {
    const flow = this.#byHash.get(hash);
    if (flow && this.#current.get(flow.id) !== flow) this.#byHash.delete(hash);
  }

  /** Remember an old snapshot (read back from the store) without making it current. */
  remember(flow: Flow): void {
    this.#byHash.set(flow.hash, flow);
  }

  get(id: string): Flow | undefined {
    return this.#current.get(id);
  }

  byHash(hash: string): Flow | undefined {
    return this.#byHash.get(hash);
  }

  /** Current versions, in id order. */
  list(): Flow[] {
    return [...this.#current.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

const LANGUAGE_PREFIX = /^[a-z]{2}\//;

/** The catalog in one language: same flows, ids and hashes; words from flows/<lang>/. */
class LocaleView extends FlowCatalog {
  readonly #base: FlowCatalog;
  readonly #language: () => string;

  constructor(base: FlowCatalog, language: () => string) {
    super([], new Map(), { translations: base.translations, defaultLocale: base.defaultLocale });
    this.#base = base;
    this.#language = language;
  }

  #localise(flow: Flow | undefined): Flow | undefined {
    return flow ? this.#base.localise(flow, this.#language()) : undefined;
  }

  override localise(flow: Flow, language: string): Flow {
    return this.#base.localise(flow, language);
  }

  override get templates(): Map<string, Template> {
    return this.#base.templatesFor(this.#language());
  }

  override forLocale(locale: () => string | undefined): FlowCatalog {
    return this.#base.forLocale(locale);
  }

  override templatesFor(locale: string | undefined): Map<string, Template> {
    return this.#base.templatesFor(locale);
  }

  override deploy(flow: Flow): void {
    this.#base.deploy(flow);
  }

  override forget(hash: string): void {
    this.#base.forget(hash);
  }

  override remember(flow: Flow): void {
    this.#base.remember(flow);
  }

  override get(id: string): Flow | undefined {
    return this.#localise(this.#base.get(id));
  }

  override byHash(hash: string): Flow | undefined {
    const unavailable = hash.endsWith("-unavailable");
    const flow = this.#base.byHash(unavailable ? hash.slice(0, -"-unavailable".length) : hash);
    if (unavailable) return flow ? unavailableFlow(flow) : undefined;
    return this.#localise(flow);
  }

  /** Flows not offered in this language (no published measure) are left out of lists. */
  override list(): Flow[] {
    const language = this.#language();
    return this.#base
      .list()
      .filter((f) => !this.translations.get(language)?.get(f.id)?.unavailable)
      .map((f) => this.#localise(f) as Flow);
  }
}
