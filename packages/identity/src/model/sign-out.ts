import { onFirstUse, z } from '@councilkit/core';

export const signOutOptionsSchema = onFirstUse(() =>
  z.strictObject({
    idToken: z.string().min(1, { error: 'must be the ID token of the session' }).max(16_384),
    postLogoutRedirectUri: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2_048)
      .optional(),
    state: z.string().min(1).max(2_048).optional(),
    uiLocales: z.array(z.string().min(1).max(35)).max(10).optional(),
  }),
);

/** What `signOutUrl` needs: the session's ID token, and where to come back to. */
export interface SignOutOptions {
  /** The session's ID token, sent as `id_token_hint` so the provider knows whose session to end. */
  idToken: string;
  /** One of the post-logout redirect URIs configured on the client; defaults to the first. */
  postLogoutRedirectUri?: string | undefined;
  /** Returned unchanged on the redirect back. */
  state?: string | undefined;
  uiLocales?: readonly string[] | undefined;
}

/** A verified back-channel logout: end every session of `sub` (or the one session `sid`). */
export interface LogoutNotice {
  readonly issuer: string;
  readonly sub?: string | undefined;
  readonly sid?: string | undefined;
  readonly issuedAt: Date;
  /** The token's unique id; a repeat of it is rejected. */
  readonly jti: string;
}

export const logoutTokenSchema = onFirstUse(() =>
  z
    .string({ error: 'must be the logout_token from the request body' })
    .min(1, { error: 'must be the logout_token from the request body' })
    .max(16_384, { error: 'is too long to be a logout token' }),
);

export const sessionTokensSchema = onFirstUse(() =>
  z.looseObject({
    accessToken: z.string().min(1, { error: 'must be the session access token' }).max(16_384),
    sub: z.string().min(1, { error: 'must be the session sub' }).max(1_024),
  }),
);
