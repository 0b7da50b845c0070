import type { EmulatorClock } from '../notify/clock.js';
import type { PaymentStore } from './payment-store.js';
import type { RateLimiter } from './rate-limiter.js';
import type { AgreementRecord, DisputeRecord } from './types.js';
import type { WebhookSender } from './webhooks.js';

/** Everything one GOV.UK Pay emulator holds. */
export interface PayState {
  readonly basePath: string;
  readonly clock: EmulatorClock;
  readonly payments: PaymentStore;
  readonly agreements: Map<string, AgreementRecord>;
  readonly disputes: DisputeRecord[];
  /** Agreement payments by `Idempotency-Key`: the payment made and the body that made it. */
  readonly idempotency: Map<string, { paymentId: string; body: string; at: number }>;
  readonly webhooks: WebhookSender;
  readonly rateLimiter: RateLimiter;
}
