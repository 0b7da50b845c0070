/**
 * @module @councilkit/pay
 * Provider-neutral payments port: model, definePaymentProvider, memory adapter and conformance suite.
 */
export {};
