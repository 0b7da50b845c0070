import { AuthError, ProviderError } from '@councilkit/core';
import { IdentityError } from '../errors.js';

const signInAgain = new Set([
  'login_required',
  'interaction_required',
  'consent_required',
  'account_selection_required',
]);
const passing = new Set(['temporarily_unavailable', 'server_error']);

/** The typed error for an `error` the provider sent back to the redirect URI. */
export function callbackError(provider: string, code: string, description: string | undefined): Error {
  const options = { provider, providerCode: code, providerMessage: description };
  if (code === 'access_denied') {
    return new IdentityError(
      'access_denied',
      `${provider} did not sign the person in (access_denied)`,
      options,
    );
  }
  if (signInAgain.has(code)) {
    return new IdentityError(
      'login_required',
      `${provider} needs the person to sign in again (${code})`,
      options,
    );
  }
  if (passing.has(code)) {
    return new ProviderError(`${provider} could not sign the person in just now (${code})`, {
      ...options,
      retryable: true,
    });
  }
  if (code === 'unauthorized_client') {
    return new AuthError(`${provider} does not allow this client to sign people in (${code})`, options);
  }
  return new ProviderError(`${provider} refused the sign-in request (${code})`, options);
}

/** The typed error for a token endpoint refusal. */
export function tokenError(
  provider: string,
  status: number,
  code: string | undefined,
  description?: string,
): Error {
  const options = { provider, status, providerCode: code, providerMessage: description };
  if (code === 'invalid_grant') {
    return new IdentityError(
      'code_rejected',
      `${provider} refused the authorization code: it was used already, expired, or issued for another redirect URI or verifier`,
      options,
    );
  }
  if (code === 'invalid_client' || code === 'unauthorized_client' || status === 401) {
    return new AuthError(
      `${provider} refused the client's credentials at the token endpoint (${code ?? status})`,
      options,
    );
  }
  return new ProviderError(`${provider} refused the token request (${code ?? `HTTP ${status}`})`, {
    ...options,
    retryable: status >= 500,
  });
}
