/**
 * @module @councilkit/identity-onelogin
 * GOV.UK One Login adapter for @councilkit/identity.
 */
export {};
