import { openIdConnect, type SavedSignIn } from '@councilkit/identity';

// Staff sign in with the council's own OpenID provider: Entra ID, Keycloak, Okta, Google Workspace...
const staff = openIdConnect({
  issuer: process.env['STAFF_OIDC_ISSUER'] ?? '', // e.g. https://login.microsoftonline.com/<tenant>/v2.0
  clientId: process.env['STAFF_OIDC_CLIENT_ID'] ?? '',
  clientAuth: { method: 'client_secret_basic' }, // the secret comes from OIDC_CLIENT_SECRET
  redirectUri: 'http://127.0.0.1:8080/callback',
  scopes: ['email'],
});

/** Starts a staff sign-in: redirect to `url`, and keep the rest in the session until they return. */
export function startStaffSignIn() {
  return staff.createSignIn();
}

/** Finishes it: who signed in, by the email address their provider vouches for. */
export async function finishStaffSignIn(callbackUrl: string, saved: SavedSignIn) {
  const session = await staff.completeSignIn(callbackUrl, saved);
  const userInfo = await staff.getUserInfo(session);
  return { sub: session.sub, email: userInfo.email, emailVerified: userInfo.emailVerified };
}
