import { govukOneLogin, oneLoginIdentityOf, type SignInRequest } from '@councilkit/identity-onelogin';

const oneLogin = govukOneLogin({
  clientId: process.env['ONE_LOGIN_CLIENT_ID'] ?? '', // the key comes from GOVUK_ONE_LOGIN_PRIVATE_KEY
  redirectUri: 'http://localhost:3000/auth/callback',
  environment: process.env['ONE_LOGIN_ISSUER'] ? { issuer: process.env['ONE_LOGIN_ISSUER'] } : 'integration',
});

/** Asks One Login to prove who the resident is, to medium confidence (P2). */
export function askForVerifiedIdentity(): Promise<SignInRequest> {
  return oneLogin.createSignIn({ providerOptions: { 'govuk-one-login': { identityLevel: 'P2' } } });
}

/** Reads the verified identity; keep what you need, never the core identity JWT itself. */
export async function readVerifiedIdentity(callbackUrl: string, saved: SignInRequest) {
  const session = await oneLogin.completeSignIn(callbackUrl, saved);
  const { identity, address } = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
  if (!identity) return { proved: false as const };
  return {
    proved: true as const,
    name: identity.fullName,
    dateOfBirth: identity.birthDate,
    postcode: address?.[0]?.postalCode,
  };
}
