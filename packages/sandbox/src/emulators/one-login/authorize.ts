import { errorPage, signInPage } from './sign-in-page.js';
import { type OneLoginState, opaque, type PendingAuthorization, prune } from './state.js';
import { identityClaimNames, parseVtr } from './vocabulary.js';

const pendingLifetimeMs = 30 * 60_000;

/** Redirects to the client with an OAuth error, as One Login does once the redirect URI is trusted. */
export function errorRedirect(
  redirectUri: string,
  error: string,
  description: string,
  state: string | undefined,
): Response {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (state !== undefined) url.searchParams.set('state', state);
  return new Response(null, { status: 302, headers: { location: url.toString() } });
}

/**
 * `GET /authorize`: checks the request in One Login's order (client, then redirect URI with a 400
 * page and no redirect, then the rest as redirected errors) and shows the sign-in page.
 */
export function authorize(request: Request, state: OneLoginState): Response {
  const query = new URL(request.url).searchParams;
  const single = (name: string) => query.get(name) ?? undefined;
  const client = state.clients.get(single('client_id') ?? '');
  if (!client)
    return errorPage(
      400,
      'Unknown client',
      'The client_id is not registered with this One Login emulator.',
      state.basePath,
    );
  const redirectUri = single('redirect_uri');
  if (redirectUri === undefined || !client.redirectUris.includes(redirectUri)) {
    return errorPage(
      400,
      'Invalid redirect URI',
      'The redirect_uri is not registered for this client, so One Login will not send anyone to it.',
      state.basePath,
    );
  }
  const returnedState = single('state');
  const fail = (error: string, description: string) =>
    errorRedirect(redirectUri, error, description, returnedState);
  if (query.has('request_uri')) return fail('request_uri_not_supported', 'Request URIs are not supported');
  if (single('response_type') !== 'code')
    return fail('unsupported_response_type', 'Unsupported response type');
  if (returnedState === undefined) return fail('invalid_request', 'Request is missing state parameter');
  const nonce = single('nonce');
  if (nonce === undefined) return fail('invalid_request', 'Request is missing nonce parameter');
  const scopes = (single('scope') ?? '').split(' ').filter((scope) => scope !== '');
  const allowedScopes = new Set(['openid', ...(client.scopes ?? ['email', 'phone'])]);
  if (!scopes.includes('openid') || scopes.some((scope) => !allowedScopes.has(scope))) {
    return fail('invalid_scope', 'Invalid, unknown or malformed scope');
  }
  const vtr = parseVtr(single('vtr'));
  if (vtr === undefined || (vtr.identity !== undefined && vtr.credential === 'Cl')) {
    return fail('invalid_request', 'Request vtr not valid');
  }
  if (vtr.identity !== undefined && client.identityVerificationSupported === false) {
    return fail('invalid_request', 'Request vtr not valid');
  }
  const claims = readClaims(single('claims'), client.claims ?? identityClaimNames);
  if (claims === undefined) return fail('invalid_request', 'Request contains invalid claims');
  const codeChallenge = single('code_challenge');
  const method = single('code_challenge_method');
  if (codeChallenge !== undefined && method !== 'S256') {
    return fail('invalid_request', 'Invalid value for code_challenge_method parameter.');
  }
  if (codeChallenge === undefined && client.pkceEnforced) {
    return fail('invalid_request', 'Request is missing code_challenge parameter, but PKCE is enforced.');
  }
  const prompt = single('prompt');
  if (prompt !== undefined && prompt !== 'none' && prompt !== 'login') {
    return fail('invalid_request', 'Invalid prompt parameter');
  }
  const pending: PendingAuthorization = {
    clientId: client.clientId,
    redirectUri,
    state: returnedState,
    nonce,
    scopes,
    vtr,
    claims,
    codeChallenge,
    uiLocale: (single('ui_locales') ?? '').split(' ').find((locale) => locale.startsWith('cy')) ? 'cy' : 'en',
    createdAt: Date.now(),
  };
  prune(state.pending, (entry) => entry.createdAt + pendingLifetimeMs);
  const id = opaque();
  state.pending.set(id, pending);
  return signInPage(id, pending, state.basePath);
}

/** The userinfo claims asked for, or undefined when the parameter is malformed or asks for one not allowed. */
function readClaims(raw: string | undefined, allowed: readonly string[]): string[] | undefined {
  if (raw === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const userinfo = (parsed as { userinfo?: unknown } | null)?.userinfo;
  if (typeof userinfo !== 'object' || userinfo === null) return undefined;
  const names = Object.keys(userinfo);
  return names.every((name) => allowed.includes(name)) ? names : undefined;
}
