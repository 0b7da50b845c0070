/**
 * @module @councilkit/pay-stripe
 * Stripe Checkout adapter for @councilkit/pay.
 */
export {};
