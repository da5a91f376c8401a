import { KeyedLock } from "../lock.ts";
import type { ConversationLock } from "../runtime/runtime.ts";
import type { Store } from "../store/store.ts";

// The list of alerts not yet acknowledged or resolved (`alerts:open`), which the backup
// escalation walks, and data deletion of one alert. Each change runs under the index's lock.

const OPEN_INDEX = "alerts:open";

/** Ids of alerts not yet acknowledged or resolved. */
export async function openAlertIds(store: Store): Promise<string[]> {
  return (await store.get<string[]>(OPEN_INDEX)) ?? [];
}

/** Add `id` to the open list (once). */
export async function indexOpen(store: Store, lock: ConversationLock, id: string): Promise<void> {
  await lock.run(OPEN_INDEX, async () => {
    const ids = await openAlertIds(store);
    if (!ids.includes(id)) await store.set(OPEN_INDEX, [...ids, id]);
  });
}

/** Drop `id` from the open list. */
export async function unindexOpen(store: Store, lock: ConversationLock, id: string): Promise<void> {
  await lock.run(OPEN_INDEX, async () => {
    const ids = await openAlertIds(store);
    if (ids.includes(id))
      await store.set(
        OPEN_INDEX,
        ids.filter((i) => i !== id),
      );
  });
}

/**
 * Data deletion: drop alert `id` and its place in the open list (the caller keeps any
 * tombstone). Under the alert's lock, so a running delivery finishes first.
 */
export async function forgetAlert(
  store: Store,
  id: string,
  lock: ConversationLock = new KeyedLock(),
): Promise<void> {
  await lock.run(id, () => store.keyv.delete(`alert:${id}`));
  await unindexOpen(store, lock, id);
}
