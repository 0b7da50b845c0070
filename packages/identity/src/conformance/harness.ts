import type { Session } from '../model/session.js';
import type { SignInOptions } from '../model/sign-in.js';
import type { IdentityProvider } from '../port.js';

/** What `setup` gives the identity conformance suite. */
export interface IdentityHarness {
  readonly provider: IdentityProvider;
  /**
   * Goes through the provider's sign-in pages with `authorizationUrl` as a person would (the
   * backdoor: a scripted browser, the emulator's test people) and resolves with the URL the
   * provider sent them back to.
   */
  signIn(authorizationUrl: string): Promise<string>;
  /** Goes through the sign-in pages but cancels; resolves with the callback URL carrying the error. */
  cancelSignIn?(authorizationUrl: string): Promise<string>;
  /**
   * Ends `session` at the provider and resolves with the back-channel logout token the provider
   * then posted. Needed when `capabilities.backChannelLogout` is on; without it those tests skip.
   */
  logoutToken?(session: Session): Promise<string>;
  /** Options every sign-in of the suite uses (a provider may need a level or scopes). */
  readonly signInOptions?: SignInOptions;
  /** Runs once after the suite: close servers. */
  teardown?(): Promise<void> | void;
}

/** Options of `describeIdentityProvider`. */
export interface DescribeIdentityProviderOptions {
  /** Names of tests to skip, for a known gap; prefer capabilities. */
  readonly skip?: readonly string[];
}
