import { ConfigError } from '@councilkit/core';

const prefixes = ['sk_test_', 'sk_live_', 'rk_test_', 'rk_live_'];

/** Whether the key is for live payments: live keys move real money. */
export type KeyMode = 'test' | 'live';

/**
 * Checks a Stripe secret or restricted key's shape (`sk_test_…`, `sk_live_…`, `rk_…`) and says
 * its mode. A publishable key (`pk_…`) or anything else is refused, and the key is never echoed.
 */
export function checkSecretKey(key: string, option: string): KeyMode {
  const trimmed = key.trim();
  const prefix = prefixes.find((candidate) => trimmed.startsWith(candidate));
  const tail = prefix ? trimmed.slice(prefix.length) : '';
  const wellFormed =
    prefix !== undefined &&
    tail.length >= 8 &&
    tail.length <= 247 &&
    [...tail].every((c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (!wellFormed) {
    const hint = trimmed.startsWith('pk_')
      ? 'is a publishable key, which cannot act on payments: use the secret key (sk_…) or a restricted key (rk_…)'
      : 'is not a Stripe secret key: expected sk_test_…, sk_live_…, rk_test_… or rk_live_…';
    throw new ConfigError([{ path: option, message: hint }], {
      provider: 'stripe',
      summary: 'Invalid stripe options',
    });
  }
  return prefix!.includes('_live_') ? 'live' : 'test';
}
