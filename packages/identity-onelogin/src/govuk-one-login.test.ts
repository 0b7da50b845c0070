import { generateKeyPairSync } from 'node:crypto';
import type { Sandbox } from '@councilkit/sandbox';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govukOneLogin, IdentityError, oneLoginIdentityOf, type Session } from './index.js';
import { oneLoginSandbox, signInThroughPage } from './sandbox-harness.test-helper.js';

const proveIdentity = { providerOptions: { 'govuk-one-login': { identityLevel: 'P2' as const } } };

describe('govukOneLogin against the One Login emulator', () => {
  let sandbox: Sandbox;
  let oneLogin: ReturnType<typeof govukOneLogin>;
  beforeAll(async () => {
    ({ sandbox, oneLogin } = await oneLoginSandbox({
      identityClaims: ['coreIdentity', 'address', 'passport', 'drivingPermit', 'returnCode'],
    }));
  });
  afterAll(async () => sandbox?.close());

  async function signIn(options = {}, choice: { person?: string; outcome?: string } = {}): Promise<Session> {
    const started = await oneLogin.createSignIn(options);
    return oneLogin.completeSignIn(await signInThroughPage(started.url, choice), started);
  }

  it('asks for Cl.Cm by default, and checks vot and vtm on the way back', async () => {
    const started = await oneLogin.createSignIn({ uiLocales: ['cy'] });
    const query = new URL(started.url).searchParams;
    expect(query.get('vtr')).toBe('["Cl.Cm"]');
    expect(query.get('ui_locales')).toBe('cy');
    expect(query.get('scope')).toBe('openid email');
    const page = await (await fetch(started.url)).text();
    expect(page).toContain('lang="cy"');
    const session = await oneLogin.completeSignIn(await signInThroughPage(started.url), started);
    expect(session.authenticationLevel).toBe('Cl.Cm');
    expect(session.sub).toMatch(/^urn:fdc:gov\.uk:2022:/);
    expect(session.providerMetadata?.['govuk-one-login']).toMatchObject({ vot: 'Cl.Cm' });
  });

  it('proves identity to P2: a verified name and date of birth, typed address and passport', async () => {
    const started = await oneLogin.createSignIn(proveIdentity);
    expect(JSON.parse(new URL(started.url).searchParams.get('vtr')!)).toEqual(['Cl.Cm.P2']);
    const session = await oneLogin.completeSignIn(
      await signInThroughPage(started.url, { person: 'kenneth-decerqueira', outcome: 'identity-proved' }),
      started,
    );
    // The ID token's vot holds the credential part only.
    expect(session.authenticationLevel).toBe('Cl.Cm');
    const identity = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
    expect(identity.identity).toMatchObject({
      level: 'P2',
      givenNames: ['Kenneth'],
      familyName: 'Decerqueira',
      fullName: 'Kenneth Decerqueira',
      birthDate: '1965-07-08',
    });
    expect(identity.address?.[0]).toMatchObject({
      buildingNumber: '8',
      streetName: 'HADLEY ROAD',
      postalCode: 'BA2 5AA',
    });
    expect(identity.passport).toEqual([
      { documentNumber: '321654987', icaoIssuerCode: 'GBR', expiryDate: '2030-01-01' },
    ]);
  });

  it('reads a driving licence and a Welsh name', async () => {
    const session = await signIn(proveIdentity, { person: 'sian-rhys', outcome: 'identity-proved' });
    const identity = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
    expect(identity.identity?.fullName).toBe('Siân Elin Rhys');
    expect(identity.drivingPermit?.[0]?.personalNumber).toBe('RHYS9903140SE9XY');
  });

  it('gives return codes when identity cannot be proved, and access_denied without them', async () => {
    const session = await signIn(proveIdentity, { outcome: 'identity-failed' });
    const identity = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
    expect(identity.identity).toBeUndefined();
    expect(identity.returnCodes).toEqual(['X']);

    const withoutCodes = govukOneLogin({
      clientId: sandbox.credentials.oneLogin.clientId,
      privateKey: sandbox.credentials.oneLogin.privateKeyJwk,
      redirectUri: sandbox.credentials.oneLogin.redirectUri,
      environment: { issuer: sandbox.services.oneLogin },
    });
    const started = await withoutCodes.createSignIn(proveIdentity);
    const callback = await signInThroughPage(started.url, { outcome: 'identity-failed' });
    await expect(withoutCodes.completeSignIn(callback, started)).rejects.toMatchObject({
      reason: 'access_denied',
    });
  });

  it('maps One Login errors to typed errors', async () => {
    const started = await oneLogin.createSignIn();
    const unavailable = await oneLogin
      .completeSignIn(await signInThroughPage(started.url, { outcome: 'unavailable' }), started)
      .catch((error) => error);
    expect(unavailable).toMatchObject({
      code: 'provider_error',
      retryable: true,
      providerCode: 'temporarily_unavailable',
    });
    const again = await oneLogin.createSignIn();
    const login = new URL(again.redirectUri);
    login.searchParams.set('error', 'login_required');
    login.searchParams.set('state', again.state);
    await expect(oneLogin.completeSignIn(login, again)).rejects.toMatchObject({ reason: 'login_required' });
  });

  it('refuses Cl with an identity level before any request', async () => {
    await expect(
      oneLogin.createSignIn({
        providerOptions: { 'govuk-one-login': { authenticationLevel: 'Cl', identityLevel: 'P2' } },
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'providerOptions.govuk-one-login.authenticationLevel',
    });
    await expect(
      oneLogin.createSignIn({ providerOptions: { 'govuk-one-login': { identityLevel: 'P9' } } } as never),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'providerOptions.govuk-one-login.identityLevel',
    });
  });

  it('refuses a forged core identity JWT, one from another controller, and one for another person', async () => {
    const session = await signIn(proveIdentity, { outcome: 'identity-proved' });
    const userInfo = await oneLogin.getUserInfo(session);
    const genuine = userInfo.claims['https://vocab.account.gov.uk/v1/coreIdentityJWT'] as string;
    const header = JSON.parse(Buffer.from(genuine.split('.')[0]!, 'base64url').toString());
    const claims = decodeJwt(genuine);
    const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const forge = (payload: Record<string, unknown>, kid: string = header.kid) =>
      new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid }).sign(attacker);
    const cases = [
      await forge(claims),
      await forge(claims, `did:web:attacker.example#${header.kid.split('#')[1]}`),
      await forge(claims, `${header.kid.split('#')[0]}#unknown-key`),
      `${genuine.slice(0, -4)}AAAA`,
    ];
    // A userinfo answer carrying each forgery, served by a transport that swaps the JWT in.
    for (const forged of cases) {
      const swapped = govukOneLogin({
        clientId: sandbox.credentials.oneLogin.clientId,
        privateKey: sandbox.credentials.oneLogin.privateKeyJwk,
        redirectUri: sandbox.credentials.oneLogin.redirectUri,
        environment: { issuer: sandbox.services.oneLogin },
        transport: swapCoreIdentity(forged),
      });
      const failure = await swapped.getUserInfo(session).catch((error) => error);
      expect(failure).toBeInstanceOf(IdentityError);
      expect(failure.reason).toBe('invalid_identity');
    }
    // A genuine JWT about someone else is refused too.
    const other = await signIn(proveIdentity, { person: 'mohammed-khan', outcome: 'identity-proved' });
    const otherJwt = (await oneLogin.getUserInfo(other)).claims[
      'https://vocab.account.gov.uk/v1/coreIdentityJWT'
    ] as string;
    const wrongPerson = govukOneLogin({
      clientId: sandbox.credentials.oneLogin.clientId,
      privateKey: sandbox.credentials.oneLogin.privateKeyJwk,
      redirectUri: sandbox.credentials.oneLogin.redirectUri,
      environment: { issuer: sandbox.services.oneLogin },
      transport: swapCoreIdentity(otherJwt),
    });
    await expect(wrongPerson.getUserInfo(session)).rejects.toMatchObject({ reason: 'invalid_identity' });
  });

  it('follows a rotation of the DID keys and of the ID token keys', async () => {
    await signIn(proveIdentity, { outcome: 'identity-proved' });
    sandbox.emulators.oneLogin.control.rotateIdentityKeys();
    sandbox.emulators.oneLogin.control.rotateIdTokenKeys();
    const session = await signIn(proveIdentity, { outcome: 'identity-proved' });
    expect(oneLoginIdentityOf(await oneLogin.getUserInfo(session)).identity?.level).toBe('P2');
  });

  it('refuses a redirect URI or post-logout redirect URI nobody registered, at the client and at the emulator', async () => {
    await expect(
      oneLogin.createSignIn({ redirectUri: 'https://attacker.example/callback' }),
    ).rejects.toMatchObject({
      field: 'redirectUri',
    });
    const started = await oneLogin.createSignIn();
    const tampered = new URL(started.url);
    tampered.searchParams.set('redirect_uri', 'https://attacker.example/callback');
    const answer = await fetch(tampered, { redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('location')).toBeNull();

    const session = await signIn();
    const signOut = new URL(await oneLogin.signOutUrl({ idToken: session.idToken, state: 's' }));
    expect(signOut.searchParams.get('post_logout_redirect_uri')).toBe(
      sandbox.credentials.oneLogin.postLogoutRedirectUri,
    );
    signOut.searchParams.set('post_logout_redirect_uri', 'https://attacker.example/');
    const loggedOut = await fetch(signOut, { redirect: 'manual' });
    expect(loggedOut.headers.get('location')).not.toContain('attacker.example');
  });

  it('sends its User-Agent on every back-channel request, which One Login requires', async () => {
    const agents: string[] = [];
    const recording = govukOneLogin({
      clientId: sandbox.credentials.oneLogin.clientId,
      privateKey: sandbox.credentials.oneLogin.privateKeyJwk,
      redirectUri: sandbox.credentials.oneLogin.redirectUri,
      environment: { issuer: sandbox.services.oneLogin },
      transport: async (request) => {
        agents.push(request.headers['user-agent'] ?? '');
        return (await import('@councilkit/core')).nodeHttpTransport()(request);
      },
    });
    const started = await recording.createSignIn(proveIdentity);
    const session = await recording.completeSignIn(
      await signInThroughPage(started.url, { outcome: 'identity-proved' }),
      started,
    );
    await recording.getUserInfo(session);
    expect(agents.length).toBeGreaterThanOrEqual(5);
    for (const agent of agents) expect(agent).toMatch(/^councilkit-identity-onelogin\//);
    const bare = await fetch(`${sandbox.services.oneLogin}/userinfo`, {
      headers: { authorization: `Bearer ${session.accessToken}`, 'user-agent': '' },
    });
    expect(bare.status).toBe(403);
  });

  it('reports a missing key naming the option and its environment variable, never echoing a key', async () => {
    delete process.env['GOVUK_ONE_LOGIN_PRIVATE_KEY'];
    const keyless = govukOneLogin({ clientId: 'x', redirectUri: 'https://example.gov.uk/callback' });
    const failure = await keyless.createSignIn().catch((error) => error);
    expect(failure.code).toBe('config_invalid');
    expect(failure.message).toContain('GOVUK_ONE_LOGIN_PRIVATE_KEY');
    expect(failure.message).toContain('privateKey');
    expect(() =>
      govukOneLogin({
        clientId: 'x',
        redirectUri: 'https://e.gov.uk/cb',
        privateKey: 'not-a-key-secret-text',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'config_invalid',
        message: expect.not.stringContaining('secret-text'),
      }),
    );
  });
});

/** A transport whose userinfo answers carry `coreIdentityJWT` instead of the emulator's. */
function swapCoreIdentity(jwt: string) {
  return async (request: Parameters<import('@councilkit/core').Transport>[0]) => {
    const { nodeHttpTransport } = await import('@councilkit/core');
    const response = await nodeHttpTransport()(request);
    if (!request.path.endsWith('/userinfo')) return response;
    const body = JSON.parse(new TextDecoder().decode(response.body));
    body['https://vocab.account.gov.uk/v1/coreIdentityJWT'] = jwt;
    return { ...response, body: new TextEncoder().encode(JSON.stringify(body)) };
  };
}
