import type { Template } from "../prompts/templates.ts";
import type { Flow } from "./schema.ts";

/**
 * The flows and templates an engine runs: the current version of each flow by id, and every
 * version seen so far by hash, so a patient mid-flow keeps the snapshot they started.
 */
export class FlowCatalog {
  readonly #current = new Map<string, Flow>();
  readonly #byHash = new Map<string, Flow>();
  readonly templates: Map<string, Template>;

  constructor(flows: Iterable<Flow> = [], templates: Map<string, Template> = new Map()) {
    this.templates = templates;
    for (const flow of flows) this.deploy(flow);
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
