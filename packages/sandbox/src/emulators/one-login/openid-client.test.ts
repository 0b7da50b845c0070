import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeJwt, importJWK, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../index.js';
import { signInThroughPage } from './sign-in.test-helper.js';

const identityClaims = {
  'https://vocab.account.gov.uk/v1/coreIdentityJWT': null,
  'https://vocab.account.gov.uk/v1/address': null,
  'https://vocab.account.gov.uk/v1/passport': null,
  'https://vocab.account.gov.uk/v1/drivingPermit': null,
  'https://vocab.account.gov.uk/v1/returnCode': null,
};

// openid-client, a certified relying party we did not write, signs in against the emulator.
describe('the One Login emulator with openid-client', () => {
  let sandbox: Sandbox;
  let receiver: Server;
  const logoutTokens: string[] = [];
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        logoutTokens.push(new URLSearchParams(body).get('logout_token') ?? '');
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    sandbox = await startSandbox({
      oneLogin: {
        backChannelLogoutUri: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/back-channel`,
      },
    });
  });
  afterAll(async () => {
    await sandbox?.close();
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  async function configuration(keyJwk: Record<string, unknown>, alg: 'RS256' | 'ES256') {
    const { clientId } = sandbox.credentials.oneLogin;
    const key = (await importJWK(keyJwk as never, alg)) as CryptoKey;
    return client.discovery(
      new URL(`${sandbox.services.oneLogin}/`),
      clientId,
      { id_token_signed_response_alg: 'ES256' },
      client.PrivateKeyJwt({ key, kid: keyJwk['kid'] as string }),
      { execute: [client.allowInsecureRequests] },
    );
  }

  it('completes a sign-in with identity claims (P2), verified against the DID document', async () => {
    const credentials = sandbox.credentials.oneLogin;
    const config = await configuration(credentials.privateKeyJwk, 'RS256');
    expect(config.serverMetadata().issuer).toBe(`${sandbox.services.oneLogin}/`);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: credentials.redirectUri,
      scope: 'openid email phone',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      vtr: JSON.stringify(['Cl.Cm.P2']),
      ui_locales: 'en',
      claims: JSON.stringify({ userinfo: identityClaims }),
    });
    const callback = await signInThroughPage(url.href, {
      person: 'kenneth-decerqueira',
      outcome: 'identity-proved',
    });
    const tokens = await client.authorizationCodeGrant(config, new URL(callback), {
      pkceCodeVerifier: codeVerifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    expect(claims['vot']).toBe('Cl.Cm');
    expect(claims['vtm']).toBe(`${sandbox.services.oneLogin}/trustmark`);
    expect(claims.sub).toMatch(/^urn:fdc:gov\.uk:2022:/);
    const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(userInfo.email).toBe('kenneth.decerqueira@example.com');
    expect(userInfo['https://vocab.account.gov.uk/v1/passport']).toEqual([
      { documentNumber: '321654987', icaoIssuerCode: 'GBR', expiryDate: '2030-01-01' },
    ]);
    expect(userInfo['https://vocab.account.gov.uk/v1/address']).toEqual([
      expect.objectContaining({ postalCode: 'BA2 5AA', uprn: 100120012077 }),
    ]);

    // The core identity JWT, checked as One Login's docs say: the DID document's assertionMethod key named by kid.
    const coreIdentity = userInfo['https://vocab.account.gov.uk/v1/coreIdentityJWT'] as string;
    const did = await (await fetch(`${sandbox.services.oneLogin}/identity/.well-known/did.json`)).json();
    const header = JSON.parse(Buffer.from(coreIdentity.split('.')[0]!, 'base64url').toString());
    const [controller] = header.kid.split('#');
    expect(controller).toBe(did.id);
    const method = did.assertionMethod.find((entry: { id: string }) => entry.id === header.kid);
    const { payload } = await jwtVerify(
      coreIdentity,
      createLocalJWKSet({ keys: [{ ...method.publicKeyJwk, kid: header.kid }] }),
      {
        algorithms: ['ES256'],
        issuer: `${sandbox.services.oneLogin}/identity/`,
        audience: credentials.clientId,
        subject: claims.sub,
      },
    );
    expect(payload['vot']).toBe('P2');
    expect(payload['vc']).toMatchObject({ credentialSubject: { birthDate: [{ value: '1965-07-08' }] } });
  });

  it('signs in with the EC client key, and signs out to the registered URI with a back-channel logout', async () => {
    const credentials = sandbox.credentials.oneLogin;
    const config = await configuration(credentials.ecPrivateKeyJwk, 'ES256');
    const codeVerifier = client.randomPKCECodeVerifier();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: credentials.redirectUri,
      scope: 'openid',
      state: 'abc',
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    const tokens = await client.authorizationCodeGrant(config, new URL(await signInThroughPage(url.href)), {
      pkceCodeVerifier: codeVerifier,
      expectedState: 'abc',
      expectedNonce: nonce,
    });
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: credentials.postLogoutRedirectUri,
      state: 'bye',
    });
    const response = await fetch(endSession, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${credentials.postLogoutRedirectUri}?state=bye`);
    await sandbox.emulators.oneLogin.control.settled();
    const token = logoutTokens.at(-1)!;
    const jwks = await (await fetch(config.serverMetadata().jwks_uri!)).json();
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: config.serverMetadata().issuer,
      audience: credentials.clientId,
    });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload.sub).toBe(tokens.claims()!.sub);
    expect(payload['events']).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} });
    expect(decodeJwt(token).jti).toEqual(expect.any(String));
  });
});
