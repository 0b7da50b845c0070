/**
 * @module @councilkit/pay-govuk
 * GOV.UK Pay adapter for @councilkit/pay.
 */
export {};
