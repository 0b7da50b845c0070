import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A key pair as JWKs, made once per test file. */
export interface TestKey {
  readonly privateJwk: Record<string, unknown>;
  readonly publicJwk: Record<string, unknown>;
  readonly privateKey: KeyObject;
}

export function makeKey(kind: 'rsa' | 'ec', kid: string): TestKey {
  const { privateKey, publicKey } =
    kind === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const alg = kind === 'rsa' ? 'RS256' : 'ES256';
  return {
    privateKey,
    privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, alg, use: 'sig' },
    publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' },
  };
}

export const testPerson = {
  sub: 'urn:test:person-1',
  email: 'ada.lovelace@example.com',
  phone: '+447700900123',
} as const;

/** Clients the test provider registers; their keys are the relying party's. */
export interface TestClients {
  readonly esClient: { clientId: string; key: TestKey };
  readonly rsClient: { clientId: string; key: TestKey };
  readonly secretClient: { clientId: string; clientSecret: string };
}

/**
 * oidc-provider (the certified OpenID provider) on 127.0.0.1, with a login that signs in
 * `testPerson` at once and consent given in advance, so a test drives it with plain HTTP. Its
 * keys can be rotated: `rotateKeys()` switches to a second provider instance on the same issuer
 * that signs with new keys and still publishes the old ones, as real providers do.
 */
export interface TestProvider {
  readonly issuer: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  readonly clients: TestClients;
  /** Logout tokens the provider posted to the back-channel URI, newest last. */
  readonly logoutTokens: string[];
  /** Where the back-channel logout receiver listens. */
  readonly backChannelUri: string;
  /** Follows a sign-in URL through the provider like a browser would; resolves with the callback URL. */
  signIn(authorizationUrl: string): Promise<string>;
  /** Follows a sign-in URL but has the person cancel; resolves with the callback URL carrying the error. */
  cancelSignIn(authorizationUrl: string): Promise<string>;
  /** Follows a sign-out URL (confirming it); resolves with the URL the provider redirects to. */
  signOut(signOutUrl: string): Promise<string>;
  /** From now on the provider signs with new keys, still publishing the old ones. */
  rotateKeys(): void;
  /** How many times the JWKS and discovery documents were fetched. */
  readonly fetchCounts: { jwks: number; discovery: number };
  close(): Promise<void>;
}

