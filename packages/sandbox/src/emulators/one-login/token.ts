import { createHash, createPublicKey, timingSafeEqual } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { codeLifetimeMs } from './complete-sign-in.js';
import { lacksUserAgent, oauthError } from './oauth-error.js';
import { pairwiseSub } from './pairwise.js';
import { type OneLoginState, opaque, prune } from './state.js';

const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const assertionAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256'];
const accessTokenLifetimeSeconds = 180;
const idTokenLifetimeSeconds = 120;

/** `POST /token`: the authorization code grant with `private_key_jwt`, as One Login checks it. */
export async function token(request: Request, state: OneLoginState, issuer: string): Promise<Response> {
  const refused = lacksUserAgent(request);
  if (refused) return refused;
  const form = new URLSearchParams(await request.text());
  if (form.get('grant_type') !== 'authorization_code')
    return oauthError('unsupported_grant_type', 'Unsupported grant type');
  const assertion = form.get('client_assertion');
  if (form.get('client_assertion_type') !== assertionType || !assertion) {
    return oauthError('invalid_request', 'Request is missing client_assertion or client_assertion_type');
  }
  const clientId = await verifyClientAssertion(assertion, state, issuer);
  if (typeof clientId !== 'string') return clientId;

  const code = state.codes.get(form.get('code') ?? '');
  if (!code || code.used || code.clientId !== clientId || code.createdAt + codeLifetimeMs < Date.now()) {
    return oauthError('invalid_grant', 'Invalid grant');
  }
  // A code is spent by its first exchange, successful or not, so a stolen code cannot be retried.
  code.used = true;
  if (form.get('redirect_uri') !== code.redirectUri) return oauthError('invalid_grant', 'Invalid grant');
  if (code.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier') ?? '';
    const challenge = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
    const expected = Buffer.from(code.codeChallenge);
    if (challenge.length !== expected.length || !timingSafeEqual(challenge, expected)) {
      return oauthError('invalid_grant', 'PKCE code verification failed');
    }
  }

  const client = state.clients.get(clientId)!;
  const sub = pairwiseSub(clientId, code.person.id);
  const accessToken = opaque();
  prune(state.accessTokens, (entry) => entry.expiresAt);
  state.accessTokens.set(accessToken, {
    code,
    sub,
    expiresAt: Date.now() + accessTokenLifetimeSeconds * 1000,
  });
  const alg = client.idTokenSigningAlgorithm ?? 'ES256';
  const key = state.idTokenKeys.current(alg);
  const now = Math.floor(Date.now() / 1000);
  const atHash = createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
  const idToken = await new SignJWT({
    at_hash: atHash,
    nonce: code.nonce,
    // vot holds the credential part only; the identity level is in the core identity JWT.
    vot: code.vtr.credential,
    vtm: `${issuer}trustmark`,
    sid: code.sid,
    auth_time: code.authTime,
  })
    .setProtectedHeader({ alg, kid: key.kid })
    .setIssuer(issuer)
    .setSubject(sub)
    .setAudience(clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + idTokenLifetimeSeconds)
    .sign(key.privateKey);
  return new Response(
    JSON.stringify({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: accessTokenLifetimeSeconds,
      id_token: idToken,
    }),
    { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } },
  );
}

/** The client id the assertion proves, or the error response: `iss` = `sub`, signature, one `aud`, `exp`, unseen `jti`. */
async function verifyClientAssertion(
  assertion: string,
  state: OneLoginState,
  issuer: string,
): Promise<string | Response> {
  const invalid = (description: string) => oauthError('invalid_client', description);
  let clientId: string | undefined;
  let kid: string | undefined;
  try {
    const [, payload] = assertion.split('.');
    clientId = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()).iss;
    kid = decodeProtectedHeader(assertion).kid;
  } catch {
    return invalid('Invalid client authentication');
  }
  const client = typeof clientId === 'string' ? state.clients.get(clientId) : undefined;
  if (!client || clientId === undefined) return invalid('Client authentication failed: unknown client');
  const keys = client.publicKeys.filter(
    (jwk) => kid === undefined || jwk['kid'] === undefined || jwk['kid'] === kid,
  );
  for (const jwk of keys) {
    try {
      const { payload } = await jwtVerify(
        assertion,
        createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' }),
        {
          algorithms: assertionAlgorithms,
          issuer: clientId,
          subject: clientId,
          requiredClaims: ['exp', 'jti', 'aud'],
        },
      );
      const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (audiences.length !== 1 || (audiences[0] !== issuer && audiences[0] !== `${issuer}token`)) {
        return invalid('Client authentication failed: invalid audience');
      }
      const jti = payload.jti as string;
      prune(state.assertionIds, (forgetAt) => forgetAt);
      if (state.assertionIds.has(jti))
        return invalid('Client authentication failed: jti has been used before');
      state.assertionIds.set(jti, ((payload.exp as number) + 60) * 1000);
      return clientId;
    } catch {
      // Try the client's next key.
    }
  }
  return invalid('Client authentication failed: signature or claims invalid');
}
