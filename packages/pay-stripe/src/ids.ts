import { ValidationError } from '@councilkit/core';

const isIdCharacter = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';

/**
 * Checks a Stripe id's shape before it goes into a URL: the expected prefix, then letters, digits
 * and underscores only. A payment id is a Checkout Session id (`cs_…`), a refund id `re_…`.
 */
export function checkStripeId(id: string, prefix: 'cs_' | 're_' | 'pi_', field: string): string {
  const wellFormed =
    typeof id === 'string' &&
    id.startsWith(prefix) &&
    id.length > prefix.length + 4 &&
    id.length <= 255 &&
    [...id].every(isIdCharacter);
  if (typeof id !== 'string' || !wellFormed) {
    const kind = {
      cs_: 'a Stripe Checkout Session id (cs_…)',
      re_: 'a Stripe refund id (re_…)',
      pi_: 'a Stripe PaymentIntent id (pi_…)',
    }[prefix];
    throw new ValidationError([{ path: field, message: `must be ${kind}` }], { provider: 'stripe' });
  }
  return id;
}
