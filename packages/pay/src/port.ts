import type { PaymentCapabilities } from './capabilities.js';
import type {
  CallOptions,
  CreatePaymentInput,
  CreateRefundInput,
  Payment,
  PaymentEvent,
  PaymentSearchFilter,
  Refund,
} from './model.js';

/**
 * Takes card payments and refunds them through one provider. Every method checks its input first
 * and throws a `ValidationError` naming the field before any request; anything else that goes wrong
 * is a `CouncilKitError` (`NotFoundError` for an unknown id, `ConflictError` for a payment in the
 * wrong state, `RateLimitError`, `TransportError`, ...). A method the provider cannot do throws
 * `UnsupportedError`: read `capabilities` first.
 *
 * @example
 * const payment = await pay.createPayment({
 *   amount: 2500,
 *   reference: 'PERMIT-123',
 *   description: 'Resident parking permit',
 *   returnUrl: 'https://council.example/permits/123/paid',
 * });
 * // keep payment.id with the application, then redirect the user to payment.nextUrl
 */
export interface PaymentProvider {
  /** The provider's name, e.g. `govuk-pay`, `stripe` or `memory`. */
  readonly provider: string;
  /** What this provider can do; a method whose capability is false throws `UnsupportedError`. */
  readonly capabilities: PaymentCapabilities;

  /**
   * Creates a payment and returns it with `nextUrl`, where the user pays. A creation is never
   * repeated once it may have reached the provider, unless the provider deduplicates it: when the
   * outcome is unknown the error says so (`outcomeUnknown`), and `searchPayments({ reference })`
   * finds the payment if it was made.
   */
  createPayment(input: CreatePaymentInput, options?: CallOptions): Promise<Payment>;

  /** Reads a payment as it is now: the one reliable way to learn its outcome. */
  getPayment(id: string, options?: CallOptions): Promise<Payment>;

  /** The statuses a payment went through, oldest first (capability `paymentEvents`). */
  listPaymentEvents(id: string, options?: CallOptions): Promise<PaymentEvent[]>;

  /**
   * Finds payments, newest first, following the provider's pages as you iterate (capability
   * `search`). Search results may lag a few seconds behind; use `getPayment` for one outcome.
   */
  searchPayments(filter?: PaymentSearchFilter, options?: CallOptions): AsyncIterable<Payment>;

  /** Cancels a payment the user has not finished, or a capturable one (capability `cancel`). */
  cancelPayment(id: string, options?: CallOptions): Promise<void>;

  /** Takes the money of a `capturable` payment (capability `delayedCapture`). */
  capturePayment(id: string, options?: CallOptions): Promise<void>;

  /** Refunds some or all of a paid payment (capability `refunds`); repeats of the call never refund twice. */
  createRefund(paymentId: string, input: CreateRefundInput, options?: CallOptions): Promise<Refund>;

  /** Reads one refund of a payment (capability `refunds`). */
  getRefund(paymentId: string, refundId: string, options?: CallOptions): Promise<Refund>;

  /** Every refund of a payment, oldest first (capability `refunds`). */
  listRefunds(paymentId: string, options?: CallOptions): Promise<Refund[]>;
}
