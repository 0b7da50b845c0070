import { IdentityError, openIdConnect, type SavedSignIn } from '@councilkit/identity';

const identity = openIdConnect({
  issuer: process.env['OIDC_ISSUER'] ?? '', // exactly as the provider's discovery document says
  clientId: process.env['OIDC_CLIENT_ID'] ?? '',
  clientAuth: { method: 'client_secret_basic' }, // the secret comes from OIDC_CLIENT_SECRET
  redirectUri: 'http://127.0.0.1:8080/callback',
  postLogoutRedirectUri: 'http://127.0.0.1:8080/signed-out',
});

/** Step 1: send the person to `url`; keep the whole result in their session. */
export const startSignIn = () => identity.createSignIn({ scopes: ['email'] });

/** Step 2, on the callback: a session, or why the sign-in was refused. */
export async function finishSignIn(callbackUrl: string, saved: SavedSignIn) {
  try {
    const session = await identity.completeSignIn(callbackUrl, saved);
    return { signedIn: true as const, sub: session.sub, idToken: session.idToken };
  } catch (error) {
    if (error instanceof IdentityError) return { signedIn: false as const, reason: error.reason };
    throw error;
  }
}

/** Step 3: where to send them to sign out at the provider too. */
export const signOutUrl = (idToken: string) => identity.signOutUrl({ idToken });
