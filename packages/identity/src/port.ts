import type { CallOptions } from './model/call-options.js';
import type { Session, SessionTokens } from './model/session.js';
import type { SavedSignIn, SignInOptions, SignInRequest } from './model/sign-in.js';
import type { LogoutNotice, SignOutOptions } from './model/sign-out.js';
import type { UserInfo } from './model/user-info.js';

/** What a provider can do; the conformance suite skips what is off. */
export interface IdentityCapabilities {
  /** `getUserInfo` works. */
  readonly userInfo: boolean;
  /** `signOutUrl` works (RP-initiated logout). */
  readonly signOut: boolean;
  /** `verifyLogoutToken` works (the provider sends back-channel logouts). */
  readonly backChannelLogout: boolean;
  /** The provider can vouch for a person's identity (name, date of birth) beyond signing them in. */
  readonly identityClaims: boolean;
}

/**
 * Signs people in through one provider, and reads who they are. Every method checks its input
 * first (a `ValidationError` naming the field); a refused sign-in is an `IdentityError` with a
 * `reason`; anything else is a `CouncilKitError`.
 *
 * @example
 * const signIn = await identity.createSignIn({ scopes: ['email'] });
 * request.session.signIn = signIn;             // keep it until they come back
 * response.redirect(signIn.url);
 * // ... on the callback:
 * const session = await identity.completeSignIn(request.url, request.session.signIn);
 */
export interface IdentityProvider {
  /** The provider's name, e.g. `openid-connect` or `govuk-one-login`. */
  readonly provider: string;
  readonly capabilities: IdentityCapabilities;

  /** Starts a sign-in: the URL to redirect to, and the state, nonce and PKCE verifier to keep. */
  createSignIn(options?: SignInOptions, callOptions?: CallOptions): Promise<SignInRequest>;

  /**
   * Completes a sign-in from the URL the provider sent the person back to: checks `state` (once
   * only) and `iss`, exchanges the code and verifies the ID token.
   */
  completeSignIn(callbackUrl: string | URL, saved: SavedSignIn, callOptions?: CallOptions): Promise<Session>;

  /** Reads the signed-in person's claims from the userinfo endpoint. */
  getUserInfo(session: SessionTokens, callOptions?: CallOptions): Promise<UserInfo>;

  /** The URL that ends the person's session at the provider (RP-initiated logout). */
  signOutUrl(options: SignOutOptions, callOptions?: CallOptions): Promise<string>;

  /** Verifies a back-channel `logout_token` and says whose sessions to end; a repeat is refused. */
  verifyLogoutToken(logoutToken: string, callOptions?: CallOptions): Promise<LogoutNotice>;
}
