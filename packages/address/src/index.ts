/**
 * @module @councilkit/address
 * Provider-neutral address lookup port: model, postcode tools, cache, fallback, memory adapter and conformance suite.
 */
export {};
