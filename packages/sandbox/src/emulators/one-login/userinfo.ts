import { SignJWT } from 'jose';
import { lacksUserAgent } from './oauth-error.js';
import type { IssuedAccessToken, OneLoginState } from './state.js';
import { didOf, identityIssuerOf } from './urls.js';
import { vocab } from './vocabulary.js';

const coreIdentityLifetimeSeconds = 30 * 60;

function invalidToken(): Response {
  return new Response(null, {
    status: 401,
    headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="Invalid access token"' },
  });
}

/** `GET /userinfo`: the person's claims by scope, and the identity claims asked for once proved. */
export async function userinfo(request: Request, state: OneLoginState, issuer: string): Promise<Response> {
  const refused = lacksUserAgent(request);
  if (refused) return refused;
  const authorization = request.headers.get('authorization') ?? '';
  const grant = authorization.startsWith('Bearer ')
    ? state.accessTokens.get(authorization.slice(7))
    : undefined;
  if (!grant || grant.expiresAt < Date.now()) return invalidToken();
  const { code } = grant;
  const { person } = code;
  const claims: Record<string, unknown> = { sub: grant.sub };
  if (code.scopes.includes('email')) Object.assign(claims, { email: person.email, email_verified: true });
  if (code.scopes.includes('phone')) {
    Object.assign(claims, { phone_number: person.phoneNumber, phone_number_verified: true });
  }
  const asked = (claim: string) => code.claims.includes(claim);
  if (code.outcome === 'identity-proved') {
    if (asked(vocab.coreIdentityJWT))
      claims[vocab.coreIdentityJWT] = await coreIdentityJwt(grant, state, issuer);
    if (asked(vocab.address)) claims[vocab.address] = [person.address];
    if (asked(vocab.passport) && person.passport) claims[vocab.passport] = [person.passport];
    if (asked(vocab.drivingPermit) && person.drivingPermit)
      claims[vocab.drivingPermit] = [person.drivingPermit];
  }
  if (code.outcome === 'identity-failed' && asked(vocab.returnCode))
    claims[vocab.returnCode] = [{ code: 'X' }];
  return new Response(JSON.stringify(claims), {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/** The core identity JWT: ES256, signed by the identity issuer's DID key, `kid` = `did:web:…#<key id>`. */
async function coreIdentityJwt(
  grant: IssuedAccessToken,
  state: OneLoginState,
  issuer: string,
): Promise<string> {
  const identityIssuer = identityIssuerOf(issuer);
  const key = state.identityKeys.current(didOf(identityIssuer));
  const { person, clientId, vtr } = grant.code;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    vot: vtr.identity,
    vtm: `${issuer}trustmark`,
    vc: {
      type: ['VerifiableCredential', 'VerifiableIdentityCredential'],
      credentialSubject: {
        name: [
          {
            nameParts: [
              ...person.givenNames.map((value) => ({ type: 'GivenName', value })),
              { type: 'FamilyName', value: person.familyName },
            ],
          },
        ],
        birthDate: [{ value: person.birthDate }],
      },
    },
  })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setIssuer(identityIssuer)
    .setSubject(grant.sub)
    .setAudience(clientId)
    .setNotBefore(now)
    .setIssuedAt(now)
    .setExpirationTime(now + coreIdentityLifetimeSeconds)
    .sign(key.privateKey);
}
