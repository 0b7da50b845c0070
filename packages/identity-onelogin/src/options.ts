import {
  httpAdapterOptionsShape,
  type LoggerLike,
  type LogLevel,
  onFirstUse,
  type Transport,
  z,
} from '@councilkit/core';
import type { IdentityClaimName } from './claims.js';

/** The environment variable read when the `privateKey` option is absent: a PKCS#8 PEM or a JWK as JSON. */
export const privateKeyEnvironmentVariable = 'GOVUK_ONE_LOGIN_PRIVATE_KEY';

// Built on first use: govukOneLogin() builds them at construction; importing builds none.
const httpUrl = onFirstUse(() => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2_048));
const oneOrMoreUrls = onFirstUse(() =>
  z.union([httpUrl(), z.array(httpUrl()).min(1).max(20)], {
    error: 'must be an http(s) URL, or a list of them',
  }),
);
const claimNames = ['coreIdentity', 'address', 'passport', 'drivingPermit', 'returnCode'] as const;

export const optionsSchema = onFirstUse(() =>
  z.strictObject({
    clientId: z.string({ error: 'must be the client id One Login gave you' }).min(1).max(256),
    privateKey: z
      .union(
        [
          z.string().min(1),
          z.record(z.string(), z.unknown()),
          z.custom<import('node:crypto').KeyObject>(
            (value) => typeof value === 'object' && value !== null && 'asymmetricKeyType' in value,
          ),
        ],
        { error: 'must be a private JWK, a PKCS#8 PEM or a KeyObject' },
      )
      .optional(),
    privateKeyId: z.string().min(1).max(1_024).optional(),
    redirectUri: oneOrMoreUrls(),
    postLogoutRedirectUri: oneOrMoreUrls().optional(),
    environment: z
      .union(
        [
          z.enum(['integration', 'production']),
          z.strictObject({ issuer: httpUrl(), identityIssuer: httpUrl().optional() }),
        ],
        { error: "must be 'integration', 'production' or { issuer }" },
      )
      .optional(),
    scopes: z
      .array(z.enum(['email', 'phone', 'offline_access']))
      .max(3)
      .optional(),
    identityClaims: z.array(z.enum(claimNames)).max(5).optional(),
    uiLocale: z.enum(['en', 'cy']).optional(),
    assertionAudience: z.enum(['token-endpoint', 'issuer']).optional(),
    clockToleranceSeconds: z.int().min(0).max(300).optional(),
    cacheTtlMs: z.int().min(0).max(86_400_000).optional(),
    keyRefreshCooldownMs: z.int().min(0).max(3_600_000).optional(),
    transport: httpAdapterOptionsShape.transport,
    timeoutMs: httpAdapterOptionsShape.timeoutMs,
    logger: httpAdapterOptionsShape.logger,
    logLevel: httpAdapterOptionsShape.logLevel,
  }),
);

/** Settings for `govukOneLogin()`. */
export interface GovukOneLoginOptions {
  /** The client id from One Login's onboarding. */
  clientId: string;
  /**
   * The private key whose public half you registered (RSA 2048 or more, signing RS256): a PKCS#8
   * PEM, a private JWK (object or JSON text) or a KeyObject. Defaults to the
   * `GOVUK_ONE_LOGIN_PRIVATE_KEY` environment variable, read on first use.
   */
  privateKey?: string | Record<string, unknown> | import('node:crypto').KeyObject | undefined;
  /** The key id to send as the client assertion's `kid`; defaults to the JWK's `kid`. */
  privateKeyId?: string | undefined;
  /** Your registered redirect URI, or several (the first is the default). */
  redirectUri: string | readonly string[];
  /** Your registered post-logout redirect URIs (the first is the default). */
  postLogoutRedirectUri?: string | readonly string[] | undefined;
  /** `integration` (the default), `production`, or `{ issuer }` for the sandbox. */
  environment?:
    | 'integration'
    | 'production'
    | { issuer: string; identityIssuer?: string | undefined }
    | undefined;
  /** Scopes beyond `openid` on every sign-in. Default `['email']`. */
  scopes?: readonly ('email' | 'phone' | 'offline_access')[] | undefined;
  /**
   * The identity claims your client is registered for, asked for whenever identity is:
   * default `['coreIdentity', 'address', 'passport', 'drivingPermit']`. Add `returnCode` when your
   * registration has return codes enabled.
   */
  identityClaims?: readonly IdentityClaimName[] | undefined;
  /** The language of One Login's pages: `en` or `cy`. */
  uiLocale?: 'en' | 'cy' | undefined;
  /** The client assertion's `aud`: the token endpoint (default) or the issuer; One Login takes either. */
  assertionAudience?: 'token-endpoint' | 'issuer' | undefined;
  clockToleranceSeconds?: number | undefined;
  /** How long discovery, keys and the DID document are kept without `Cache-Control`. Default one hour. */
  cacheTtlMs?: number | undefined;
  /** At most one refetch of keys or DID document per this many milliseconds for an unknown key. Default 10,000. */
  keyRefreshCooldownMs?: number | undefined;
  transport?: Transport | undefined;
  timeoutMs?: number | undefined;
  logger?: LoggerLike | undefined;
  logLevel?: LogLevel | undefined;
}

/** What a sign-in may ask of One Login, under `providerOptions['govuk-one-login']`. */
export interface OneLoginSignInOptions {
  /** The credential part of the vector of trust: `Cl.Cm` (two factors, the default) or `Cl`. */
  authenticationLevel?: 'Cl' | 'Cl.Cm';
  /** Ask One Login to prove the person's identity to this level of confidence (needs `Cl.Cm`). */
  identityLevel?: 'P1' | 'P2';
  /** The identity claims to ask for this time; defaults to the factory's `identityClaims`. */
  identityClaims?: readonly IdentityClaimName[];
}

export const signInProviderOptionsSchema = onFirstUse(() =>
  z.strictObject({
    authenticationLevel: z.enum(['Cl', 'Cl.Cm']).optional(),
    identityLevel: z.enum(['P1', 'P2']).optional(),
    identityClaims: z.array(z.enum(claimNames)).max(5).optional(),
  }),
);
