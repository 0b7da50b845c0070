import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { govukOneLogin, type Session, type SignInRequest } from '@councilkit/identity-onelogin';

const appUrl = process.env['APP_URL'] ?? 'http://localhost:3000';
const oneLogin = govukOneLogin({
  clientId: process.env['ONE_LOGIN_CLIENT_ID'] ?? '', // the key comes from GOVUK_ONE_LOGIN_PRIVATE_KEY
  redirectUri: `${appUrl}/auth/callback`,
  postLogoutRedirectUri: `${appUrl}/signed-out`,
  environment: process.env['ONE_LOGIN_ISSUER'] ? { issuer: process.env['ONE_LOGIN_ISSUER'] } : 'integration',
});
// Keep these in your session store; a Map keyed by a cookie keeps the sample short.
const sessions = new Map<string, { signIn?: SignInRequest; session?: Session | undefined }>();

export const app = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', appUrl);
  const id = /sid=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1] ?? randomUUID();
  const state = sessions.get(id) ?? {};
  sessions.set(id, state);
  const redirect = (location: string) =>
    response.writeHead(302, { location, 'set-cookie': `sid=${id}; HttpOnly; SameSite=Lax; Path=/` }).end();
  if (url.pathname === '/sign-in') {
    state.signIn = await oneLogin.createSignIn();
    return redirect(state.signIn.url);
  }
  if (url.pathname === '/auth/callback' && state.signIn) {
    state.session = await oneLogin.completeSignIn(url, state.signIn).catch(() => undefined);
    delete state.signIn;
    return redirect('/');
  }
  if (url.pathname === '/sign-out' && state.session) {
    const signOut = await oneLogin.signOutUrl({ idToken: state.session.idToken });
    sessions.delete(id);
    return redirect(signOut);
  }
  response.end(state.session ? 'Signed in' : 'Signed out');
});
