/**
 * Every error councilkit throws has one of these codes. The union is closed, so a
 * `switch (error.code)` over it is exhaustive and callers never branch on message text.
 */
export type CouncilKitErrorCode =
  | 'config_invalid'
  | 'validation_failed'
  | 'auth_failed'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'provider_error'
  | 'transport_failed'
  | 'webhook_verification_failed'
  | 'unsupported';

/** One problem with an input or an option, located by its path (`personalisation.name`, `apiKey`). */
export interface Issue {
  /** Dotted path of the offending field; empty for the input as a whole. */
  readonly path: string;
  readonly message: string;
}
