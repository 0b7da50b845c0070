/**
 * Notify's token bucket (notifications-utils `tally-bucket-rate-limit`): each request takes a token,
 * tokens come back at `requestsPerMinute / 60` per second up to `bucketSize`, and a request is refused
 * when fewer than one token is left after taking. Time is the emulator's clock.
 */
export class TokenBucketRateLimiter {
  private readonly buckets = new Map<string, { lastReplenishedSeconds: number; tokens: number }>();
  private readonly replenishPerSecond: number;

  constructor(
    readonly requestsPerMinute: number,
    private readonly bucketSize: number,
  ) {
    this.replenishPerSecond = requestsPerMinute / 60;
  }

  /** Takes a token from `key`'s bucket; false when the request is over the limit. */
  take(key: string, now: Date): boolean {
    const nowSeconds = now.getTime() / 1000;
    const bucket = this.buckets.get(key) ?? { lastReplenishedSeconds: nowSeconds, tokens: this.bucketSize };
    const elapsed = Math.max(nowSeconds - bucket.lastReplenishedSeconds, 0);
    const replenishment = Math.floor(elapsed * this.replenishPerSecond);
    const tokens = Math.max(Math.min(bucket.tokens + replenishment, this.bucketSize) - 1, 0);
    // Advance only by whole tokens granted, so fractions of a token are not lost to rounding.
    this.buckets.set(key, {
      lastReplenishedSeconds: bucket.lastReplenishedSeconds + replenishment / this.replenishPerSecond,
      tokens,
    });
    return tokens >= 1;
  }

  reset(): void {
    this.buckets.clear();
  }
}

/** Notify's bucket size for a per-minute limit: a third of it plus one, at most 1000. */
export function defaultBucketSize(requestsPerMinute: number): number {
  return Math.min(Math.ceil(requestsPerMinute / 3) + 1, 1000);
}
