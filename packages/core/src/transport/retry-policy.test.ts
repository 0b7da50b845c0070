import { describe, expect, it } from 'vitest';
import { backoffDelayMs, defaultRetryPolicy, parseRetryAfterMs, sleep } from './retry-policy.js';
import { userAgent } from './user-agent.js';

describe('retry policy', () => {
  it('draws a full-jitter delay under a doubling, capped ceiling', () => {
    expect(backoffDelayMs(defaultRetryPolicy, 0, () => 0.999)).toBe(499);
    expect(backoffDelayMs(defaultRetryPolicy, 1, () => 0.5)).toBe(500);
    expect(backoffDelayMs(defaultRetryPolicy, 10, () => 0.999)).toBe(4995);
    expect(backoffDelayMs(defaultRetryPolicy, 3, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfterMs({ 'retry-after': '2' }, now)).toBe(2000);
    expect(parseRetryAfterMs({ 'retry-after': 'Mon, 23 Nov 2026 10:00:05 GMT' }, now)).toBe(5000);
    expect(parseRetryAfterMs({ 'retry-after': 'Mon, 23 Nov 2026 09:00:00 GMT' }, now)).toBe(0);
    expect(parseRetryAfterMs({ 'retry-after-ms': '250' }, now)).toBe(250);
    expect(parseRetryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(parseRetryAfterMs({}, now)).toBeUndefined();
  });

  it('sleeps, and stops sleeping when aborted', async () => {
    expect(await sleep(1)).toBe(true);
    const controller = new AbortController();
    const sleeping = sleep(10_000, controller.signal);
    controller.abort();
    expect(await sleeping).toBe(false);
    expect(await sleep(10, controller.signal)).toBe(false);
  });

  it('builds the User-Agent from the package name and version', () => {
    expect(userAgent('@councilkit/notify-govuk', '1.2.3')).toBe('councilkit-notify-govuk/1.2.3');
    expect(() => userAgent('@councilkit/notify-govuk', '')).toThrow(/version/);
  });
});
