import type Keyv from "keyv";

/** What the store needs of a flow version to keep it: its content hash (the flow layer's `Flow`). */
export interface FlowSnapshot {
  hash: string;
}

/**
 * What the store itself reads of a conversation document: its id, its outbox's ids and the
 * delivery marks. The rest is the engine's (src/engine/state.ts), read by the codec.
 */
export interface StoredConversation {
  id: string;
  outbox: readonly { id: string }[];
  delivered?: string[] | undefined;
}

/**
 * How a stored conversation document is read back: validated (and migrated) into the caller's
 * type, throwing on a bad one. The engine's is `stateCodec` (src/engine/stored-state.ts); the
 * store sits below the engine, so it is passed in rather than imported.
 */
export interface ConversationCodec<C extends StoredConversation> {
  read(raw: unknown): C;
}

export interface StoreOptions<C extends StoredConversation> {
  codec: ConversationCodec<C>;
}

/**
 * Lantern's records on top of a keyv store. Each conversation is one document, its outbox
 * inside, so a turn and what it must deliver are saved in one write. Deliveries are marked in
 * a small record beside it (`sent:`), so marking does not rewrite the whole conversation.
 */
export class Store<C extends StoredConversation = StoredConversation> {
  readonly keyv: Keyv;
  readonly codec: ConversationCodec<C>;

  constructor(keyv: Keyv, options: StoreOptions<C>) {
    this.keyv = keyv;
    this.codec = options.codec;
  }

  /**
   * The conversation as last saved, less the outbox items marked delivered since (their ids in
   * `delivered`, so the next mark can carry them on).
   */
  async loadConversation(id: string): Promise<C | undefined> {
    const [raw, sent] = await this.keyv.getMany<unknown>([`conv:${id}`, `sent:${id}`]);
    return raw === undefined || raw === null ? undefined : withoutSent(this.codec.read(raw), sent);
  }

  /** Save the whole conversation; it carries no delivery marks of its own. */
  async saveConversation(state: C): Promise<void> {
    const ok = await this.keyv.set(`conv:${state.id}`, withoutMarks(state));
    if (ok === false) throw new Error(`store refused to save conversation ${state.id}`);
  }

  /**
   * Record outbox items as delivered without rewriting the conversation: a small record of
   * the ids in `state.delivered`, which must hold every item delivered since the conversation
   * was last saved whole (each mark replaces the last). Ids never repeat within a conversation,
   * so ids its saved outbox no longer holds are harmless.
   */
  async markDelivered(state: C): Promise<void> {
    await this.keyv.set(`sent:${state.id}`, state.delivered ?? []);
  }

  async deleteConversation(id: string): Promise<void> {
    await this.keyv.deleteMany([`conv:${id}`, `sent:${id}`]);
  }

  /** Every stored conversation (startup: pending deliveries and timers). */
  async *conversations(): AsyncGenerator<C> {
    if (!this.keyv.iterator) throw new Error("this store cannot list conversations");
    for await (const [key, value] of this.keyv.iterator(undefined)) {
      if (typeof key !== "string" || !key.startsWith("conv:")) continue;
      const state = this.codec.read(value);
      yield state.outbox.length
        ? withoutSent(state, await this.keyv.get(`sent:${state.id}`))
        : state;
    }
  }

  /** Keep every flow version a patient may be pinned to, so a restart can resume it. */
  async saveFlowSnapshot(flow: FlowSnapshot): Promise<void> {
    if (!(await this.keyv.has(`flow:${flow.hash}`))) await this.keyv.set(`flow:${flow.hash}`, flow);
  }

  /** The flow version saved under `hash`, as the caller's flow type (the store does not read it). */
  async loadFlowSnapshot<F extends FlowSnapshot>(hash: string): Promise<F | undefined> {
    return (await this.keyv.get(`flow:${hash}`)) as F | undefined;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.keyv.get(key)) as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.keyv.set(key, value);
  }

  /**
   * After deleting a patient's records: make the backend drop what it still holds of them
   * (SQLite: VACUUM and an emptied write-ahead log). Shared stores delete in place.
   */
  async scrub(): Promise<void> {
    const adapter = this.keyv.store as { scrub?: () => Promise<void> } | undefined;
    if (typeof adapter?.scrub === "function") await adapter.scrub();
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}

function withoutSent<C extends StoredConversation>(state: C, sent: unknown): C {
  if (!Array.isArray(sent) || !sent.length || !state.outbox.length) return state;
  const marked = new Set(sent);
  const delivered = state.outbox.filter((item) => marked.has(item.id)).map((item) => item.id);
  if (!delivered.length) return state;
  return { ...state, outbox: state.outbox.filter((item) => !marked.has(item.id)), delivered };
}

/** The conversation as saved whole: its delivery marks live in the `sent:` record. */
export function withoutMarks<C extends StoredConversation>(state: C): C {
  if (state.delivered === undefined) return state;
  const { delivered: _marks, ...saved } = state;
  return saved as C;
}
