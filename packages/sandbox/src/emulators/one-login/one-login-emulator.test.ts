import { createHash, randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOneLoginEmulator } from './index.js';
import { signInThroughPage } from './sign-in.test-helper.js';

// The emulator in process, through its fetch function: One Login's documented refusals.
describe('the One Login emulator', () => {
  const emulator = createOneLoginEmulator();
  const issuer = 'https://oidc.integration.account.gov.uk/';
  const { clientId, privateKeyJwk, redirectUri } = emulator.credentials;
  const originalFetch = globalThis.fetch;
  beforeAll(() => {
    // The sign-in helper uses fetch; route it to the emulator at One Login's own host.
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
      emulator.fetch(new Request(input, init))) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = originalFetch;
  });

  const authorizeUrl = (overrides: Record<string, string | undefined> = {}) => {
    const url = new URL(`${issuer}authorize`);
    const params: Record<string, string | undefined> = {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'openid email',
      state: 'state-1',
      nonce: 'nonce-1',
      ...overrides,
    };
    for (const [name, value] of Object.entries(params))
      if (value !== undefined) url.searchParams.set(name, value);
    return url.toString();
  };
  const errorOf = async (url: string) => {
    const response = await emulator.fetch(new Request(url));
    const location = response.headers.get('location');
    return location ? new URL(location).searchParams.get('error') : `HTTP ${response.status}`;
  };
  const assertion = async (claims: Record<string, unknown> = {}) => {
    const key = await importJWK(privateKeyJwk as never, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: clientId,
      sub: clientId,
      aud: `${issuer}token`,
      jti: randomUUID(),
      iat: now,
      exp: now + 60,
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: privateKeyJwk['kid'] as string })
      .sign(key);
  };
  const exchange = (code: string, extra: Record<string, string> = {}, agent = 'test-agent') =>
    emulator.fetch(
      new Request(`${issuer}token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': agent },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          ...extra,
        }),
      }),
    );
  const codeFrom = async (overrides: Record<string, string | undefined> = {}) =>
    new URL(await signInThroughPage(authorizeUrl(overrides))).searchParams.get('code')!;

  it('refuses an unknown client or redirect URI with a 400 page, never a redirect', async () => {
    expect(await errorOf(authorizeUrl({ client_id: 'nobody' }))).toBe('HTTP 400');
    expect(await errorOf(authorizeUrl({ redirect_uri: 'https://attacker.example/cb' }))).toBe('HTTP 400');
    expect(await errorOf(authorizeUrl({ redirect_uri: `${redirectUri}/../evil` }))).toBe('HTTP 400');
  });

  it("redirects One Login's authorization errors", async () => {
    expect(await errorOf(authorizeUrl({ response_type: 'token' }))).toBe('unsupported_response_type');
    expect(await errorOf(authorizeUrl({ nonce: undefined }))).toBe('invalid_request');
    expect(await errorOf(authorizeUrl({ state: undefined }))).toBe('invalid_request');
    expect(await errorOf(authorizeUrl({ scope: 'email' }))).toBe('invalid_scope');
    expect(await errorOf(authorizeUrl({ scope: 'openid admin' }))).toBe('invalid_scope');
    expect(await errorOf(authorizeUrl({ vtr: '["Cl.P2"]' }))).toBe('invalid_request');
    expect(await errorOf(authorizeUrl({ vtr: 'Cl.Cm' }))).toBe('invalid_request');
    expect(await errorOf(authorizeUrl({ claims: '{"userinfo":{"https://example.com/made-up":null}}' }))).toBe(
      'invalid_request',
    );
    expect(await errorOf(authorizeUrl({ code_challenge: 'x', code_challenge_method: 'plain' }))).toBe(
      'invalid_request',
    );
    expect(await errorOf(authorizeUrl({ request_uri: 'https://example.com/r' }))).toBe(
      'request_uri_not_supported',
    );
  });

  it('exchanges a code once, and refuses a reused code, a reused assertion, a wrong audience or a wrong verifier', async () => {
    const code = await codeFrom();
    const once = await assertion();
    const first = await exchange(code, { client_assertion: once });
    expect(first.status).toBe(200);
    const tokens = await first.json();
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 180 });
    expect(tokens.access_token.split('.')).toHaveLength(1);
    expect((await (await exchange(code, { client_assertion: await assertion() })).json()).error).toBe(
      'invalid_grant',
    );
    expect((await (await exchange(await codeFrom(), { client_assertion: once })).json()).error).toBe(
      'invalid_client',
    );
    expect(
      (
        await (
          await exchange(await codeFrom(), {
            client_assertion: await assertion({ aud: [issuer, `${issuer}token`] }),
          })
        ).json()
      ).error,
    ).toBe('invalid_client');
    expect(
      (
        await (
          await exchange(await codeFrom(), {
            client_assertion: await assertion({ exp: Math.floor(Date.now() / 1000) - 10 }),
          })
        ).json()
      ).error,
    ).toBe('invalid_client');
    const verifier = 'a'.repeat(43);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const pkceCode = await codeFrom({ code_challenge: challenge, code_challenge_method: 'S256' });
    const wrong = await exchange(pkceCode, {
      client_assertion: await assertion(),
      code_verifier: 'b'.repeat(43),
    });
    expect((await wrong.json()).error).toBe('invalid_grant');
  });

  it('answers 403 to back-channel requests without a User-Agent', async () => {
    const response = await exchange(await codeFrom(), { client_assertion: await assertion() }, '');
    expect(response.status).toBe(403);
  });

  it('answers userinfo 401 with WWW-Authenticate for an unknown token', async () => {
    const response = await emulator.fetch(
      new Request(`${issuer}userinfo`, { headers: { authorization: 'Bearer nope', 'user-agent': 'test' } }),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('serves its DID document with One Login cache headers', async () => {
    // At One Login's own hosts (under msw) the identity issuer is its real host, as in the service.
    const response = await emulator.fetch(
      new Request('https://identity.integration.account.gov.uk/.well-known/did.json'),
    );
    expect(response.headers.get('cache-control')).toBe('max-age=3600, private');
    const did = await response.json();
    expect(did.id).toBe('did:web:identity.integration.account.gov.uk');
    expect(did.assertionMethod[0].id).toMatch(
      /^did:web:identity\.integration\.account\.gov\.uk#[0-9a-f]{64}$/,
    );
    expect(did.assertionMethod[0].publicKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(did.assertionMethod[0].publicKeyJwk.d).toBeUndefined();
  });

  it('shows the sign-in page with GOV.UK Frontend styles and the test people', async () => {
    const page = await (await emulator.fetch(new Request(authorizeUrl({ vtr: '["Cl.Cm.P2"]' })))).text();
    expect(page).toContain('govuk-frontend.min.css');
    for (const person of emulator.control.people) expect(page).toContain(person.email);
    expect(page).toContain('identity-proved');
    const css = await emulator.fetch(new Request(`${issuer}assets/govuk-frontend.min.css`));
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});
