import { randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random base-62 characters, the shape of Stripe's id tails. */
export function randomTail(length: number): string {
  const bytes = randomBytes(length);
  let tail = '';
  // 62 does not divide 256, but a slight bias is harmless for test ids.
  for (const byte of bytes) tail += alphabet[byte % alphabet.length];
  return tail;
}

/** Stripe's id shapes as real payloads show them: test-mode sessions carry 58 characters, others 24. */
export const newId = {
  checkoutSession: () => `cs_test_${randomTail(58)}`,
  paymentIntent: () => `pi_${randomTail(24)}`,
  charge: () => `ch_${randomTail(24)}`,
  refund: () => `re_${randomTail(24)}`,
  event: () => `evt_${randomTail(24)}`,
  paymentMethod: () => `pm_${randomTail(24)}`,
  request: () => `req_${randomTail(14)}`,
  clientSecretTail: () => `_secret_${randomTail(25)}`,
};