export async function startTestProvider(): Promise<TestProvider> {
  const clients: TestClients = {
    esClient: { clientId: 'councilkit-es', key: makeKey('ec', 'rp-ec-1') },
    rsClient: { clientId: 'councilkit-rs', key: makeKey('rsa', 'rp-rsa-1') },
    secretClient: { clientId: 'councilkit-secret', clientSecret: 'test-only-client-secret-0123456789' },
  };
  const firstKeys = [makeKey('ec', 'op-ec-1'), makeKey('rsa', 'op-rsa-1')];
  const rotatedKeys = [makeKey('ec', 'op-ec-2'), makeKey('rsa', 'op-rsa-2')];

  const logoutTokens: string[] = [];
  const receiver = await listen(async (request, response) => {
    const body = await readBody(request);
    const token = new URLSearchParams(body).get('logout_token');
    if (token) logoutTokens.push(token);
    response.writeHead(200).end();
  });
  const backChannelUri = `http://127.0.0.1:${port(receiver)}/backchannel`;

  let handler: (request: IncomingMessage, response: ServerResponse) => void = (_q, s) =>
    s.writeHead(503).end();
  const fetchCounts = { jwks: 0, discovery: 0 };
  const server = await listen((request, response) => {
    if (request.url?.startsWith('/jwks')) fetchCounts.jwks += 1;
    if (request.url?.startsWith('/.well-known/openid-configuration')) fetchCounts.discovery += 1;
    handler(request, response);
  });
  const issuer = `http://127.0.0.1:${port(server)}`;
  const redirectUri = 'http://127.0.0.1:8080/callback';
  const postLogoutRedirectUri = 'http://127.0.0.1:8080/signed-out';

  const makeProvider = (signingKeys: TestKey[]) => {
    const common = {
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [postLogoutRedirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      backchannel_logout_uri: backChannelUri,
      backchannel_logout_session_required: true,
    };
    const provider = new Provider(issuer, {
      clients: [
        {
          ...common,
          client_id: clients.esClient.clientId,
          token_endpoint_auth_method: 'private_key_jwt',
          jwks: { keys: [clients.esClient.key.publicJwk] },
          id_token_signed_response_alg: 'ES256',
        },
        {
          ...common,
          client_id: clients.rsClient.clientId,
          token_endpoint_auth_method: 'private_key_jwt',
          jwks: { keys: [clients.rsClient.key.publicJwk] },
          id_token_signed_response_alg: 'RS256',
        },
        {
          ...common,
          client_id: clients.secretClient.clientId,
          client_secret: clients.secretClient.clientSecret,
          token_endpoint_auth_method: 'client_secret_basic',
          id_token_signed_response_alg: 'RS256',
        },
      ] as never,
      jwks: { keys: signingKeys.map((key) => key.privateJwk) } as never,
      cookies: { keys: ['test-only-cookie-key'] },
      pkce: { required: () => true },
      features: {
        devInteractions: { enabled: false },
        claimsParameter: { enabled: true },
        backchannelLogout: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx: { body: string }, form: string) => {
            ctx.body = `<!doctype html><body>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}</body>`;
          },
        },
      },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        phone: ['phone_number', 'phone_number_verified'],
      },
      findAccount: async (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: async () => ({
          sub,
          email: testPerson.email,
          email_verified: true,
          phone_number: testPerson.phone,
          phone_number_verified: true,
        }),
      }),
      loadExistingGrant: async (ctx: GrantContext) => {
        const grant = new ctx.oidc.provider.Grant({
          clientId: ctx.oidc.client.clientId,
          accountId: ctx.oidc.session.accountId,
        });
        grant.addOIDCScope(ctx.oidc.params.scope ?? 'openid');
        if (ctx.oidc.claims?.userinfo) grant.addOIDCClaims(Object.keys(ctx.oidc.claims.userinfo));
        await grant.save();
        return grant;
      },
      // Tests only: oidc-provider refuses to post back-channel logouts to loopback addresses otherwise.
      fetch: (url: string | URL, options: Record<string, unknown>) => {
        delete options['dispatcher'];
        return globalThis.fetch(url, options as RequestInit);
      },
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
    } as never);
    const callback = provider.callback();
    return (request: IncomingMessage, response: ServerResponse) => {
      if (request.url?.startsWith('/interaction/')) {
        const denied = denyNext;
        denyNext = false;
        provider
          .interactionFinished(
            request,
            response,
            denied
              ? { error: 'access_denied', error_description: 'The person cancelled' }
              : { login: { accountId: testPerson.sub } },
            { mergeWithLastSubmission: false },
          )
          .catch(() => response.writeHead(500).end());
        return;
      }
      callback(request, response);
    };
  };

  let denyNext = false;
  const quiet = console.warn;
  // oidc-provider warns about Node 20 and its in-memory adapter; neither matters in tests.
  console.warn = () => {};
  const first = makeProvider(firstKeys);
  const second = makeProvider([...rotatedKeys, ...firstKeys]);
  console.warn = quiet;
  handler = first;

  const jar = new Map<string, string>();
  const follow = async (start: string, stopAt: string): Promise<string> => {
    let url = start;
    let method = 'GET';
    let body: string | undefined;
    for (let hop = 0; hop < 15; hop++) {
      if (url.startsWith(stopAt)) return url;
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(body ? { body } : {}),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = (pair ?? '').split('=');
        if (name) jar.set(name.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (location) {
        url = new URL(location, url).toString();
        method = 'GET';
        body = undefined;
        continue;
      }
      const html = await response.text();
      const form = /<form[^>]*action="([^"]+)"/.exec(html);
      if (!form)
        throw new Error(`The test provider answered ${response.status} without a redirect or a form`);
      const fields = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)];
      url = new URL(form[1]!.replace(/&amp;/g, '&'), url).toString();
      method = 'POST';
      body = new URLSearchParams(fields.map((field) => [field[1]!, field[2]!])).toString();
    }
    throw new Error('Too many redirects at the test provider');
  };

  return {
    issuer,
    redirectUri,
    postLogoutRedirectUri,
    clients,
    logoutTokens,
    backChannelUri,
    fetchCounts,
    signIn: (authorizationUrl) => follow(authorizationUrl, redirectUri),
    cancelSignIn(authorizationUrl) {
      denyNext = true;
      jar.clear();
      return follow(authorizationUrl, redirectUri);
    },
    signOut: (signOutUrl) => follow(signOutUrl, postLogoutRedirectUri),
    rotateKeys() {
      handler = second;
    },
    async close() {
      await Promise.all([close(server), close(receiver)]);
    },
  };
}

/** The part of oidc-provider's request context that auto-consent reads. */
interface GrantContext {
  oidc: {
    provider: { Grant: new (init: { clientId: string; accountId: string }) => GrantLike };
    client: { clientId: string };
    session: { accountId: string };
    params: { scope?: string };
    claims?: { userinfo?: Record<string, unknown> };
  };
}

interface GrantLike {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}

function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function port(server: Server): number {
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
