import { LanternError } from "../../errors.ts";

/** A shared store that could not be reached: the runtime answers such turns with "try again". */
export function storeUnavailable(store: string, cause: unknown): LanternError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new LanternError("store.unavailable", `${store} is unreachable: ${reason}`.slice(0, 300), {
    cause,
  });
}
