import {
  AuthError,
  createLogger,
  onFirstUse,
  ProviderError,
  UnsupportedError,
  userAgent,
  ValidationError,
  WebhookVerificationError,
  z,
} from '@councilkit/core';
import type { JWTPayload } from 'jose';
import type { IdentityProviderImplementation } from '../define.js';
import { IdentityError } from '../errors.js';
import type { CallOptions } from '../model/call-options.js';
import type { ProviderMetadata as ResultMetadata } from '../model/provider-options.js';
import type { Session, SessionTokens } from '../model/session.js';
import type { SavedSignIn, SignInOptions } from '../model/sign-in.js';
import type { UserInfo } from '../model/user-info.js';
import type { IdentityCapabilities } from '../port.js';
import { VERSION } from '../version.js';
import { callbackError, tokenError } from './callback-errors.js';
import { createClientAuthenticator } from './client-auth.js';
import { createDiscovery, type ProviderMetadata } from './discovery.js';
import { standardExtraParameters } from './extra-parameters.js';
import { createOidcHttp, errorFrom, oauthErrorOf, readJsonObject } from './http.js';
import { checkIdTokenClaims } from './id-token-claims.js';
import { asymmetricAlgorithms, KeySet } from './key-set.js';
import { checkLogoutTokenClaims } from './logout-token-claims.js';
import type { ParsedOpenIdConnectOptions } from './options.js';
import { pkceChallenge, randomToken } from './random.js';
import { ReplayGuard } from './replay-guard.js';
import { sameText } from './same-text.js';
import { verifyJwt } from './verify-jwt.js';

/** What a provider-specific adapter adds to the standard relying party (One Login: vectors of trust, identity claims). */
export interface OpenIdConnectExtension {
  /** The provider's name in errors, logs and `providerOptions`. */
  readonly provider: string;
  readonly capabilities?: Partial<IdentityCapabilities>;
  /** The User-Agent sent on every back-channel request. */
  readonly userAgent?: string;
  /** The option that holds the client's key or secret, for error messages: '' when it is a top-level option. */
  readonly clientAuthOption?: string;
  /** Extra authorization request parameters, and what to check when the person comes back. */
  authorizationParameters?(options: SignInOptions): {
    parameters: Record<string, string>;
    providerState?: Record<string, unknown>;
  };
  /** Checks the verified ID token's claims further; returns the session's level and provider-only results. */
  checkSession?(
    claims: JWTPayload,
    saved: SavedSignIn,
  ): { authenticationLevel?: string | undefined; providerMetadata?: ResultMetadata | undefined };
  /** Reads provider-only userinfo claims (verifying any signed ones). */
  readUserInfo?(
    claims: Record<string, unknown>,
    session: SessionTokens,
    callOptions: CallOptions,
  ): Promise<ResultMetadata | undefined>;
}

const tokenResponseSchema = onFirstUse(() =>
  z.looseObject({
    access_token: z.string().min(1),
    token_type: z.string(),
    id_token: z.string().min(1),
    expires_in: z.coerce.number().nullish(),
    refresh_token: z.string().nullish(),
  }),
);

const list = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

/**
 * The standard OpenID Connect relying party behind `openIdConnect()`: authorization code flow with
 * PKCE S256, discovery and keys cached, every ID token check of OpenID Connect Core 3.1.3.7. Adapters
 * for particular providers extend it through `extension`.
 */
