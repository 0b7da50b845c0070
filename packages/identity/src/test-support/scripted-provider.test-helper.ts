import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { makeKey, type TestKey } from './oidc-provider.test-helper.js';

/**
 * A minimal OpenID provider whose token endpoint answers whatever the test scripts: the way to
 * hand the client tampered ID tokens that no real provider would sign.
 */
export interface ScriptedProvider {
  readonly issuer: string;
  readonly key: TestKey;
  /** The ID token claims a well-behaved provider would sign for this nonce. */
  claimsFor(nonce: string): Record<string, unknown>;
  /** Signs claims with the published key (or `key`) and `alg`. */
  sign(claims: Record<string, unknown>, options?: { key?: TestKey; kid?: string }): Promise<string>;
  /** What the next token request answers. */
  nextIdToken: string | undefined;
  requests: { path: string; body: string; headers: Record<string, unknown> }[];
  jwksStatus: number;
  close(): Promise<void>;
}

export async function startScriptedProvider(): Promise<ScriptedProvider> {
  const key = makeKey('ec', 'scripted-1');
  const state: ScriptedProvider = {
    issuer: '',
    key,
    nextIdToken: undefined,
    requests: [],
    jwksStatus: 200,
    claimsFor: (nonce) => {
      const now = Math.floor(Date.now() / 1000);
      return { iss: state.issuer, aud: 'scripted-client', sub: 'person-1', nonce, iat: now, exp: now + 120 };
    },
    sign: (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({
          alg: 'ES256',
          kid: options.kid ?? ((options.key ?? key).publicJwk['kid'] as string),
        })
        .sign((options.key ?? key).privateKey),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      state.requests.push({ path, body: Buffer.concat(chunks).toString(), headers: request.headers });
      const json = (status: number, body: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (path === '/.well-known/openid-configuration') {
        return json(200, {
          issuer: state.issuer,
          authorization_endpoint: `${state.issuer}/authorize`,
          token_endpoint: `${state.issuer}/token`,
          jwks_uri: `${state.issuer}/jwks`,
          userinfo_endpoint: `${state.issuer}/userinfo`,
          id_token_signing_alg_values_supported: ['ES256'],
        });
      }
      if (path === '/jwks') return json(state.jwksStatus, { keys: [key.publicJwk] });
      if (path === '/token') {
        return json(200, {
          access_token: 'opaque-access-token',
          token_type: 'Bearer',
          id_token: state.nextIdToken,
        });
      }
      json(404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (state as { issuer: string }).issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
