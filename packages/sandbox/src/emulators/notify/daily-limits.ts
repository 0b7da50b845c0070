import { NotifyApiError } from './api-error.js';
import type { NotifyState } from './notify-state.js';
import type { KeyType } from './service.js';

/** The kinds of message Notify counts against a daily limit. */
export type DailyLimitType = 'email' | 'sms' | 'international_sms' | 'letter';

/** A service's daily limits by kind of message. */
export type DailyLimits = Readonly<Record<DailyLimitType, number>>;

/** Notify's documented limits for a live service (docs "Daily limits"). */
export const liveServiceDailyLimits: DailyLimits = {
  email: 250_000,
  sms: 250_000,
  international_sms: 100,
  letter: 20_000,
};

/** A trial service may send 50 emails and 50 text messages a day. */
export const trialServiceDailyLimits: DailyLimits = {
  email: 50,
  sms: 50,
  international_sms: 50,
  letter: 50,
};

/**
 * Throws Notify's 429 `TooManyRequestsError` when one more message of this kind would pass today's
 * limit (notifications-api `app/notifications/validators.py`, `check_service_over_daily_message_limit`;
 * `app/v2/errors.py`). Test keys have their own count, which sending never raises, and on a trial
 * service they are held to the live limits.
 */
export function checkDailyLimit(state: NotifyState, keyType: KeyType, type: DailyLimitType): void {
  const limit =
    keyType === 'test' && state.service.restricted
      ? liveServiceDailyLimits[type]
      : state.service.dailyLimits[type];
  const sent = keyType === 'test' ? 0 : (state.dailyCounts.get(countKey(state, type)) ?? 0);
  if (sent + 1 > limit) {
    throw new NotifyApiError(429, [
      { error: 'TooManyRequestsError', message: `Exceeded send limits (${type}: ${limit}) for today` },
    ]);
  }
}

/** Counts a stored message against today's limits (`increment_daily_limit_caches`); test keys do not count. */
export function countTowardsDailyLimits(
  state: NotifyState,
  keyType: KeyType,
  types: readonly DailyLimitType[],
): void {
  if (keyType === 'test') return;
  for (const type of types) {
    const key = countKey(state, type);
    state.dailyCounts.set(key, (state.dailyCounts.get(key) ?? 0) + 1);
  }
}

// Counts are per UTC day, as Notify's cache keys are (`<service>-<type>-<yyyy-mm-dd>-count`).
function countKey(state: NotifyState, type: DailyLimitType): string {
  return `${type}-${state.clock.now().toISOString().slice(0, 10)}`;
}
