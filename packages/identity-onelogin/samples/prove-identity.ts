import { govukOneLogin, oneLoginIdentityOf, type SignInRequest } from '@councilkit/identity-onelogin';

const oneLogin = govukOneLogin({
  clientId: process.env['ONE_LOGIN_CLIENT_ID'] ?? '',
  // privateKey defaults to GOVUK_ONE_LOGIN_PRIVATE_KEY (a PKCS#8 PEM or a JWK as JSON)
  redirectUri: 'http://localhost:3000/auth/callback',
  environment: process.env['ONE_LOGIN_ISSUER'] ? { issuer: process.env['ONE_LOGIN_ISSUER'] } : 'integration',
  uiLocale: 'cy',
});

/** Sign in and prove identity to P2 (the vtr is `["Cl.Cm.P2"]`). */
export const startSignIn = () =>
  oneLogin.createSignIn({ providerOptions: { 'govuk-one-login': { identityLevel: 'P2' } } });

/** On the callback: the session, then the verified name and date of birth. */
export async function whoIsThis(callbackUrl: string, saved: SignInRequest) {
  const session = await oneLogin.completeSignIn(callbackUrl, saved);
  const { identity } = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
  return { sub: session.sub, name: identity?.fullName, birthDate: identity?.birthDate };
}
