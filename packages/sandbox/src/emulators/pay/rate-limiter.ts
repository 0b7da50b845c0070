/** Limits per second: GOV.UK Pay allows 15 POSTs of each kind and many more reads. */
export interface RateLimits {
  readonly postsPerSecond: number;
  readonly readsPerSecond: number;
}

/**
 * GOV.UK Pay's limiter: a count per one-second window, kept per kind of request (creating payments,
 * captures, other POSTs, reads). `force` makes the next requests fail whatever the count.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { second: number; count: number }>();
  private forced = 0;

  constructor(private readonly limits: RateLimits | false) {}

  /** Makes the next `count` API requests answer 429. */
  force(count: number): void {
    this.forced += count;
  }

  /** True when the request may go ahead, counting it. */
  allow(method: string, path: string, nowMs: number): boolean {
    if (this.forced > 0) {
      this.forced -= 1;
      return false;
    }
    if (this.limits === false) return true;
    const kind =
      method !== 'POST'
        ? 'read'
        : /\/v1\/payments$/.test(path)
          ? 'create'
          : path.endsWith('/capture')
            ? 'capture'
            : 'post';
    const limit = kind === 'read' ? this.limits.readsPerSecond : this.limits.postsPerSecond;
    const second = Math.floor(nowMs / 1000);
    const window = this.windows.get(kind);
    if (window === undefined || window.second !== second) {
      this.windows.set(kind, { second, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= limit;
  }
}
