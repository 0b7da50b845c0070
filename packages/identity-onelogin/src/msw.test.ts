import { fetchTransport } from '@councilkit/core';
import { createEmulators, sandboxHandlers } from '@councilkit/sandbox/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govukOneLogin, oneLoginIdentityOf } from './index.js';
import { signInThroughPage } from './sandbox-harness.test-helper.js';

// In process: msw answers One Login's real integration hosts (the OIDC issuer and the identity
// issuer's DID document) with the emulator, so the adapter runs with environment 'integration'.
describe('govukOneLogin under msw', () => {
  const emulators = createEmulators();
  const server = setupServer(...sandboxHandlers(emulators));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    server.close();
    await emulators.oneLogin.close();
  });

  it('signs in and verifies an identity against the real hosts, answered by the emulator', async () => {
    const { clientId, privateKeyJwk, redirectUri } = emulators.oneLogin.credentials;
    const oneLogin = govukOneLogin({
      clientId,
      privateKey: privateKeyJwk,
      redirectUri,
      transport: fetchTransport(),
    });
    const signIn = await oneLogin.createSignIn({
      providerOptions: { 'govuk-one-login': { identityLevel: 'P2' } },
    });
    expect(signIn.url.startsWith('https://oidc.integration.account.gov.uk/authorize?')).toBe(true);
    const callback = await signInThroughPage(signIn.url, { outcome: 'identity-proved' });
    const session = await oneLogin.completeSignIn(callback, signIn);
    expect(session.issuer).toBe('https://oidc.integration.account.gov.uk/');
    const { identity } = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
    expect(identity).toMatchObject({ level: 'P2', fullName: 'Kenneth Decerqueira' });
  });
});
