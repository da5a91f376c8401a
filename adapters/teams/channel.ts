import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import {
  CardFactory,
  type CloudAdapter,
  MessageFactory,
  type Request,
  type TurnContext,
  type WebResponse,
} from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import {
  type ChannelAdapter,
  ChannelIntake,
  conversationId,
  type DurableChannelOptions,
  type DurableIntake,
  type Inbound,
  type InboundSink,
  LanternError,
  type OutboxMessage,
  type Store,
} from "#lantern";
import {
  baseConversationId,
  errorCode,
  isPersonal,
  normaliseActivity,
  referenceOf,
  teamChannelReply,
} from "./activity.ts";
import {
  type AlertSubmit,
  choiceCard,
  closedChoiceCard,
  readAlertSubmit,
  readChoiceSubmit,
} from "./cards.ts";
import {
  CARD_TTL_MS,
  type CardRecord,
  cardKey,
  channelRefKey,
  promptKey,
  refKey,
  rememberReference,
} from "./records.ts";

export { baseConversationId, cleanText, errorCode, isPersonal } from "./activity.ts";
export { channelRefKey, refKey } from "./records.ts";

/** Who handles Acknowledge / Resolve presses on alert cards (the TeamsNotifier). */
export interface AlertActionHandler {
  handleAlertAction(context: TurnContext, action: AlertSubmit): Promise<void>;
}

export interface TeamsChannelOptions {
  adapter: CloudAdapter;
  store: Store;
  /** The bot's app id; absent in local mode, where connector calls carry no token. */
  appId?: string | undefined;
  /** The channel that gets care-team alerts, so the bot can say so when added to a team. */
  alertConversation?: string | undefined;
  logger?: Logger | undefined;
  /**
   * Keep every patient activity durably (src/runtime/durable-intake.ts): journaled before
   * Teams hears 200, kept through a store outage (the patient gets `storeDownNotice` as a
   * reply, a risk message alerts without the store) and run in order when the store is back.
   * The sink must then not answer store failures itself (`storeDownReply: false`). Without
   * it a store failure answers 5xx, so Teams redelivers.
   */
  durable?: DurableChannelOptions;
  storeDownNotice?: (inbound: Inbound) => string;
}

/** What the journal keeps beside a Teams inbound: where to send replies once it runs. */
interface KeptTeams {
  reference: ConversationReference;
  /** The bot was installed (a welcome), not a typed message. */
  install?: boolean;
}

/**
 * Microsoft Teams over the Activity protocol (Microsoft 365 Agents SDK). Inbound: 1:1 messages,
 * card submits and installs become `Inbound`s; channel conversations only serve care-team alerts.
 * Outbound: every message is proactive, through the conversation reference stored on the
 * patient's last inbound, so the runtime's outbox can deliver (and retry) at any time.
 */
export class TeamsChannel implements ChannelAdapter<Activity> {
  readonly name = "teams";
  readonly adapter: CloudAdapter;
  readonly store: Store;
  /** Set by TeamsNotifier.attach; alert-card presses go here. */
  alertActions: AlertActionHandler | undefined;
  readonly #appId: string | undefined;
  readonly #alertConversation: string | undefined;
  readonly #logger: Logger | undefined;
  /** The durable intake, when `durable` was given. */
  readonly intake: DurableIntake | undefined;
  /** The sink once started, and the durable intake started and stopped with it. */
  readonly #io: ChannelIntake;

