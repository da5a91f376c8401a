import { z } from "zod";
import type { JobClaim } from "../lock.ts";
import type { Store } from "../store/store.ts";
import { DueQueue } from "./due-queue.ts";

/** A flow to start for a patient at a time: follow-ups, reminders, therapist assignments. */
export const Job = z.object({
  id: z.string(),
  due: z.string(),
  channel: z.string(),
  userId: z.string(),
  flowId: z.string(),
  /** Who asked for it: "flow:<id>" for follow-ups, a therapist's id for assignments. */
  by: z.string().optional(),
  createdAt: z.string(),
});
export type Job = z.infer<typeof Job>;

export type { JobClaim } from "../lock.ts";

/** How long to wait before looking again at a job another process claimed. */
const CLAIMED_RECHECK_MS = 60_000;

/**
 * Durable jobs: each is stored under `job:<id>` before it counts as scheduled, so a restart
 * loses none. Firing uses the job id as the inbound message id, so the conversation's dedupe
 * makes a job fire once even if it is fired again after a crash.
 */
export class Scheduler {
  readonly #store: Store;
  /** Due time (epoch ms) of every pending job, loaded at start and kept in step with the store. */
  readonly #pending = new Map<string, Job>();
  /** Jobs another process claimed, and when to look at them again (epoch ms). */
  readonly #claimedElsewhere = new Map<string, number>();
  /** When each pending job may next fire (its due time, or a claimed job's recheck): a min-heap. */
  readonly #next = new DueQueue();
  #claim: JobClaim | undefined;

  constructor(store: Store, options: { claim?: JobClaim } = {}) {
    this.#store = store;
    this.#claim = options.claim;
  }

  /** Share the store with other processes: fire only jobs this process claims. */
  useClaim(claim: JobClaim): void {
    this.#claim = claim;
  }

  /**
   * May this process fire job `id` now? Always, on its own; on a shared store only if it wins
   * the claim. A job claimed elsewhere is looked at again later: gone from the store by then
   * (fired), it is dropped; still there (its claimer died), it is claimed again.
   */
  async claim(id: string, now: Date): Promise<boolean> {
    if (!this.#claim) return true;
    if (await this.#claim(id)) {
      this.#claimedElsewhere.delete(id);
      this.#track(id);
      return true;
    }
    if (await this.#store.get(`job:${id}`))
      this.#claimedElsewhere.set(id, now.getTime() + CLAIMED_RECHECK_MS);
    else this.#pending.delete(id);
    this.#track(id);
    return false;
  }

  /** Store a job; scheduling the same id again changes nothing. */
  async schedule(job: Job): Promise<void> {
    const parsed = Job.parse(job);
    if (this.#pending.has(parsed.id) || (await this.#store.get(`job:${parsed.id}`))) return;
    await this.#store.set(`job:${parsed.id}`, parsed);
    this.#pending.set(parsed.id, parsed);
    this.#track(parsed.id);
  }

  async cancel(id: string): Promise<void> {
    await this.#store.keyv.delete(`job:${id}`);
    this.#pending.delete(id);
    this.#claimedElsewhere.delete(id);
    this.#next.delete(id);
  }

  /** Keep the heap in step with a job's pending state and recheck time. */
  #track(id: string): void {
    const job = this.#pending.get(id);
    if (!job) {
      this.#next.delete(id);
      return;
    }
    const due = Date.parse(job.due);
    const at = Math.max(
      Number.isNaN(due) ? Number.POSITIVE_INFINITY : due,
      this.#claimedElsewhere.get(id) ?? 0,
    );
    this.#next.set(id, at);
  }

  /**
   * Jobs due at `now`, earliest first. Taken from the heap and put straight back (they stay
   * pending until cancelled), so the cost follows the due jobs, not every pending one.
   */
  due(now: Date): Job[] {
    const taken = this.#next.takeDue(now.getTime());
    for (const [id, at] of taken) this.#next.set(id, at);
    return taken
      .map(([id]) => this.#pending.get(id))
      .filter((job): job is Job => job !== undefined)
      .sort((a, b) => a.due.localeCompare(b.due));
  }

  /** Pending jobs, for a patient or all. */
  list(filter?: { channel: string; userId: string }): Job[] {
    return [...this.#pending.values()].filter(
      (job) => !filter || (job.channel === filter.channel && job.userId === filter.userId),
    );
  }

  /** Read every stored job (on start). */
  async load(): Promise<number> {
    this.#pending.clear();
    this.#claimedElsewhere.clear();
    this.#next.clear();
    if (!this.#store.keyv.iterator) return 0;
    for await (const [key, value] of this.#store.keyv.iterator(undefined)) {
      if (typeof key === "string" && key.startsWith("job:")) {
        const job = Job.safeParse(value);
        if (job.success) {
          this.#pending.set(job.data.id, job.data);
          this.#track(job.data.id);
        }
      }
    }
    return this.#pending.size;
  }
}
