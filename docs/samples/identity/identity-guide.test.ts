import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestProvider,
  type TestProvider,
} from '../../../packages/identity/src/test-support/oidc-provider.test-helper.js';
import { signInThroughPage } from '../../../packages/identity-onelogin/src/sandbox-harness.test-helper.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The identity guide's samples, run against the sandbox and oidc-provider with the environment they read.
describe('docs/identity.md samples', () => {
  let sandbox: Sandbox;
  let op: TestProvider;
  let appUrl: string;
  const names = [
    'APP_URL',
    'ONE_LOGIN_CLIENT_ID',
    'ONE_LOGIN_ISSUER',
    'GOVUK_ONE_LOGIN_PRIVATE_KEY',
    'STAFF_OIDC_ISSUER',
    'STAFF_OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
  ];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    appUrl = `http://127.0.0.1:${await freePort()}`;
    [sandbox, op] = await Promise.all([
      startSandbox({
        oneLogin: {
          redirectUris: [`${appUrl}/auth/callback`],
          postLogoutRedirectUris: [`${appUrl}/signed-out`],
        },
      }),
      startTestProvider(),
    ]);
    Object.assign(process.env, {
      APP_URL: appUrl,
      ONE_LOGIN_CLIENT_ID: sandbox.credentials.oneLogin.clientId,
      ONE_LOGIN_ISSUER: sandbox.services.oneLogin,
      GOVUK_ONE_LOGIN_PRIVATE_KEY: JSON.stringify(sandbox.credentials.oneLogin.privateKeyJwk),
      STAFF_OIDC_ISSUER: op.issuer,
      STAFF_OIDC_CLIENT_ID: op.clients.secretClient.clientId,
      OIDC_CLIENT_SECRET: op.clients.secretClient.clientSecret,
    });
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await Promise.all([sandbox?.close(), op?.close()]);
  });

  it('signs a resident in and out of the Express app over HTTP', async () => {
    const { app } = await import('./resident-sign-in.js');
    const server = app.listen(Number(new URL(appUrl).port), '127.0.0.1');
    await once(server, 'listening');
    try {
      const start = await fetch(`${appUrl}/sign-in`, { redirect: 'manual' });
      const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
      const callback = await signInThroughPage(start.headers.get('location')!);
      const back = await fetch(callback, { headers: { cookie }, redirect: 'manual' });
      expect(back.headers.get('location')).toBe('/');
      expect(await (await fetch(appUrl, { headers: { cookie } })).text()).toBe('Signed in');
      const replay = await fetch(callback, { headers: { cookie }, redirect: 'manual' });
      expect(replay.headers.get('location')).toBe('/sign-in');
      const signOut = await fetch(`${appUrl}/sign-out`, { headers: { cookie }, redirect: 'manual' });
      expect(new URL(signOut.headers.get('location')!).origin).toBe(
        new URL(sandbox.services.oneLogin).origin,
      );
      const landed = await fetch(signOut.headers.get('location')!, { redirect: 'manual' });
      expect(landed.headers.get('location')).toBe(`${appUrl}/signed-out`);
      expect(await (await fetch(appUrl, { headers: { cookie } })).text()).toBe('Signed out');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('signs a member of staff in with any OpenID provider', async () => {
    const { startStaffSignIn, finishStaffSignIn } = await import('./staff-sign-in.js');
    const signIn = await startStaffSignIn();
    const staff = await finishStaffSignIn(await op.signIn(signIn.url), signIn);
    expect(staff).toEqual({
      sub: 'urn:test:person-1',
      email: 'ada.lovelace@example.com',
      emailVerified: true,
    });
  });

  it('asks for a verified identity and reads it', async () => {
    const { askForVerifiedIdentity, readVerifiedIdentity } = await import('./verified-identity.js');
    const signIn = await askForVerifiedIdentity();
    const callback = await signInThroughPage(signIn.url, {
      person: 'kenneth-decerqueira',
      outcome: 'identity-proved',
    });
    expect(await readVerifiedIdentity(callback, signIn)).toEqual({
      proved: true,
      name: 'Kenneth Decerqueira',
      dateOfBirth: '1965-07-08',
      postcode: 'BA2 5AA',
    });
  });
});
