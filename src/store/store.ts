import type Keyv from "keyv";
import { type ConversationState, readState } from "../engine/state.ts";
import type { Flow } from "../flow/schema.ts";

/**
 * Lantern's records on top of a keyv store. Each conversation is one document, its outbox
 * inside, so a turn and what it must deliver are saved in one write.
 */
export class Store {
  readonly keyv: Keyv;

  constructor(keyv: Keyv) {
    this.keyv = keyv;
  }

  async loadConversation(id: string): Promise<ConversationState | undefined> {
    const raw = await this.keyv.get(`conv:${id}`);
    return raw === undefined ? undefined : readState(raw);
  }

  async saveConversation(state: ConversationState): Promise<void> {
    const ok = await this.keyv.set(`conv:${state.id}`, state);
    if (ok === false) throw new Error(`store refused to save conversation ${state.id}`);
  }

  async deleteConversation(id: string): Promise<void> {
    await this.keyv.delete(`conv:${id}`);
  }

  /** Every stored conversation (startup: pending deliveries and timers). */
  async *conversations(): AsyncGenerator<ConversationState> {
    if (!this.keyv.iterator) throw new Error("this store cannot list conversations");
    for await (const [key, value] of this.keyv.iterator(undefined)) {
      if (typeof key === "string" && key.startsWith("conv:")) yield readState(value);
    }
  }

  /** Keep every flow version a patient may be pinned to, so a restart can resume it. */
  async saveFlowSnapshot(flow: Flow): Promise<void> {
    if (!(await this.keyv.has(`flow:${flow.hash}`))) await this.keyv.set(`flow:${flow.hash}`, flow);
  }

  async loadFlowSnapshot(hash: string): Promise<Flow | undefined> {
    return (await this.keyv.get(`flow:${hash}`)) as Flow | undefined;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.keyv.get(key)) as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.keyv.set(key, value);
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}
