import { createPublicKey, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { signedOutPage } from './sign-in-page.js';
import type { OneLoginState } from './state.js';

/**
 * `GET /logout`: ends the session named by `id_token_hint`, posts back-channel logout tokens to
 * the client, and returns the person to a registered `post_logout_redirect_uri` (never any other),
 * or to One Login's signed-out page.
 */
export async function logout(request: Request, state: OneLoginState, issuer: string): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const hint = query.get('id_token_hint');
  const requested = query.get('post_logout_redirect_uri');
  const signedOut = () =>
    new Response(null, { status: 302, headers: { location: `${state.basePath}/signed-out` } });
  if (hint === null) return signedOut();
  let clientId: string;
  let sub: string;
  try {
    const { payload } = await jwtVerify(
      hint,
      async (header) => {
        const key = state.idTokenKeys.published().find((candidate) => candidate.kid === header.kid);
        if (!key) throw new Error('unknown key');
        return createPublicKey(key.privateKey);
      },
      // An expired ID token is still a good hint: people sign out long after signing in.
      { issuer, algorithms: ['ES256', 'RS256'], clockTolerance: '100y' },
    );
    clientId = Array.isArray(payload.aud) ? (payload.aud[0] ?? '') : (payload.aud ?? '');
    sub = payload.sub ?? '';
  } catch {
    return signedOut();
  }
  const client = state.clients.get(clientId);
  if (!client) return signedOut();
  for (const [token, grant] of state.accessTokens) if (grant.sub === sub) state.accessTokens.delete(token);
  if (client.backChannelLogoutUri)
    sendBackChannelLogout(state, issuer, clientId, sub, client.backChannelLogoutUri);
  if (requested === null || !(client.postLogoutRedirectUris ?? []).includes(requested)) return signedOut();
  const target = new URL(requested);
  const returnedState = query.get('state');
  if (returnedState !== null) target.searchParams.set('state', returnedState);
  return new Response(null, { status: 302, headers: { location: target.toString() } });
}

/** Posts an ES256 logout token (always ES256, as One Login's) to the client's back-channel URI. */
function sendBackChannelLogout(
  state: OneLoginState,
  issuer: string,
  clientId: string,
  sub: string,
  uri: string,
): void {
  const delivery = (async () => {
    const key = state.idTokenKeys.current('ES256');
    const now = Math.floor(Date.now() / 1000);
    const logoutToken = await new SignJWT({
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'logout+jwt' })
      .setIssuer(issuer)
      .setSubject(sub)
      .setAudience(clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + 120)
      .setJti(randomUUID())
      .sign(key.privateKey);
    let status: number | undefined;
    try {
      const response = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ logout_token: logoutToken }).toString(),
        signal: AbortSignal.timeout(5_000),
      });
      status = response.status;
      await response.body?.cancel();
    } catch {
      status = undefined;
    }
    state.sentLogouts.push({ clientId, uri, logoutToken, status });
  })();
  state.deliveries.add(delivery);
  void delivery.finally(() => state.deliveries.delete(delivery));
}

export { signedOutPage };
