import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../src/test-support/oidc-provider.test-helper.js';

// The README's sample against oidc-provider, with the environment it reads.
describe('@councilkit/identity README sample', () => {
  let op: TestProvider;
  const names = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    op = await startTestProvider();
    Object.assign(process.env, {
      OIDC_ISSUER: op.issuer,
      OIDC_CLIENT_ID: op.clients.secretClient.clientId,
      OIDC_CLIENT_SECRET: op.clients.secretClient.clientSecret,
    });
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await op?.close();
  });

  it('signs in, refuses a replay, and signs out', async () => {
    const { startSignIn, finishSignIn, signOutUrl } = await import('./sign-in.js');
    const signIn = await startSignIn();
    const callback = await op.signIn(signIn.url);
    const result = await finishSignIn(callback, signIn);
    expect(result).toMatchObject({ signedIn: true, sub: 'urn:test:person-1' });
    expect(await finishSignIn(callback, signIn)).toEqual({ signedIn: false, reason: 'state_replayed' });
    const landed = new URL(await op.signOut(await signOutUrl((result as { idToken: string }).idToken)));
    expect(`${landed.origin}${landed.pathname}`).toBe(op.postLogoutRedirectUri);
  });
});
