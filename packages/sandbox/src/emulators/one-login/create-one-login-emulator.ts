import { Hono } from 'hono';
import { invalidOption } from '../../errors.js';
import { govukFrontendStylesheet } from '../notify/inbox/govuk-stylesheet.js';
import { authorize } from './authorize.js';
import { completeSignIn } from './complete-sign-in.js';
import { didDocument, discoveryDocument, jwks, trustmark } from './discovery.js';
import { logout, signedOutPage } from './logout.js';
import { defaultClientKeys, IdentityKeys, IdTokenKeys } from './signing-keys.js';
import type { OneLoginState } from './state.js';
import { testPeople } from './test-people.js';
import { token } from './token.js';
import type { OneLoginClientRegistration, OneLoginEmulator, OneLoginEmulatorOptions } from './types.js';
import { issuerForIdentityOrigin, issuerOf } from './urls.js';
import { userinfo } from './userinfo.js';

/** The default client's id; fixed, like its keys, so credentials survive restarts. */
export const defaultClientId = 'councilkit-sandbox-client';
const defaultRedirectUris = ['http://localhost:3000/auth/callback', 'http://127.0.0.1:3000/auth/callback'];
const defaultPostLogoutRedirectUris = [
  'http://localhost:3000/signed-out',
  'http://127.0.0.1:3000/signed-out',
];

/**
 * Makes a GOV.UK One Login emulator: discovery, JWKS, `/authorize` with a sign-in page where a
 * tester picks a test person and the outcome, `/token` with `private_key_jwt` (RSA and EC),
 * `/userinfo` with identity claims signed by a separate identity issuer (its DID document at
 * `identity/.well-known/did.json`), `/logout` with back-channel logout, and One Login's errors.
 */
export function createOneLoginEmulator(options: OneLoginEmulatorOptions = {}): OneLoginEmulator {
  const basePath = options.basePath ?? '';
  if (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/'))) {
    throw invalidOption('basePath', 'must be empty, or start with "/" and not end with "/"');
  }
  const defaultClient: OneLoginClientRegistration = {
    clientId: defaultClientId,
    publicKeys: defaultClientKeys.publicJwks,
    redirectUris: [...defaultRedirectUris, ...(options.redirectUris ?? [])],
    postLogoutRedirectUris: [...defaultPostLogoutRedirectUris, ...(options.postLogoutRedirectUris ?? [])],
    ...(options.backChannelLogoutUri !== undefined
      ? { backChannelLogoutUri: options.backChannelLogoutUri }
      : {}),
    idTokenSigningAlgorithm: options.idTokenSigningAlgorithm ?? 'ES256',
  };
  const state: OneLoginState = {
    basePath,
    clients: new Map(),
    pending: new Map(),
    codes: new Map(),
    accessTokens: new Map(),
    assertionIds: new Map(),
    idTokenKeys: new IdTokenKeys(),
    identityKeys: new IdentityKeys(),
    sentLogouts: [],
    deliveries: new Set(),
  };
  const registerClient = (registration: OneLoginClientRegistration) => {
    checkRegistration(registration);
    state.clients.set(registration.clientId, registration);
  };
  registerClient(defaultClient);
  for (const client of options.clients ?? []) registerClient(client);

  const app = new Hono().basePath(basePath || '/');
  const issuer = (request: Request) => issuerOf(request, basePath);
  app.get('/health', (context) => context.json({ status: 'ok', service: 'oneLogin' }));
  app.get('/.well-known/openid-configuration', (context) => discoveryDocument(issuer(context.req.raw)));
  app.get('/.well-known/jwks.json', () => jwks(state));
  app.get('/identity/.well-known/did.json', (context) => didDocument(state, issuer(context.req.raw)));
  app.get('/identity/did.json', (context) => didDocument(state, issuer(context.req.raw)));
  app.get('/trustmark', (context) => trustmark(issuer(context.req.raw)));
  app.get('/authorize', (context) => authorize(context.req.raw, state));
  app.post('/authorize/sign-in', (context) => completeSignIn(context.req.raw, state));
  app.post('/token', (context) => token(context.req.raw, state, issuer(context.req.raw)));
  app.get('/userinfo', (context) => userinfo(context.req.raw, state, issuer(context.req.raw)));
  app.get('/logout', (context) => logout(context.req.raw, state, issuer(context.req.raw)));
  app.get('/signed-out', () => signedOutPage(basePath));
  app.get(
    '/assets/govuk-frontend.min.css',
    () =>
      new Response(govukFrontendStylesheet(), {
        headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' },
      }),
  );
  app.notFound(() => new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 }));
  app.onError(
    () =>
      new Response(JSON.stringify({ error: 'server_error', error_description: 'Internal server error' }), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      }),
  );

  return {
    service: 'oneLogin',
    basePath,
    credentials: {
      clientId: defaultClientId,
      privateKeyJwk: defaultClientKeys.rsaPrivateJwk,
      ecPrivateKeyJwk: defaultClientKeys.ecPrivateJwk,
      redirectUri: defaultRedirectUris[0]!,
      postLogoutRedirectUri: defaultPostLogoutRedirectUris[0]!,
    },
    control: {
      people: testPeople,
      registerClient,
      rotateIdTokenKeys: () => state.idTokenKeys.rotate(),
      rotateIdentityKeys: () => state.identityKeys.rotate(),
      sentBackChannelLogouts: () => [...state.sentLogouts],
      settled: async () => {
        await Promise.all([...state.deliveries]);
      },
    },
    fetch: async (request) => {
      // Under msw the identity issuer is its own host, as in the real service: its DID document.
      const url = new URL(request.url);
      const identityOf = basePath === '' ? issuerForIdentityOrigin(url.origin) : undefined;
      if (identityOf !== undefined) {
        return url.pathname === '/.well-known/did.json' && request.method === 'GET'
          ? didDocument(state, identityOf)
          : new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 });
      }
      return app.fetch(request);
    },
    async close() {
      await Promise.all([...state.deliveries]);
    },
  };
}

function checkRegistration(registration: OneLoginClientRegistration): void {
  if (typeof registration?.clientId !== 'string' || registration.clientId === '') {
    throw invalidOption('clientId', 'must be a non-empty string');
  }
  if (!Array.isArray(registration.publicKeys) || registration.publicKeys.length === 0) {
    throw invalidOption('publicKeys', 'must list at least one public JWK');
  }
  if (!Array.isArray(registration.redirectUris) || registration.redirectUris.length === 0) {
    throw invalidOption('redirectUris', 'must list at least one redirect URI');
  }
}
