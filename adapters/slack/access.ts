import type { webApi } from "@slack/bolt";

type WebClient = webApi.WebClient;

export interface AccessOptions {
  client: WebClient;
  /** Members of this channel are the care team … */
  channel?: string | undefined;
  /** … or members of this user group (checked first when both are set). */
  usergroup?: string | undefined;
  /** How long a member list is trusted before it is read again. */
  ttlMs?: number;
}

/**
 * Who counts as the care team: members of SLACK_CARE_TEAM_USERGROUP or SLACK_CARE_TEAM_CHANNEL
 * (the alert channel when neither is set). Lists are cached briefly; a failure to read them
 * denies (fail closed) and is thrown to the caller, who tells the person politely.
 */
export class CareTeamAccess {
  readonly #client: WebClient;
  readonly #channel: string | undefined;
  readonly #usergroup: string | undefined;
  readonly #ttl: number;
  #cache: { members: Set<string>; at: number } | undefined;

  constructor(options: AccessOptions) {
    this.#client = options.client;
    this.#channel = options.channel;
    this.#usergroup = options.usergroup;
    this.#ttl = options.ttlMs ?? 60_000;
  }

  async isMember(userId: string): Promise<boolean> {
    const now = Date.now();
    const age = this.#cache ? now - this.#cache.at : Number.POSITIVE_INFINITY;
    // A miss re-reads soon (someone just added should not wait a minute), but not on every try.
    if (age > this.#ttl || (age > 5_000 && !this.#cache?.members.has(userId))) {
      this.#cache = { members: await this.#read(), at: now };
    }
    return this.#cache?.members.has(userId) ?? false;
  }

  async #read(): Promise<Set<string>> {
    if (this.#usergroup) {
      const result = await this.#client.usergroups.users.list({ usergroup: this.#usergroup });
      return new Set(result.users ?? []);
    }
    const members = new Set<string>();
    if (!this.#channel) return members;
    let cursor: string | undefined;
    do {
      const page = await this.#client.conversations.members({
        channel: this.#channel,
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      for (const id of page.members ?? []) members.add(id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return members;
  }

  /** For tests and after a team change: forget the cached list. */
  forget(): void {
    this.#cache = undefined;
  }
}

/** The polite refusal for anyone outside the care team. */
export const NOT_CARE_TEAM =
  "Sorry, Lantern's commands are only for the clinic's care team. If you should have access, please ask your Slack admin to add you to the care-team channel or group.";
export const ACCESS_UNAVAILABLE =
  "Sorry, I couldn't check your care-team membership just now (Slack did not answer). Please try again in a minute.";
