import { randomUUID } from 'node:crypto';
import { govukOneLogin, type Session, type SignInRequest } from '@councilkit/identity-onelogin';
import express, { type Request } from 'express';

const appUrl = process.env['APP_URL'] ?? 'http://localhost:3000';
const oneLogin = govukOneLogin({
  clientId: process.env['ONE_LOGIN_CLIENT_ID'] ?? '', // the key comes from GOVUK_ONE_LOGIN_PRIVATE_KEY
  redirectUri: `${appUrl}/auth/callback`,
  postLogoutRedirectUri: `${appUrl}/signed-out`,
  environment: process.env['ONE_LOGIN_ISSUER'] ? { issuer: process.env['ONE_LOGIN_ISSUER'] } : 'integration',
});
// The saved sign-in holds secrets (state, nonce, PKCE verifier), so it stays on the server, in a Map
// keyed by a random HttpOnly cookie; in production, your session store (Redis, a database) instead.
const sessions = new Map<string, { signIn?: SignInRequest; session?: Session }>();
const sid = (req: Request) => /sid=([\w-]+)/.exec(req.get('cookie') ?? '')?.[1] ?? '';

export const app = express();
app.get('/sign-in', async (_req, res) => {
  const id = randomUUID(); // a fresh id at every sign-in, so nobody can plant one beforehand
  const signIn = await oneLogin.createSignIn();
  sessions.set(id, { signIn });
  res.cookie('sid', id, { httpOnly: true, sameSite: 'lax' }).redirect(signIn.url);
});
app.get('/auth/callback', async (req, res) => {
  const saved = sessions.get(sid(req));
  if (!saved?.signIn) return res.redirect('/sign-in');
  const { signIn } = saved;
  delete saved.signIn; // usable once, even if completing it fails
  saved.session = await oneLogin.completeSignIn(new URL(req.originalUrl, appUrl), signIn);
  res.redirect('/');
});
app.get('/sign-out', async (req, res) => {
  const idToken = sessions.get(sid(req))?.session?.idToken;
  sessions.delete(sid(req));
  res.redirect(idToken ? await oneLogin.signOutUrl({ idToken }) : '/');
});
app.get('/', (req, res) => {
  res.send(sessions.get(sid(req))?.session ? 'Signed in' : 'Signed out');
});
