import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityError, openIdConnect } from '../index.js';
import { makeKey } from '../test-support/oidc-provider.test-helper.js';
import {
  type ScriptedProvider,
  startScriptedProvider,
} from '../test-support/scripted-provider.test-helper.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('ID token checks', () => {
  let op: ScriptedProvider;
  const stranger = makeKey('ec', 'scripted-1');
  beforeAll(async () => {
    op = await startScriptedProvider();
  });
  afterAll(async () => op?.close());

  const client = () =>
    openIdConnect({
      issuer: op.issuer,
      clientId: 'scripted-client',
      clientAuth: { method: 'client_secret_post', clientSecret: 'scripted-secret' },
      redirectUri: 'http://127.0.0.1:8080/callback',
      keyRefreshCooldownMs: 0,
    });

  /** Completes a sign-in whose token endpoint returns the ID token `make` builds. */
  async function completeWith(make: (claims: Record<string, unknown>) => Promise<string> | string) {
    const identity = client();
    const signIn = await identity.createSignIn();
    op.nextIdToken = await make(op.claimsFor(signIn.nonce));
    return identity.completeSignIn(`${signIn.redirectUri}?code=abc&state=${signIn.state}`, signIn);
  }

  it('accepts a well-formed ID token', async () => {
    const session = await completeWith((claims) => op.sign(claims));
    expect(session.sub).toBe('person-1');
    const tokenRequest = op.requests.find((request) => request.path === '/token');
    expect(new URLSearchParams(tokenRequest?.body).get('client_secret')).toBe('scripted-secret');
    expect(new URLSearchParams(tokenRequest?.body).get('code_verifier')).toMatch(/^[\w-]{43}$/);
  });

  const refusals: [string, (claims: Record<string, unknown>) => Promise<string> | string, string][] = [
    ['a wrong iss', (claims) => op.sign({ ...claims, iss: 'https://attacker.example' }), 'invalid_id_token'],
    ['a wrong aud', (claims) => op.sign({ ...claims, aud: 'another-client' }), 'invalid_id_token'],
    [
      'several audiences without azp',
      (claims) => op.sign({ ...claims, aud: ['scripted-client', 'other'] }),
      'invalid_id_token',
    ],
    ['a wrong azp', (claims) => op.sign({ ...claims, azp: 'other' }), 'invalid_id_token'],
    ['a wrong nonce', (claims) => op.sign({ ...claims, nonce: 'replayed-nonce' }), 'nonce_mismatch'],
    ['no nonce', (claims) => op.sign({ ...claims, nonce: undefined }), 'nonce_mismatch'],
    [
      'an expired exp',
      (claims) => op.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 120 }),
      'invalid_id_token',
    ],
    [
      'an iat in the future',
      (claims) => op.sign({ ...claims, iat: Math.floor(Date.now() / 1000) + 600 }),
      'invalid_id_token',
    ],
    ['no sub', (claims) => op.sign({ ...claims, sub: undefined }), 'invalid_id_token'],
    [
      'a wrong at_hash',
      (claims) => op.sign({ ...claims, at_hash: 'AAAAAAAAAAAAAAAAAAAAAA' }),
      'invalid_id_token',
    ],
    ['alg none', (claims) => `${b64({ alg: 'none' })}.${b64(claims)}.`, 'invalid_id_token'],
    [
      'HS256 signed with the public key as the secret',
      (claims) => {
        const input = `${b64({ alg: 'HS256', kid: 'scripted-1' })}.${b64(claims)}`;
        const secret = JSON.stringify(op.key.publicJwk);
        return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      },
      'invalid_id_token',
    ],
    [
      'a key not in the JWKS',
      (claims) => op.sign(claims, { key: makeKey('ec', 'unknown-kid') }),
      'invalid_id_token',
    ],
    [
      'a forged signature under a published kid',
      (claims) => op.sign(claims, { key: stranger }),
      'invalid_id_token',
    ],
    ['a token that is not a JWT', () => 'not-a-jwt', 'invalid_id_token'],
  ];

  for (const [name, make, reason] of refusals) {
    it(`refuses an ID token with ${name}`, async () => {
      const failure = await completeWith(make).catch((error) => error);
      expect(failure).toBeInstanceOf(IdentityError);
      expect(failure).toMatchObject({ code: 'auth_failed', reason });
      expect(failure.message).not.toContain('eyJ');
    });
  }

  it('keeps its cached keys when a refresh fails, and refetches them only once per unknown kid', async () => {
    const identity = client();
    const warm = await identity.createSignIn();
    op.nextIdToken = await op.sign(op.claimsFor(warm.nonce));
    await identity.completeSignIn(`${warm.redirectUri}?code=abc&state=${warm.state}`, warm);
    const jwksCalls = () => op.requests.filter((request) => request.path === '/jwks').length;
    const before = jwksCalls();
    op.jwksStatus = 500;
    try {
      const unknown = await identity.createSignIn();
      op.nextIdToken = await op.sign(op.claimsFor(unknown.nonce), { key: makeKey('ec', 'rotated') });
      await expect(
        identity.completeSignIn(`${unknown.redirectUri}?code=abc&state=${unknown.state}`, unknown),
      ).rejects.toMatchObject({ reason: 'invalid_id_token' });
      expect(jwksCalls()).toBe(before + 1);
      // The failed refresh kept the old keys: a token under them still verifies.
      const next = await identity.createSignIn();
      op.nextIdToken = await op.sign(op.claimsFor(next.nonce));
      await identity.completeSignIn(`${next.redirectUri}?code=abc&state=${next.state}`, next);
    } finally {
      op.jwksStatus = 200;
    }
  });

  it('refuses a sign-in started longer ago than its lifetime', async () => {
    const identity = client();
    const signIn = await identity.createSignIn();
    const stale = { ...signIn, createdAt: Date.now() - 11 * 60_000 };
    await expect(
      identity.completeSignIn(`${signIn.redirectUri}?code=abc&state=${signIn.state}`, stale),
    ).rejects.toMatchObject({ reason: 'sign_in_expired' });
  });

  it('never logs a token, a code verifier or a secret', async () => {
    const lines: string[] = [];
    const logger = Object.fromEntries(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace'].map((level) => [
        level,
        (...args: unknown[]) => lines.push(JSON.stringify(args)),
      ]),
    );
    const identity = openIdConnect({
      issuer: op.issuer,
      clientId: 'scripted-client',
      clientAuth: { method: 'client_secret_basic', clientSecret: 'scripted-secret' },
      redirectUri: 'http://127.0.0.1:8080/callback',
      logger: { ...logger, child: () => logger } as never,
      logLevel: 'trace',
    });
    const signIn = await identity.createSignIn();
    op.nextIdToken = await op.sign(op.claimsFor(signIn.nonce));
    await identity.completeSignIn(`${signIn.redirectUri}?code=abc&state=${signIn.state}`, signIn);
    await identity
      .completeSignIn(`${signIn.redirectUri}?code=abc&state=${signIn.state}`, signIn)
      .catch(() => {});
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [
      op.nextIdToken,
      signIn.codeVerifier,
      signIn.nonce,
      'scripted-secret',
      'opaque-access-token',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('reports bad options as one ConfigError listing each, without echoing a secret', () => {
    const failure = (() => {
      try {
        openIdConnect({
          issuer: 'not a url',
          clientId: '',
          clientAuth: {
            method: 'private_key_jwt',
            privateKey: '-----BEGIN PRIVATE KEY-----\nsecret-material\n',
          },
          redirectUri: 'ftp://x',
        });
      } catch (error) {
        return error as { code: string; issues: { path: string }[]; message: string };
      }
    })();
    expect(failure?.code).toBe('config_invalid');
    expect(failure?.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['issuer', 'clientId', 'redirectUri']),
    );
    const badKey = (() => {
      try {
        openIdConnect({
          issuer: 'https://example.com',
          clientId: 'x',
          clientAuth: {
            method: 'private_key_jwt',
            privateKey: '-----BEGIN PRIVATE KEY-----\nsecret-material\n',
          },
          redirectUri: 'https://example.com/cb',
        });
      } catch (error) {
        return error as { code: string; issues: { path: string }[]; message: string };
      }
    })();
    expect(badKey?.issues[0]?.path).toBe('clientAuth.privateKey');
    expect(badKey?.message).not.toContain('secret-material');
  });

  it('names the secret option and its environment variable when neither is set', async () => {
    delete process.env['OIDC_CLIENT_SECRET'];
    const identity = openIdConnect({
      issuer: op.issuer,
      clientId: 'scripted-client',
      clientAuth: { method: 'client_secret_basic' },
      redirectUri: 'http://127.0.0.1:8080/callback',
    });
    const signIn = await identity.createSignIn();
    const failure = await identity
      .completeSignIn(`${signIn.redirectUri}?code=abc&state=${signIn.state}`, signIn)
      .catch((error) => error);
    expect(failure.code).toBe('config_invalid');
    expect(failure.message).toContain('OIDC_CLIENT_SECRET');
    expect(failure.message).toContain('clientAuth.clientSecret');
  });
});
