/**
 * Next-due times by id, with the due ones taken in time order at a cost that grows with how
 * many are due, not with how many are waiting: a map (the truth) and a binary min-heap of
 * [at, id] entries. Changing or deleting an id leaves its old heap entry behind; such stale
 * entries are skipped when they surface, and the heap is rebuilt when they outnumber the live.
 */
export class DueQueue {
  readonly #at = new Map<string, number>();
  #heap: [number, string][] = [];

  get size(): number {
    return this.#at.size;
  }

  get(id: string): number | undefined {
    return this.#at.get(id);
  }

  set(id: string, at: number): void {
    if (this.#at.get(id) === at) return;
    this.#at.set(id, at);
    this.#push([at, id]);
    if (this.#heap.length > 2 * this.#at.size + 64) this.#rebuild();
  }

  delete(id: string): void {
    this.#at.delete(id);
  }

  clear(): void {
    this.#at.clear();
    this.#heap = [];
  }

  /** Remove and return every id due at or before `now`, earliest first. */
  takeDue(now: number): [string, number][] {
    const taken: [string, number][] = [];
    for (let top = this.#heap[0]; top !== undefined && top[0] <= now; top = this.#heap[0]) {
      this.#pop();
      const [at, id] = top;
      if (this.#at.get(id) !== at) continue; // stale: changed or deleted since
      this.#at.delete(id);
      taken.push([id, at]);
    }
    return taken;
  }

  #rebuild(): void {
    this.#heap = [...this.#at].map(([id, at]): [number, string] => [at, id]);
    this.#heap.sort((a, b) => a[0] - b[0]); // a sorted array is a valid heap
  }

  #push(entry: [number, string]): void {
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as [number, string];
      if (p[0] <= entry[0]) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const left = heap[l] as [number, string];
      const right = heap[r];
      const child = right !== undefined && right[0] < left[0] ? r : l;
      const c = heap[child] as [number, string];
      if (c[0] >= last[0]) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
  }
}
