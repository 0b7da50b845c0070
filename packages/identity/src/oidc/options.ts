import {
  httpAdapterOptionsShape,
  type LoggerLike,
  type LogLevel,
  onFirstUse,
  type Transport,
  z,
} from '@councilkit/core';
import type { ClientAuth } from './client-auth.js';
import { asymmetricAlgorithms } from './key-set.js';

// Built on first use: openIdConnect() builds them at construction; importing builds none.
const httpUrl = onFirstUse(() => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2_048));
const oneOrMoreUrls = onFirstUse(() =>
  z.union([httpUrl(), z.array(httpUrl()).min(1).max(20)], {
    error: 'must be an http(s) URL, or a list of them',
  }),
);
const secret = onFirstUse(() => z.string({ error: 'must be the client secret as text' }).min(1).optional());
const signingAlgorithm = onFirstUse(() =>
  z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']),
);

const clientAuthSchema = onFirstUse(() =>
  z.discriminatedUnion(
    'method',
    [
      z.strictObject({
        method: z.literal('private_key_jwt'),
        privateKey: z.union(
          [
            z.string().min(1),
            z.record(z.string(), z.unknown()),
            z.custom<import('node:crypto').KeyObject>(
              (value) => typeof value === 'object' && value !== null && 'asymmetricKeyType' in value,
            ),
          ],
          { error: 'must be a private JWK, a PKCS#8 PEM or a KeyObject' },
        ),
        keyId: z.string().min(1).max(1_024).optional(),
        algorithm: signingAlgorithm().optional(),
        audience: z.enum(['token-endpoint', 'issuer']).optional(),
      }),
      z.strictObject({ method: z.literal('client_secret_basic'), clientSecret: secret() }),
      z.strictObject({ method: z.literal('client_secret_post'), clientSecret: secret() }),
      z.strictObject({ method: z.literal('none') }),
    ],
    {
      error:
        'must say how the client authenticates: private_key_jwt, client_secret_basic, client_secret_post or none',
    },
  ),
);

export const openIdConnectOptionsSchema = onFirstUse(() =>
  z.strictObject({
    issuer: httpUrl(),
    clientId: z.string({ error: 'must be the client id the provider gave you' }).min(1).max(1_024),
    clientAuth: clientAuthSchema(),
    redirectUri: oneOrMoreUrls(),
    postLogoutRedirectUri: oneOrMoreUrls().optional(),
    scopes: z.array(z.string().min(1).max(256)).max(50).optional(),
    idTokenSigningAlgorithms: z.array(z.enum(asymmetricAlgorithms)).min(1).optional(),
    clockToleranceSeconds: z.int().min(0).max(300).optional(),
    signInLifetimeSeconds: z.int().min(30).max(86_400).optional(),
    cacheTtlMs: z.int().min(0).max(86_400_000).optional(),
    keyRefreshCooldownMs: z.int().min(0).max(3_600_000).optional(),
    providerName: z.string().min(1).max(64).optional(),
    transport: httpAdapterOptionsShape.transport,
    timeoutMs: httpAdapterOptionsShape.timeoutMs,
    logger: httpAdapterOptionsShape.logger,
    logLevel: httpAdapterOptionsShape.logLevel,
  }),
);

/** Settings for `openIdConnect()`. */
export interface OpenIdConnectOptions {
  /** The provider's issuer, exactly as its discovery document gives it (trailing slash and all). */
  issuer: string;
  clientId: string;
  /** How the client authenticates at the token endpoint. */
  clientAuth: ClientAuth;
  /** Your callback URL, or several (the first is the default); `createSignIn` accepts no other. */
  redirectUri: string | readonly string[];
  /** Where the provider may send people after signing out; `signOutUrl` accepts no other. */
  postLogoutRedirectUri?: string | readonly string[] | undefined;
  /** Scopes asked for on every sign-in besides `openid`, e.g. `['email', 'profile']`. */
  scopes?: readonly string[] | undefined;
  /** ID token algorithms accepted; defaults to the asymmetric ones the provider advertises. */
  idTokenSigningAlgorithms?: readonly (typeof asymmetricAlgorithms)[number][] | undefined;
  /** Allowed clock difference with the provider for `exp`, `iat` and `auth_time`. Default 30. */
  clockToleranceSeconds?: number | undefined;
  /** How long a started sign-in may take before it is refused. Default 600 (ten minutes). */
  signInLifetimeSeconds?: number | undefined;
  /** How long discovery and keys are kept when the provider sends no `Cache-Control`. Default one hour. */
  cacheTtlMs?: number | undefined;
  /** At most one key refetch for an unknown `kid` per this many milliseconds. Default 10,000. */
  keyRefreshCooldownMs?: number | undefined;
  /** The name errors and logs use. Default `openid-connect`. */
  providerName?: string | undefined;
  /** How requests travel; defaults to core's shared keep-alive transport. */
  transport?: Transport | undefined;
  /** Per-request timeout in milliseconds. Default 10,000. */
  timeoutMs?: number | undefined;
  logger?: LoggerLike | undefined;
  logLevel?: LogLevel | undefined;
}

export type ParsedOpenIdConnectOptions = z.infer<ReturnType<typeof openIdConnectOptionsSchema>>;
