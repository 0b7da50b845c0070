import type { PaymentProvider } from '../port.js';

/**
 * Reaches the provider's real state behind the adapter (the memory provider's controls, an emulator's
 * test controls), as a user on the payment page or the provider itself would move it. A returned
 * promise is awaited.
 */
export interface PaymentBackdoor {
  /** The user pays with a card that succeeds: the payment becomes paid, or capturable for delayed capture. */
  complete(paymentId: string): unknown;
  /** The user's card is declined. */
  decline(paymentId: string): unknown;
  /** The payment is not finished in time. */
  expire(paymentId: string): unknown;
  /** A refund succeeds at the provider (a no-op where refunds succeed at once). */
  settleRefund(paymentId: string, refundId: string): unknown;
  /** A refund fails at the provider. */
  failRefund(paymentId: string, refundId: string): unknown;
}

/** Values the suite needs that depend on the provider's test service; each has a default. */
export interface PaymentFixtures {
  /** Where payments send the user back to. Default `https://council.example/payments/return`. */
  readonly returnUrl?: string;
  /** An email address the provider accepts. Default `resident@example.com`. */
  readonly email?: string;
  /** Pence the suite pays with; at least the provider's minimum. Default 1000. */
  readonly amount?: number;
}

/** What `setup` gives the conformance suite. Capabilities come from `provider.capabilities`. */
export interface PaymentHarness {
  readonly provider: PaymentProvider;
  readonly backdoor: PaymentBackdoor;
  readonly fixtures?: PaymentFixtures;
  /** Runs once after the suite: close servers, clear state. */
  teardown?(): Promise<void> | void;
}

/** Options of `describePaymentProvider`. */
export interface DescribePaymentProviderOptions {
  /** Names of tests to skip, for a known gap; prefer capabilities. */
  readonly skip?: readonly string[];
}
