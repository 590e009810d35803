// A small bounded async queue: the producer waits when it is full, consumers wait when it is empty.
export class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly takers: ((v: T | undefined) => void)[] = [];
  private readonly putters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  /** Waits for room, then adds at the back. */
  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed && this.takers.length === 0) {
      await new Promise<void>((r) => this.putters.push(r));
    }
    this.add(item, false);
  }

  /** Adds at the front without waiting for room (retries go first). */
  pushFront(item: T): void {
    this.add(item, true);
  }

  private add(item: T, front: boolean): void {
    const taker = this.takers.shift();
    if (taker) taker(item);
    else if (front) this.items.unshift(item);
    else this.items.push(item);
  }

  /** The next item, or undefined once the queue is closed and empty. */
  async take(): Promise<T | undefined> {
    const item = this.items.shift();
    if (item !== undefined) {
      this.putters.shift()?.();
      return item;
    }
    if (this.closed) return undefined;
    return new Promise<T | undefined>((r) => this.takers.push(r));
  }

  /** No more pushes from the producer; waiting consumers get undefined once items run out. */
  close(): void {
    this.closed = true;
    if (this.items.length === 0) for (const t of this.takers.splice(0)) t(undefined);
    for (const p of this.putters.splice(0)) p();
  }

  /** Re-opens after close() for retries that arrive while consumers still run. */
  get isClosed(): boolean {
    return this.closed;
  }
}
