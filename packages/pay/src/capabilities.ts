/**
 * What a payment provider can do, read at run time from `provider.capabilities`. A method whose
 * capability is false throws `UnsupportedError` (code `unsupported`); the conformance suite skips
 * its tests, and every test that depends on them.
 */
export interface PaymentCapabilities {
  /** `cancelPayment`: stop a payment the user has not finished (or a capturable one). */
  readonly cancel: boolean;
  /** `createPayment({ delayedCapture: true })` and `capturePayment`. */
  readonly delayedCapture: boolean;
  /** `createRefund`, `getRefund`, `listRefunds`. */
  readonly refunds: boolean;
  /** More than one refund of part of a payment (needs `refunds`). */
  readonly partialRefunds: boolean;
  /** `listPaymentEvents`: the statuses a payment went through. */
  readonly paymentEvents: boolean;
  /** `searchPayments` by reference, email, status and dates. */
  readonly search: boolean;
}

/** The names of the capabilities, for loops and messages. */
export const paymentCapabilityNames = [
  'cancel',
  'delayedCapture',
  'refunds',
  'partialRefunds',
  'paymentEvents',
  'search',
] as const satisfies readonly (keyof PaymentCapabilities)[];

/** Which capability each optional port method needs. */
export const capabilityOfMethod = {
  cancelPayment: 'cancel',
  capturePayment: 'delayedCapture',
  createRefund: 'refunds',
  getRefund: 'refunds',
  listRefunds: 'refunds',
  listPaymentEvents: 'paymentEvents',
  searchPayments: 'search',
} as const satisfies Record<string, keyof PaymentCapabilities>;
