import { LanternError } from "../../src/errors.ts";
import type { Store } from "../../src/store/store.ts";

type Fn = (...args: unknown[]) => unknown;
const KEYV_CALLS = ["get", "getMany", "set", "setMany", "has", "delete", "deleteMany"] as const;

/**
 * Make a store fail like an unreachable one (every keyv call rejects with store.unavailable)
 * while the returned switch is on; off, calls go through to the real store again.
 *
 * @example
 * const setDown = storeOutage(app.runtime.store);
 * setDown(true); // ... the outage ...
 * setDown(false);
 */
export function storeOutage(store: Store): (down: boolean) => void {
  const keyv = store.keyv as unknown as Record<string, Fn>;
  let down = false;
  for (const name of KEYV_CALLS) {
    const original = (keyv[name] as Fn).bind(keyv);
    keyv[name] = (...args: unknown[]) =>
      down
        ? Promise.reject(new LanternError("store.unavailable", "the store is unavailable (test)"))
        : original(...args);
  }
  return (value) => {
    down = value;
  };
}
