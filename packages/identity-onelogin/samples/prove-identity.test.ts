import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughPage } from '../src/sandbox-harness.test-helper.js';

// The README's sample against the sandbox's One Login emulator, with the environment it reads.
describe('@councilkit/identity-onelogin README sample', () => {
  let sandbox: Sandbox;
  const names = ['ONE_LOGIN_CLIENT_ID', 'ONE_LOGIN_ISSUER', 'GOVUK_ONE_LOGIN_PRIVATE_KEY'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(async () => {
    sandbox = await startSandbox();
    Object.assign(process.env, {
      ONE_LOGIN_CLIENT_ID: sandbox.credentials.oneLogin.clientId,
      ONE_LOGIN_ISSUER: sandbox.services.oneLogin,
      GOVUK_ONE_LOGIN_PRIVATE_KEY: JSON.stringify(sandbox.credentials.oneLogin.privateKeyJwk),
    });
  });
  afterAll(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sandbox?.close();
  });

  it('proves who the resident is', async () => {
    const { startSignIn, whoIsThis } = await import('./prove-identity.js');
    const signIn = await startSignIn();
    expect(new URL(signIn.url).searchParams.get('ui_locales')).toBe('cy');
    const callback = await signInThroughPage(signIn.url, {
      person: 'mohammed-khan',
      outcome: 'identity-proved',
    });
    expect(await whoIsThis(callback, signIn)).toMatchObject({
      name: 'Mohammed Ali Khan',
      birthDate: '1978-11-02',
    });
  });
});
