/**
 * @module @councilkit/identity
 * Provider-neutral identity port and an OpenID Connect relying party on jose, with a conformance suite.
 */
export {};
