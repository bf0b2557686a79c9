/** A promise that a waiting side can be woken from; one waiter at a time. */
class Signal {
  private wake: (() => void) | null = null;

  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/**
 * A bounded first-in, first-out line of results still being computed: the reader pushes (and
 * waits while `limit` are in line), the writer takes them in the order pushed, each once it is
 * ready. Output keeps input order however the work finishes, and memory holds `limit` documents.
 */
export class OrderedWindow<T> {
  private readonly items: Promise<T>[] = [];
  private readonly room = new Signal();
  private readonly arrival = new Signal();
  private ended = false;
  private cancelled = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit: number) {}

  /** The writer gave up: the producer should stop. */
  get isCancelled(): boolean {
    return this.cancelled;
  }

  /** Adds a result to the line; resolves once there is room for the next. */
  async push(item: Promise<T>): Promise<void> {
    if (this.cancelled) return;
    this.items.push(item);
    this.arrival.notify();
    while (this.items.length >= this.limit && !this.cancelled) await this.room.wait();
  }

  /** No more results will come. */
  end(): void {
    this.ended = true;
    this.arrival.notify();
  }

  /** The producer failed: the writer gets what came before, then this error. */
  fail(error: unknown): void {
    this.failure = { error };
    this.end();
  }

  /** The writer stopped early: release the reader and forget what is in line. */
  cancel(): void {
    this.cancelled = true;
    this.items.length = 0;
    this.room.notify();
    this.arrival.notify();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.cancelled) return;
      const head = this.items[0];
      if (head) {
        const value = await head;
        if (this.cancelled) return;
        this.items.shift();
        this.room.notify();
        yield value;
      } else if (this.ended) {
        if (this.failure) throw this.failure.error;
        return;
      } else {
        await this.arrival.wait();
      }
    }
  }
}
