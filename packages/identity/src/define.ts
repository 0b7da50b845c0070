import {
  CouncilKitError,
  createLogger,
  type LoggerOptions,
  onFirstUse,
  ProviderError,
  parseInput,
  TransportError,
  z,
} from '@councilkit/core';
import { type CallOptions, callOptionsSchema } from './model/call-options.js';
import type { Session, SessionTokens } from './model/session.js';
import {
  callbackUrlSchema,
  type SavedSignIn,
  type SignInOptions,
  type SignInRequest,
  savedSignInSchema,
  signInOptionsSchema,
} from './model/sign-in.js';
import {
  type LogoutNotice,
  logoutTokenSchema,
  type SignOutOptions,
  sessionTokensSchema,
  signOutOptionsSchema,
} from './model/sign-out.js';
import type { UserInfo } from './model/user-info.js';
import type { IdentityCapabilities, IdentityProvider } from './port.js';

/** What an adapter implements: the port's methods, each given input already checked. */
export interface IdentityProviderImplementation {
  readonly provider: string;
  readonly capabilities: IdentityCapabilities;
  createSignIn(options: SignInOptions, callOptions: CallOptions): Promise<SignInRequest>;
  completeSignIn(callbackUrl: URL, saved: SavedSignIn, callOptions: CallOptions): Promise<Session>;
  getUserInfo(session: SessionTokens, callOptions: CallOptions): Promise<UserInfo>;
  signOutUrl(options: SignOutOptions, callOptions: CallOptions): Promise<string>;
  verifyLogoutToken(logoutToken: string, callOptions: CallOptions): Promise<LogoutNotice>;
}

/**
 * Wraps an adapter as an `IdentityProvider`: every call checks its input with the model's schemas
 * (a `ValidationError` naming the field, before any request), logs its start and end without
 * tokens or personal data, and turns anything thrown that is not a councilkit error into a
 * `ProviderError` keeping it as `cause`.
 */
export function defineIdentityProvider(
  implementation: IdentityProviderImplementation,
  options: LoggerOptions = {},
): IdentityProvider {
  const { provider } = implementation;
  const logger = createLogger({ ...options, bindings: { provider } });

  async function run<T>(
    operation: string,
    callOptions: unknown,
    body: (checked: CallOptions) => Promise<T>,
  ): Promise<T> {
    const checked = parseInput(callOptionsSchema(), callOptions ?? {}, provider);
    const started = performance.now();
    try {
      const result = await body(checked);
      logger.debug(
        { operation, durationMs: Math.round(performance.now() - started) },
        `${operation} finished`,
      );
      return result;
    } catch (error) {
      const typed = toCouncilKitError(error, provider, operation, checked.signal);
      logger.warn(
        { operation, code: typed.code, reason: (typed as { reason?: string }).reason },
        `${operation} failed`,
      );
      throw typed;
    }
  }

  return {
    provider,
    capabilities: Object.freeze({ ...implementation.capabilities }),
    createSignIn: (signInOptions, callOptions) =>
      run('createSignIn', callOptions, (checked) =>
        implementation.createSignIn(
          parseInput(signInOptionsSchema(), signInOptions ?? {}, provider),
          checked,
        ),
      ),
    completeSignIn: (callbackUrl, saved, callOptions) =>
      run('completeSignIn', callOptions, (checked) => {
        const input = parseInput(completeSignInSchema(), { callbackUrl, saved }, provider);
        return implementation.completeSignIn(
          new URL(input.callbackUrl),
          withoutNulls(input.saved) as unknown as SavedSignIn,
          checked,
        );
      }),
    getUserInfo: (session, callOptions) =>
      run('getUserInfo', callOptions, (checked) =>
        implementation.getUserInfo(parseInput(getUserInfoSchema(), { session }, provider).session, checked),
      ),
    signOutUrl: (signOutOptions, callOptions) =>
      run('signOutUrl', callOptions, (checked) =>
        implementation.signOutUrl(parseInput(signOutOptionsSchema(), signOutOptions, provider), checked),
      ),
    verifyLogoutToken: (logoutToken, callOptions) =>
      run('verifyLogoutToken', callOptions, (checked) =>
        implementation.verifyLogoutToken(
          parseInput(verifyLogoutTokenSchema(), { logoutToken }, provider).logoutToken,
          checked,
        ),
      ),
  };
}

// Inputs are checked inside named objects, so a ValidationError names the argument (`saved.nonce`, `logoutToken`).
const completeSignInSchema = onFirstUse(() =>
  z.object({ callbackUrl: callbackUrlSchema(), saved: savedSignInSchema() }),
);
const getUserInfoSchema = onFirstUse(() => z.object({ session: sessionTokensSchema() }));
const verifyLogoutTokenSchema = onFirstUse(() => z.object({ logoutToken: logoutTokenSchema() }));

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== null && field !== undefined),
  );
}

function toCouncilKitError(
  error: unknown,
  provider: string,
  operation: string,
  signal: AbortSignal | undefined,
) {
  if (CouncilKitError.isInstance(error)) return error;
  if (signal?.aborted) return new TransportError(`${operation} was aborted`, { provider, cause: error });
  const kind = error instanceof Error ? error.name : typeof error;
  // The thrown message is left out: it may quote a token.
  return new ProviderError(`${operation} failed with an unexpected ${kind}`, { provider, cause: error });
}