export function createRelyingParty(
  settings: ParsedOpenIdConnectOptions,
  extension: OpenIdConnectExtension = { provider: settings.providerName ?? 'openid-connect' },
): IdentityProviderImplementation {
  const { provider } = extension;
  const { issuer, clientId } = settings;
  const logger = createLogger({ logger: settings.logger, level: settings.logLevel, bindings: { provider } });
  const http = createOidcHttp({
    provider,
    userAgent: extension.userAgent ?? userAgent('@councilkit/identity', VERSION),
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
    logger,
  });
  const ttlMs = settings.cacheTtlMs ?? 3_600_000;
  const discovery = createDiscovery({ issuer, provider, http, ttlMs });
  const keys = new KeySet({
    provider,
    ttlMs,
    refreshCooldownMs: settings.keyRefreshCooldownMs ?? 10_000,
    load: async () => {
      const { data, headers } = await http.json({ method: 'GET', url: (await discovery.get()).jwks_uri });
      return { data, headers };
    },
  });
  const authenticate = createClientAuthenticator(
    settings.clientAuth,
    clientId,
    provider,
    extension.clientAuthOption ?? 'clientAuth',
  );
  const redirectUris = list(settings.redirectUri);
  const postLogoutRedirectUris = list(settings.postLogoutRedirectUri);
  const toleranceSeconds = settings.clockToleranceSeconds ?? 30;
  const lifetimeMs = (settings.signInLifetimeSeconds ?? 600) * 1000;
  const completedStates = new ReplayGuard();
  const seenLogoutTokens = new ReplayGuard();

  const algorithmsFor = (metadata: ProviderMetadata): string[] => {
    const allowed = new Set<string>(settings.idTokenSigningAlgorithms ?? asymmetricAlgorithms);
    const advertised = metadata.id_token_signing_alg_values_supported ?? ['RS256'];
    const usable = advertised.filter((alg) => allowed.has(alg));
    return usable.length > 0 ? usable : [...allowed];
  };

  const refuse = (message: string, cause?: unknown) =>
    new IdentityError('invalid_id_token', `The ID token was refused: ${message}`, { provider, cause });

  async function verifyIdToken(
    idToken: string,
    accessToken: string,
    saved: SavedSignIn,
  ): Promise<JWTPayload> {
    const metadata = await discovery.get();
    const { payload, alg } = await verifyJwt(
      idToken,
      keys,
      {
        issuer: metadata.issuer,
        audience: clientId,
        algorithms: algorithmsFor(metadata),
        clockTolerance: toleranceSeconds,
        requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
      },
      refuse,
    );
    checkIdTokenClaims(
      payload,
      alg,
      {
        clientId,
        provider,
        nonce: saved.nonce,
        maxAgeSeconds: saved.maxAgeSeconds,
        accessToken,
        toleranceSeconds,
      },
      refuse,
    );
    return payload;
  }

  return {
    provider,
    capabilities: {
      userInfo: true,
      signOut: true,
      backChannelLogout: true,
      identityClaims: false,
      ...extension.capabilities,
    },

    async createSignIn(options, callOptions) {
      const redirectUri = options.redirectUri ?? redirectUris[0]!;
      if (!redirectUris.includes(redirectUri)) {
        throw new ValidationError(
          [{ path: 'redirectUri', message: 'must be one of the redirect URIs configured on the client' }],
          {
            provider,
          },
        );
      }
      const metadata = await discovery.get();
      void callOptions;
      const state = randomToken();
      const nonce = randomToken();
      const codeVerifier = randomToken();
      const scopes = new Set(['openid', ...(settings.scopes ?? []), ...(options.scopes ?? [])]);
      const url = new URL(metadata.authorization_endpoint);
      const query = url.searchParams;
      query.set('response_type', 'code');
      query.set('client_id', clientId);
      query.set('redirect_uri', redirectUri);
      query.set('scope', [...scopes].join(' '));
      query.set('state', state);
      query.set('nonce', nonce);
      query.set('code_challenge', pkceChallenge(codeVerifier));
      query.set('code_challenge_method', 'S256');
      if (options.prompt) query.set('prompt', options.prompt);
      if (options.maxAgeSeconds !== undefined) query.set('max_age', String(options.maxAgeSeconds));
      if (options.loginHint) query.set('login_hint', options.loginHint);
      if (options.uiLocales?.length) query.set('ui_locales', options.uiLocales.join(' '));
      if (options.claims) {
        const { userinfo, idToken } = options.claims;
        query.set(
          'claims',
          JSON.stringify({ ...(userinfo ? { userinfo } : {}), ...(idToken ? { id_token: idToken } : {}) }),
        );
      }
      const own = extension.authorizationParameters?.(options);
      const extra = own?.parameters ?? standardExtraParameters(options, provider);
      for (const [name, value] of Object.entries(extra)) query.set(name, value);
      logger.debug({ operation: 'createSignIn', scopes: [...scopes] }, 'sign-in started');
      return {
        url: url.toString(),
        state,
        nonce,
        codeVerifier,
        redirectUri,
        ...(options.maxAgeSeconds !== undefined ? { maxAgeSeconds: options.maxAgeSeconds } : {}),
        createdAt: Date.now(),
        ...(own?.providerState ? { providerState: own.providerState } : {}),
      };
    },

    async completeSignIn(callbackUrl, saved, callOptions) {
      const params = new URL(callbackUrl).searchParams;
      const returnedState = params.get('state');
      if (returnedState === null || !sameText(returnedState, saved.state)) {
        throw new IdentityError(
          'state_mismatch',
          'The sign-in was refused: the callback state is not the one this sign-in sent',
          {
            provider,
          },
        );
      }
      const expiresAt = saved.createdAt + lifetimeMs;
      if (Date.now() > expiresAt) {
        throw new IdentityError(
          'sign_in_expired',
          'The sign-in was refused: it was started too long ago; start again',
          {
            provider,
          },
        );
      }
      if (!completedStates.firstUse(saved.state, expiresAt)) {
        throw new IdentityError(
          'state_replayed',
          'The sign-in was refused: this sign-in was completed already',
          {
            provider,
          },
        );
      }
      const metadata = await discovery.get();
      const returnedIssuer = params.get('iss');
      if (
        returnedIssuer !== null
          ? returnedIssuer !== metadata.issuer
          : metadata.authorization_response_iss_parameter_supported === true
      ) {
        throw new IdentityError(
          'issuer_mismatch',
          'The sign-in was refused: the callback iss parameter does not name the configured issuer (RFC 9207)',
          { provider },
        );
      }
      const error = params.get('error');
      if (error !== null) throw callbackError(provider, error, params.get('error_description') ?? undefined);
      const code = params.get('code');
      if (code === null || code === '') {
        throw new ValidationError([{ path: 'callbackUrl', message: 'has neither a code nor an error' }], {
          provider,
        });
      }

      const form = new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: saved.redirectUri,
        code_verifier: saved.codeVerifier,
      });
      const headers = await authenticate(form, {
        tokenEndpoint: metadata.token_endpoint,
        issuer: metadata.issuer,
      });
      const response = await http.send({
        method: 'POST',
        url: metadata.token_endpoint,
        form,
        headers,
        signal: callOptions.signal,
        timeoutMs: callOptions.timeoutMs,
      });
      if (response.status >= 300) {
        const said = oauthErrorOf(response);
        throw tokenError(provider, response.status, said.code, said.message);
      }
      const parsed = tokenResponseSchema().safeParse(readJsonObject(provider, response));
      if (!parsed.success || parsed.data.token_type.toLowerCase() !== 'bearer') {
        throw new ProviderError(`${provider} token response lacks a bearer access token or an ID token`, {
          provider,
        });
      }
      const tokens = parsed.data;
      const claims = await verifyIdToken(tokens.id_token, tokens.access_token, saved);
      const extra = extension.checkSession?.(claims, saved);
      const sub = claims.sub as string;
      logger.info({ operation: 'completeSignIn' }, 'signed in');
      return {
        sub,
        ...(typeof claims['sid'] === 'string' ? { sid: claims['sid'] } : {}),
        issuer: metadata.issuer,
        idToken: tokens.id_token,
        accessToken: tokens.access_token,
        ...(typeof tokens.expires_in === 'number' && Number.isFinite(tokens.expires_in)
          ? { accessTokenExpiresAt: new Date(Date.now() + tokens.expires_in * 1000) }
          : {}),
        ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
        expiresAt: new Date((claims.exp as number) * 1000),
        ...(typeof claims['auth_time'] === 'number'
          ? { authenticatedAt: new Date(claims['auth_time'] * 1000) }
          : {}),
        ...(extra?.authenticationLevel !== undefined
          ? { authenticationLevel: extra.authenticationLevel }
          : typeof claims['acr'] === 'string'
            ? { authenticationLevel: claims['acr'] }
            : {}),
        claims,
        ...(extra?.providerMetadata ? { providerMetadata: extra.providerMetadata } : {}),
      } satisfies Session;
    },

    async getUserInfo(session, callOptions) {
      const metadata = await discovery.get();
      const endpoint = metadata.userinfo_endpoint;
      if (!endpoint)
        throw new UnsupportedError('getUserInfo', {
          provider,
          message: `${provider} has no userinfo endpoint`,
        });
      const response = await http.send({
        method: 'GET',
        url: endpoint,
        headers: { authorization: `Bearer ${session.accessToken}` },
        signal: callOptions.signal,
        timeoutMs: callOptions.timeoutMs,
      });
      if (response.status === 401) {
        throw new AuthError(`${provider} refused the access token at the userinfo endpoint: sign in again`, {
          provider,
          status: 401,
        });
      }
      if (response.status >= 300) throw errorFrom(provider, response);
      if ((response.headers['content-type'] ?? '').startsWith('application/jwt')) {
        throw new UnsupportedError('signed userinfo responses', { provider });
      }
      const claims = readJsonObject(provider, response);
      if (claims['sub'] !== session.sub) {
        throw new IdentityError(
          'invalid_identity',
          `${provider} userinfo is about someone else than the session (sub)`,
          {
            provider,
          },
        );
      }
      const text = (name: string) =>
        typeof claims[name] === 'string' ? (claims[name] as string) : undefined;
      const flag = (name: string) =>
        typeof claims[name] === 'boolean' ? (claims[name] as boolean) : undefined;
      const providerMetadata = await extension.readUserInfo?.(claims, session, callOptions);
      return dropUndefined({
        sub: session.sub,
        email: text('email'),
        emailVerified: flag('email_verified'),
        phoneNumber: text('phone_number'),
        phoneNumberVerified: flag('phone_number_verified'),
        name: text('name'),
        givenName: text('given_name'),
        familyName: text('family_name'),
        claims,
        providerMetadata,
      }) as unknown as UserInfo;
    },

    async signOutUrl(options) {
      const metadata = await discovery.get();
      if (!metadata.end_session_endpoint) {
        throw new UnsupportedError('signOutUrl', {
          provider,
          message: `${provider} has no end_session_endpoint`,
        });
      }
      const postLogoutRedirectUri = options.postLogoutRedirectUri ?? postLogoutRedirectUris[0];
      if (postLogoutRedirectUri !== undefined && !postLogoutRedirectUris.includes(postLogoutRedirectUri)) {
        throw new ValidationError(
          [
            {
              path: 'postLogoutRedirectUri',
              message: 'must be one of the post-logout redirect URIs configured on the client',
            },
          ],
          { provider },
        );
      }
      const url = new URL(metadata.end_session_endpoint);
      url.searchParams.set('id_token_hint', options.idToken);
      url.searchParams.set('client_id', clientId);
      if (postLogoutRedirectUri !== undefined)
        url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
      if (options.state !== undefined) url.searchParams.set('state', options.state);
      if (options.uiLocales?.length) url.searchParams.set('ui_locales', options.uiLocales.join(' '));
      return url.toString();
    },

    async verifyLogoutToken(logoutToken) {
      const metadata = await discovery.get();
      const fail = (message: string, cause?: unknown) =>
        new WebhookVerificationError(`The logout token was refused: ${message}`, { provider, cause });
      const { payload } = await verifyJwt(
        logoutToken,
        keys,
        {
          issuer: metadata.issuer,
          audience: clientId,
          algorithms: algorithmsFor(metadata).concat(['ES256']),
          clockTolerance: toleranceSeconds,
          requiredClaims: ['iss', 'aud', 'iat', 'jti'],
          // Back-channel logout 1.0 section 2.4: the token type, when given, is logout+jwt.
        },
        fail,
      );
      const notice = checkLogoutTokenClaims(payload, toleranceSeconds, fail);
      if (!seenLogoutTokens.firstUse(notice.jti, notice.keepUntil)) throw fail('it was seen already (jti)');
      const { sub, sid, iat, jti } = notice;
      return { issuer: metadata.issuer, sub, sid, issuedAt: new Date(iat * 1000), jti };
    },
  };
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}
