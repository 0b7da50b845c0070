/** A token bucket: `capacity` sends at once, refilled at `refillPerSecond`. */
export interface TokenBucketOptions {
  capacity: number;
  refillPerSecond: number;
  now?: () => number;
}

/**
 * Client-side pacing that mirrors Notify's own limiter (a burst of 1,000, refilled at 50 a second:
 * 3,000 a minute), so a batch waits here instead of collecting 429s there.
 */
export class TokenBucket {
  #tokens: number;
  #updatedAt: number;
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;

  constructor(options: TokenBucketOptions) {
    this.#capacity = options.capacity;
    this.#refillPerMs = options.refillPerSecond / 1000;
    this.#now = options.now ?? (() => performance.now());
    this.#tokens = options.capacity;
    this.#updatedAt = this.#now();
  }

  /** Takes one token now, or returns how many milliseconds to wait before asking again. */
  take(): number {
    const now = this.#now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#updatedAt) * this.#refillPerMs);
    this.#updatedAt = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - this.#tokens) / this.#refillPerMs);
  }

  /** Empties the bucket, as when the provider says the limit was reached. */
  drain(): void {
    this.#tokens = 0;
    this.#updatedAt = this.#now();
  }
}
