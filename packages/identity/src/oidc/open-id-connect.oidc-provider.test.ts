import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityError, openIdConnect } from '../index.js';
import {
  startTestProvider,
  type TestProvider,
  testPerson,
} from '../test-support/oidc-provider.test-helper.js';

// openIdConnect() against oidc-provider, the certified OpenID provider, over real HTTP.
describe('openIdConnect against oidc-provider', () => {
  let op: TestProvider;
  beforeAll(async () => {
    op = await startTestProvider();
  });
  afterAll(async () => op?.close());

  const esClient = () =>
    openIdConnect({
      issuer: op.issuer,
      clientId: op.clients.esClient.clientId,
      clientAuth: { method: 'private_key_jwt', privateKey: op.clients.esClient.key.privateJwk },
      redirectUri: op.redirectUri,
      postLogoutRedirectUri: op.postLogoutRedirectUri,
      scopes: ['email', 'phone'],
      keyRefreshCooldownMs: 0,
    });

  it('signs in with private_key_jwt (ES256 key), PKCE and an ES256 ID token, then reads userinfo', async () => {
    const identity = esClient();
    const signIn = await identity.createSignIn();
    const url = new URL(signIn.url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).not.toBe(signIn.codeVerifier);
    const callback = await op.signIn(signIn.url);
    expect(new URL(callback).searchParams.get('iss')).toBe(op.issuer);
    const session = await identity.completeSignIn(callback, signIn);
    expect(session.sub).toBe(testPerson.sub);
    expect(session.sid).toEqual(expect.any(String));
    expect(decodeProtectedHeader(session.idToken).alg).toBe('ES256');
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const userInfo = await identity.getUserInfo(session);
    expect(userInfo).toMatchObject({
      sub: testPerson.sub,
      email: testPerson.email,
      emailVerified: true,
      phoneNumber: testPerson.phone,
    });
  });

  it('signs in with private_key_jwt (RS256 key) and an RS256 ID token, with the issuer as the assertion audience', async () => {
    const identity = openIdConnect({
      issuer: op.issuer,
      clientId: op.clients.rsClient.clientId,
      clientAuth: {
        method: 'private_key_jwt',
        privateKey: op.clients.rsClient.key.privateJwk,
        audience: 'issuer',
      },
      redirectUri: op.redirectUri,
    });
    const signIn = await identity.createSignIn();
    const session = await identity.completeSignIn(await op.signIn(signIn.url), signIn);
    expect(decodeProtectedHeader(session.idToken).alg).toBe('RS256');
    expect(session.sub).toBe(testPerson.sub);
  });

  it('signs in with client_secret_basic', async () => {
    const identity = openIdConnect({
      issuer: op.issuer,
      clientId: op.clients.secretClient.clientId,
      clientAuth: { method: 'client_secret_basic', clientSecret: op.clients.secretClient.clientSecret },
      redirectUri: op.redirectUri,
    });
    const signIn = await identity.createSignIn({ scopes: ['email'] });
    const session = await identity.completeSignIn(await op.signIn(signIn.url), signIn);
    expect((await identity.getUserInfo(session)).email).toBe(testPerson.email);
  });

  it('refuses a wrong client secret with an AuthError', async () => {
    const identity = openIdConnect({
      issuer: op.issuer,
      clientId: op.clients.secretClient.clientId,
      clientAuth: { method: 'client_secret_basic', clientSecret: 'wrong-secret' },
      redirectUri: op.redirectUri,
    });
    const signIn = await identity.createSignIn();
    const failure = await identity
      .completeSignIn(await op.signIn(signIn.url), signIn)
      .catch((error) => error);
    expect(failure.code).toBe('auth_failed');
    expect(String(failure.message)).not.toContain('wrong-secret');
  });

  it('checks auth_time when max_age was asked for', async () => {
    const identity = esClient();
    const signIn = await identity.createSignIn({ maxAgeSeconds: 300 });
    const session = await identity.completeSignIn(await op.signIn(signIn.url), signIn);
    expect(session.authenticatedAt).toBeInstanceOf(Date);
  });

  it('refuses a replayed state and a swapped state', async () => {
    const identity = esClient();
    const signIn = await identity.createSignIn();
    const callback = await op.signIn(signIn.url);
    await identity.completeSignIn(callback, signIn);
    await expect(identity.completeSignIn(callback, signIn)).rejects.toMatchObject({
      reason: 'state_replayed',
    });
    const other = await identity.createSignIn();
    await expect(identity.completeSignIn(callback, other)).rejects.toMatchObject({
      reason: 'state_mismatch',
    });
  });

  it('refuses a callback whose iss parameter names another issuer', async () => {
    const identity = esClient();
    const signIn = await identity.createSignIn();
    const callback = new URL(await op.signIn(signIn.url));
    callback.searchParams.set('iss', 'https://attacker.example');
    const failure = await identity.completeSignIn(callback, signIn).catch((error) => error);
    expect(failure).toBeInstanceOf(IdentityError);
    expect(failure.reason).toBe('issuer_mismatch');
    // Without iss, where the provider advertises it (RFC 9207), the callback is refused too.
    callback.searchParams.delete('iss');
    const another = await identity.createSignIn();
    const bare = new URL(await op.signIn(another.url));
    bare.searchParams.delete('iss');
    await expect(identity.completeSignIn(bare, another)).rejects.toMatchObject({ reason: 'issuer_mismatch' });
  });

  it('refuses a redirect URI or post-logout redirect URI not configured on the client', async () => {
    const identity = esClient();
    await expect(
      identity.createSignIn({ redirectUri: 'https://attacker.example/callback' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'redirectUri',
    });
    await expect(
      identity.signOutUrl({ idToken: 'x.y.z', postLogoutRedirectUri: 'https://attacker.example/' }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'postLogoutRedirectUri' });
  });

  it('signs out at the provider (RP-initiated) and verifies the back-channel logout token it then sends', async () => {
    const identity = esClient();
    const signIn = await identity.createSignIn();
    const session = await identity.completeSignIn(await op.signIn(signIn.url), signIn);
    const before = op.logoutTokens.length;
    const url = await identity.signOutUrl({ idToken: session.idToken, state: 'after-logout' });
    expect(new URL(url).searchParams.get('id_token_hint')).toBe(session.idToken);
    const landed = new URL(await op.signOut(url));
    expect(landed.origin + landed.pathname).toBe(op.postLogoutRedirectUri);
    expect(landed.searchParams.get('state')).toBe('after-logout');
    // The provider tells every client of the browser session; this client's token is the one addressed to it.
    const ours = () =>
      op.logoutTokens.slice(before).filter((token) => decodeJwt(token).aud === op.clients.esClient.clientId);
    await expect.poll(() => ours().length).toBeGreaterThan(0);
    const token = ours()[0]!;
    const others = op.logoutTokens.slice(before).filter((candidate) => candidate !== token);
    if (others[0]) {
      await expect(identity.verifyLogoutToken(others[0])).rejects.toMatchObject({
        code: 'webhook_verification_failed',
      });
    }
    const notice = await identity.verifyLogoutToken(token);
    expect(notice).toMatchObject({ issuer: op.issuer, sub: testPerson.sub, sid: session.sid });
    // The same token twice is a replay.
    await expect(identity.verifyLogoutToken(token)).rejects.toMatchObject({
      code: 'webhook_verification_failed',
    });
    // An ID token is not a logout token.
    await expect(identity.verifyLogoutToken(session.idToken)).rejects.toMatchObject({
      code: 'webhook_verification_failed',
    });
  });

  it('needs no request beyond the token exchange once warm, and follows a key rotation with one JWKS refetch', async () => {
    const identity = esClient();
    const first = await identity.createSignIn();
    await identity.completeSignIn(await op.signIn(first.url), first);
    const warm = { ...op.fetchCounts };
    const second = await identity.createSignIn();
    await identity.completeSignIn(await op.signIn(second.url), second);
    expect(op.fetchCounts).toEqual(warm);

    op.rotateKeys();
    const third = await identity.createSignIn();
    const session = await identity.completeSignIn(await op.signIn(third.url), third);
    expect(decodeProtectedHeader(session.idToken).kid).toBe('op-ec-2');
    expect(op.fetchCounts.jwks).toBe(warm.jwks + 1);
    expect(decodeJwt(session.idToken).sub).toBe(testPerson.sub);
  });
});
