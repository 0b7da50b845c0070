import type { ProviderMetadata } from './provider-options.js';

/** What the provider's userinfo endpoint says about the signed-in person, in neutral terms. */
export interface UserInfo {
  /** Always the same as the session's `sub`: a mismatch is an error. */
  readonly sub: string;
  readonly email?: string | undefined;
  readonly emailVerified?: boolean | undefined;
  /** In E.164 form (`+447700900123`). */
  readonly phoneNumber?: string | undefined;
  readonly phoneNumberVerified?: boolean | undefined;
  readonly name?: string | undefined;
  readonly givenName?: string | undefined;
  readonly familyName?: string | undefined;
  /** Every claim the provider returned, as it returned them. */
  readonly claims: Readonly<Record<string, unknown>>;
  /** Provider-only results, e.g. One Login's verified identity under `govuk-one-login`. */
  readonly providerMetadata?: ProviderMetadata | undefined;
}
