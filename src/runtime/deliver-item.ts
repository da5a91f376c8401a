import type { RaisedAlert } from "../channel.ts";
import type { ConversationState, OutboxItem } from "../engine/state.ts";
import { LanternError } from "../errors.ts";
import type { Runtime } from "./runtime.ts";

/**
 * Deliver one outbox item: a message through its conversation's channel, an alert (with its
 * outbox id and conversation) to every alert sink, an effect to its handler. Throws on
 * failure, so the runtime keeps the item and retries it with backoff.
 */
export async function deliverItem(
  runtime: Runtime,
  state: ConversationState,
  item: OutboxItem,
): Promise<void> {
  if (item.kind === "message") {
    const channel = runtime.channels.get(state.channel);
    if (!channel)
      throw new LanternError("delivery.no_channel", `channel ${state.channel} is not running`);
    return channel.send(state.userId, item);
  }
  if (item.kind === "alert") {
    const alert: RaisedAlert = { ...item.alert, id: item.id, conversation: state.id };
    if (!runtime.notifiers.length)
      throw new LanternError("delivery.no_notifier", "no notifier is configured");
    for (const notifier of runtime.notifiers) await notifier.notify(alert);
    return;
  }
  const handler = runtime.effects[item.name];
  if (handler) await handler(item.args, state, { id: item.id, runtime });
  else if (item.name !== "engine.error")
    runtime.logger?.warn({ effect: item.name }, "no handler for effect");
  else runtime.logger?.error({ conversation: state.id, ...item.args }, "flow error");
}
