import type { ProviderMetadata } from './provider-options.js';

/** A completed sign-in: who signed in, how, and the tokens to call the provider with. */
export interface Session {
  /** The provider's stable identifier of the person (pairwise at some providers: map it to your own id). */
  readonly sub: string;
  /** The provider's session id, when it gives one; back-channel logouts name it. */
  readonly sid?: string | undefined;
  /** The issuer that signed the ID token. */
  readonly issuer: string;
  /** The raw ID token: keep it for `signOutUrl`, never log it. */
  readonly idToken: string;
  /** The access token for `getUserInfo`; opaque. */
  readonly accessToken: string;
  readonly accessTokenExpiresAt?: Date | undefined;
  readonly refreshToken?: string | undefined;
  /** When the ID token expires. */
  readonly expiresAt: Date;
  /** When the person last actively signed in, when the provider says (`auth_time`). */
  readonly authenticatedAt?: Date | undefined;
  /**
   * How strongly the person was authenticated, in the provider's words (`acr`; One Login's `vot`
   * such as `Cl.Cm`).
   */
  readonly authenticationLevel?: string | undefined;
  /** Every claim of the verified ID token. */
  readonly claims: Readonly<Record<string, unknown>>;
  readonly providerMetadata?: ProviderMetadata | undefined;
}

/** The parts of a session `getUserInfo` needs. */
export interface SessionTokens {
  readonly accessToken: string;
  readonly sub: string;
}
