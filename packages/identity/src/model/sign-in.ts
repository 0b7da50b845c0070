import { onFirstUse, z } from '@councilkit/core';
import { type ProviderOptions, providerOptionsSchema } from './provider-options.js';

// Each schema is built on first use (onFirstUse), not at import.

// Bounded so a hostile caller cannot make us build an unbounded URL.
const shortText = onFirstUse(() => z.string().min(1, { error: 'must not be empty' }).max(2_048));
const scopeToken = onFirstUse(() =>
  z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(256)
    .refine((scope) => !/[\s"\\]/.test(scope), { error: 'must be one scope without spaces or quotes' }),
);
const httpUrl = onFirstUse(() => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2_048));

export const signInOptionsSchema = onFirstUse(() =>
  z.strictObject({
    scopes: z.array(scopeToken()).max(50).optional(),
    redirectUri: httpUrl().optional(),
    prompt: z.enum(['none', 'login', 'consent', 'select_account']).optional(),
    maxAgeSeconds: z.int().min(0).max(31_536_000).optional(),
    loginHint: shortText().optional(),
    uiLocales: z.array(z.string().min(1).max(35)).max(10).optional(),
    claims: z
      .strictObject({
        userinfo: z.record(z.string(), z.unknown()).optional(),
        idToken: z.record(z.string(), z.unknown()).optional(),
      })
      .optional(),
    providerOptions: providerOptionsSchema().optional(),
  }),
);

/** What to ask for when starting a sign-in. Every field is optional. */
export interface SignInOptions {
  /** Scopes beyond `openid`, which is always asked for (e.g. `['email', 'phone']`). */
  scopes?: readonly string[] | undefined;
  /** One of the redirect URIs configured on the client; defaults to the first. */
  redirectUri?: string | undefined;
  /** `login` forces a fresh sign-in; `none` fails unless the person is already signed in. */
  prompt?: 'none' | 'login' | 'consent' | 'select_account' | undefined;
  /** The oldest sign-in accepted, in seconds; the ID token's `auth_time` is then checked against it. */
  maxAgeSeconds?: number | undefined;
  /** A hint to the provider about who is signing in (an email address, say). */
  loginHint?: string | undefined;
  /** Preferred languages of the provider's pages, most preferred first (`['cy', 'en']`). */
  uiLocales?: readonly string[] | undefined;
  /** Individual claims to ask for (the OpenID Connect `claims` parameter). */
  claims?:
    | { userinfo?: Record<string, unknown> | undefined; idToken?: Record<string, unknown> | undefined }
    | undefined;
  /** Provider-specific settings, by provider name. */
  providerOptions?: ProviderOptions | undefined;
}

/**
 * What to keep between sending someone to sign in and their return: store it in their (server-side
 * or encrypted) session, and give it back to `completeSignIn`. It is plain JSON.
 */
export interface SavedSignIn {
  readonly state: string;
  readonly nonce: string;
  /** The PKCE verifier: a secret, so never put it in a URL or a log. */
  readonly codeVerifier: string;
  readonly redirectUri: string;
  readonly maxAgeSeconds?: number | undefined;
  /** When the sign-in started, in milliseconds since the epoch. */
  readonly createdAt: number;
  /** What the adapter must check on the way back (One Login: the level of confidence asked for). */
  readonly providerState?: Readonly<Record<string, unknown>> | undefined;
}

/** A started sign-in: the URL to send the person to, and what to keep until they come back. */
export interface SignInRequest extends SavedSignIn {
  readonly url: string;
}

export const savedSignInSchema = onFirstUse(() =>
  z.looseObject({
    state: shortText(),
    nonce: shortText(),
    codeVerifier: shortText(),
    redirectUri: httpUrl(),
    maxAgeSeconds: z.int().min(0).max(31_536_000).nullish(),
    createdAt: z.number({ error: 'must be the time the sign-in started, in milliseconds' }).finite(),
    providerState: z.record(z.string(), z.unknown()).nullish(),
  }),
);

export const callbackUrlSchema = onFirstUse(() =>
  z.union(
    [
      z.instanceof(URL),
      z.url({ error: 'must be the full URL the provider sent the person back to' }).max(16_384),
    ],
    { error: 'must be the full URL the provider sent the person back to' },
  ),
);
