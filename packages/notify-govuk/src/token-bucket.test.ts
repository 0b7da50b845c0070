import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst, then paces at the refill rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 50, now: () => now });
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBe(20);
    now += 20;
    expect(bucket.take()).toBe(0);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0, 20]);
  });

  it('drains when told the provider is limiting', () => {
    let now = 0;
    const bucket = new TokenBucket({ capacity: 1000, refillPerSecond: 50, now: () => now });
    bucket.drain();
    expect(bucket.take()).toBe(20);
    now += 1000;
    expect(bucket.take()).toBe(0);
  });
});