  constructor(options: TeamsChannelOptions) {
    this.adapter = options.adapter;
    this.store = options.store;
    this.#appId = options.appId;
    this.#alertConversation = options.alertConversation;
    this.#logger = options.logger;
    this.#io = new ChannelIntake(options, ({ inbound, extra }) =>
      this.#replay(inbound, extra as KeptTeams | undefined),
    );
    this.intake = this.#io.intake;
  }

  /**
   * A patient's activity as an Inbound: text, a card submit (choice), an edit (re-checked by the
   * risk guard) or the bot being installed (a welcome). Dedupe key: the activity id.
   */
  normalise(activity: Activity): Inbound | null {
    return normaliseActivity(activity, this.name);
  }

  /** Send one outbox message to a patient; throws (so the outbox retries) on any failure. */
  async send(userId: string, message: OutboxMessage): Promise<void> {
    const reference = await this.store.get<ConversationReference>(refKey(userId));
    if (!reference)
      throw new LanternError(
        "teams.no_reference",
        "no stored Teams conversation for this user: they have not messaged the bot yet",
      );
    const typed = message.expect === "scale" || message.expect === "number";
    const choices = !typed && message.prompt ? (message.choices ?? []) : [];
    const activity = choices.length
      ? MessageFactory.attachment(
          CardFactory.adaptiveCard(choiceCard(message.text, message.prompt ?? "", choices)),
        )
      : MessageFactory.text(message.text);
    const sentId = await this.post(reference, activity);
    if (message.prompt) await this.store.set(promptKey(userId), message.prompt);
    if (choices.length && sentId) {
      const record: CardRecord = { prompt: message.prompt ?? "", text: message.text, choices };
      await this.store.keyv.set(cardKey(sentId), record, CARD_TTL_MS);
    }
  }

  /**
   * Post an activity into a stored conversation (proactive) and return the new activity's id.
   * A new post, never a reply to whatever activity the reference came from.
   */
  async post(reference: ConversationReference, activity: Activity): Promise<string | undefined> {
    let id: string | undefined;
    await this.adapter.continueConversation(this.#identity(), reference, async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  /** Local mode: an identity without an audience makes the SDK skip token acquisition. */
  #identity(): string | Record<string, never> {
    return this.#appId ?? {};
  }

  /** The stored reference of a Teams channel the bot is in (for alerts). */
  async channelReference(conversation: string): Promise<ConversationReference | undefined> {
    return this.store.get<ConversationReference>(channelRefKey(baseConversationId(conversation)));
  }

  async start(sink: InboundSink): Promise<void> {
    this.#io.start(sink);
  }

  async stop(): Promise<void> {
    await this.#io.stop();
  }

  /**
   * One POST /api/messages: the SDK checks the JWT (answering 401 itself when it fails; in
   * local mode a request without a token passes as anonymous), then runs the turn.
   */
  async process(request: Request, response: WebResponse): Promise<void> {
    let authorized = false;
    await this.adapter.authorizeRequest(request, response, () => {
      authorized = true;
    });
    if (!authorized) return;
    await this.adapter.process(request, response, (context) => this.#turn(context));
  }

  async #turn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const alert = activity.type === "message" ? readAlertSubmit(activity.value) : null;
    const inbound = alert ? null : this.normalise(activity);
    const intake = this.intake;
    const reference = inbound && referenceOf(activity);
    if (!inbound || !intake || !reference) {
      await rememberReference(this.store, activity);
      if (alert) {
        if (this.alertActions) await this.alertActions.handleAlertAction(context, alert);
        else this.#logger?.warn("teams alert action but no Teams notifier is configured");
        return;
      }
      if (!isPersonal(activity)) {
        const text = teamChannelReply(activity, this.#alertConversation);
        if (text) await context.sendActivity(MessageFactory.text(text));
        return;
      }
      if (inbound) await this.#patientTurn(context, inbound);
      return;
    }
    // Journaled before Teams hears 200; a redelivered activity (same id) is dropped.
    const extra: KeptTeams = { reference, install: activity.type === "conversationUpdate" };
    if (!intake.take(inbound.messageId, { inbound, extra })) return;
    await intake.run(
      inbound.messageId,
      inbound,
      async () => {
        await rememberReference(this.store, activity);
        await this.#patientTurn(context, inbound);
      },
      async (text) => {
        await context.sendActivity(MessageFactory.text(text));
      },
    );
  }

  /** A journaled activity, run after a store outage or a restart: no turn context any more. */
  async #replay(inbound: Inbound, kept: KeptTeams | undefined): Promise<void> {
    if (kept?.reference) await this.store.set(refKey(inbound.userId), kept.reference);
    const sink = this.#io.sink;
    if (!sink) throw new LanternError("teams.not_started", "the Teams channel is not started");
    if (
      kept?.install &&
      (await this.store.loadConversation(conversationId(this.name, inbound.userId)))
    )
      return;
    await sink(inbound);
  }

  async #patientTurn(context: TurnContext, inbound: Inbound): Promise<void> {
    const activity = context.activity;
    // A reinstall by someone who already chats with Lantern needs no second welcome.
    if (
      activity.type === "conversationUpdate" &&
      (await this.store.loadConversation(conversationId(this.name, inbound.userId)))
    )
      return;
    const sink = this.#io.sink;
    if (!sink) throw new LanternError("teams.not_started", "the Teams channel is not started");
    // Read before the turn: the turn's next question replaces the latest prompt.
    const current =
      inbound.choice &&
      (await this.store.get<string>(promptKey(inbound.userId))) === inbound.choice.prompt;
    await sink(inbound);
    if (inbound.choice && activity.replyToId)
      await this.#closeCard(context, activity.replyToId, inbound.choice.id, Boolean(current));
  }

  /** Disable an answered (or stale) card: same question, no buttons, what was picked. */
  async #closeCard(context: TurnContext, cardId: string, choice: string, current: boolean) {
    const record = await this.store.get<CardRecord>(cardKey(cardId));
    const label =
      record?.choices.find((c) => c.id === choice)?.label ??
      readChoiceSubmit(context.activity.value)?.label ??
      choice;
    const status = current ? `✓ ${label}` : "This question has closed.";
    try {
      await context.updateActivity(
        Activity.fromObject({
          type: "message",
          id: cardId,
          attachments: [CardFactory.adaptiveCard(closedChoiceCard(record?.text ?? "", status))],
        }),
      );
      await this.store.keyv.delete(cardKey(cardId));
    } catch (error) {
      // The answer counted; a card left clickable is only cosmetic (the engine rejects stale presses).
      this.#logger?.warn({ err: errorCode(error) }, "teams card update failed");
    }
  }
}
