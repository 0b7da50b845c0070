import {
  loadSecret,
  onFirstUse,
  parseConfig,
  parseInput,
  userAgent,
  ValidationError,
  z,
} from '@councilkit/core';
import {
  createOidcHttp,
  createRelyingParty,
  defineIdentityProvider,
  IdentityError,
  type IdentityProvider,
  type IdentityProviderImplementation,
  type OpenIdConnectExtension,
  type RelyingPartySettings,
} from '@councilkit/identity';
import { type IdentityClaimName, identityClaimUris, readIdentityClaims } from './claims.js';
import { CoreIdentityVerifier } from './core-identity.js';
import { resolveEnvironment } from './environment.js';
import {
  type GovukOneLoginOptions,
  optionsSchema,
  privateKeyEnvironmentVariable,
  signInProviderOptionsSchema,
} from './options.js';
import { VERSION } from './version.js';

/** The provider name: errors, logs, `providerOptions` and `providerMetadata` use it. */
export const provider = 'govuk-one-login';

// Checked inside its place in the call, so a ValidationError names `providerOptions.govuk-one-login.<field>`.
const providerOptionsInput = onFirstUse(() =>
  z.object({
    providerOptions: z.object({ [provider]: signInProviderOptionsSchema() }),
  }),
);

const defaultIdentityClaims: readonly IdentityClaimName[] = [
  'coreIdentity',
  'address',
  'passport',
  'drivingPermit',
];

/**
 * GOV.UK One Login as an `IdentityProvider`: `private_key_jwt` with your registered key, vectors
 * of trust (`vtr`, with `vot` and `vtm` checked on the way back), identity claims with the core
 * identity JWT verified against the pinned DID document, Welsh pages, and One Login's errors as
 * typed errors. Options are checked at once (a `ConfigError` lists every problem, never a key).
 *
 * @example
 * const oneLogin = govukOneLogin({
 *   clientId: process.env.ONE_LOGIN_CLIENT_ID,
 *   redirectUri: 'https://permits.example.gov.uk/auth/callback',
 *   environment: 'integration', // the key comes from GOVUK_ONE_LOGIN_PRIVATE_KEY
 * });
 * const signIn = await oneLogin.createSignIn({
 *   providerOptions: { 'govuk-one-login': { identityLevel: 'P2' } },
 * });
 */
export function govukOneLogin(options: GovukOneLoginOptions): IdentityProvider {
  const settings = parseConfig(optionsSchema(), options, provider);
  const environment = resolveEnvironment(settings.environment ?? 'integration');
  const agent = userAgent('@councilkit/identity-onelogin', VERSION);
  const http = createOidcHttp({
    provider,
    userAgent: agent,
    transport: settings.transport,
    timeoutMs: settings.timeoutMs,
  });
  const identity = new CoreIdentityVerifier(
    environment,
    settings.clientId,
    provider,
    http,
    settings.keyRefreshCooldownMs ?? 10_000,
  );
  const registeredClaims = settings.identityClaims ?? defaultIdentityClaims;

  const extension: OpenIdConnectExtension = {
    provider,
    userAgent: agent,
    clientAuthOption: '',
    capabilities: { identityClaims: true },
    authorizationParameters(signIn) {
      const own = parseInput(
        providerOptionsInput(),
        { providerOptions: { [provider]: signIn.providerOptions?.[provider] ?? {} } },
        provider,
      ).providerOptions[provider]!;
      const credential = own.authenticationLevel ?? 'Cl.Cm';
      if (own.identityLevel !== undefined && credential === 'Cl') {
        throw new ValidationError(
          [
            {
              path: `providerOptions.${provider}.authenticationLevel`,
              message: 'must be Cl.Cm to prove identity: One Login refuses Cl with P1 or P2',
            },
          ],
          { provider },
        );
      }
      const parameters: Record<string, string> = {
        vtr: JSON.stringify([own.identityLevel ? `${credential}.${own.identityLevel}` : credential]),
      };
      if (own.identityLevel !== undefined && signIn.claims === undefined) {
        const wanted = own.identityClaims ?? registeredClaims;
        parameters['claims'] = JSON.stringify({
          userinfo: Object.fromEntries(wanted.map((name) => [identityClaimUris[name], null])),
        });
      }
      const locale = signIn.uiLocales?.find((tag) => tag === 'cy' || tag === 'en') ?? settings.uiLocale;
      if (locale !== undefined) parameters['ui_locales'] = locale;
      return {
        parameters,
        providerState: { credential, ...(own.identityLevel ? { identityLevel: own.identityLevel } : {}) },
      };
    },
    checkSession(claims, saved) {
      const requested =
        typeof saved.providerState?.['credential'] === 'string' ? saved.providerState['credential'] : 'Cl.Cm';
      // vot holds the credential part only; the identity level comes in the core identity JWT.
      if (claims['vot'] !== requested) {
        throw new IdentityError(
          'level_not_met',
          `One Login signed the person in at ${String(claims['vot'])}, not ${requested}`,
          {
            provider,
          },
        );
      }
      if (claims['vtm'] !== `${environment.issuer}trustmark`) {
        throw new IdentityError(
          'invalid_id_token',
          "The ID token was refused: its vtm is not One Login's trustmark",
          {
            provider,
          },
        );
      }
      const identityLevel = saved.providerState?.['identityLevel'];
      return {
        authenticationLevel: claims['vot'] as string,
        providerMetadata: {
          [provider]: {
            vot: claims['vot'],
            vtm: claims['vtm'],
            ...(typeof identityLevel === 'string' ? { identityLevelRequested: identityLevel } : {}),
          },
        },
      };
    },
    async readUserInfo(claims, session) {
      const typed = readIdentityClaims(claims);
      const jwt = claims[identityClaimUris.coreIdentity];
      const requested = (session as { providerMetadata?: Record<string, Record<string, unknown>> })
        .providerMetadata?.[provider]?.['identityLevelRequested'];
      const verified =
        typeof jwt === 'string'
          ? await identity.verify(jwt, session.sub, typeof requested === 'string' ? requested : undefined)
          : undefined;
      const metadata = Object.fromEntries(
        Object.entries({
          identity: verified,
          address: typed.address,
          passport: typed.passport,
          drivingPermit: typed.drivingPermit,
          returnCodes: typed.returnCodes,
          walletSubjectId:
            typeof claims['wallet_subject_id'] === 'string' ? claims['wallet_subject_id'] : undefined,
        }).filter(([, value]) => value !== undefined),
      );
      return { [provider]: metadata };
    },
  };

  const relyingPartySettings = (
    privateKey: NonNullable<GovukOneLoginOptions['privateKey']>,
  ): RelyingPartySettings => ({
    issuer: environment.issuer,
    clientId: settings.clientId,
    clientAuth: {
      method: 'private_key_jwt',
      privateKey: privateKey as never,
      ...(settings.privateKeyId ? { keyId: settings.privateKeyId } : {}),
      audience: settings.assertionAudience ?? 'token-endpoint',
    },
    redirectUri: settings.redirectUri,
    ...(settings.postLogoutRedirectUri ? { postLogoutRedirectUri: settings.postLogoutRedirectUri } : {}),
    scopes: settings.scopes ?? ['email'],
    idTokenSigningAlgorithms: ['ES256', 'RS256'],
    ...pick(settings, [
      'clockToleranceSeconds',
      'cacheTtlMs',
      'keyRefreshCooldownMs',
      'transport',
      'timeoutMs',
      'logger',
      'logLevel',
    ]),
    providerName: provider,
  });

  // A key given as an option is checked now; one from the environment when first needed.
  let relyingParty: IdentityProviderImplementation | undefined =
    settings.privateKey !== undefined
      ? createRelyingParty(relyingPartySettings(settings.privateKey), extension)
      : undefined;
  const rp = () =>
    (relyingParty ??= createRelyingParty(
      relyingPartySettings(
        loadSecret({
          value: undefined,
          option: 'privateKey',
          environmentVariable: privateKeyEnvironmentVariable,
          provider,
        }),
      ),
      extension,
    ));

  return defineIdentityProvider(
    {
      provider,
      capabilities: { userInfo: true, signOut: true, backChannelLogout: true, identityClaims: true },
      createSignIn: (signIn, call) => rp().createSignIn(signIn, call),
      completeSignIn: (url, saved, call) => rp().completeSignIn(url, saved, call),
      getUserInfo: (session, call) => rp().getUserInfo(session, call),
      signOutUrl: (signOut, call) => rp().signOutUrl(signOut, call),
      verifyLogoutToken: (token, call) => rp().verifyLogoutToken(token, call),
    },
    { logger: settings.logger, level: settings.logLevel },
  );
}

function pick<Source extends object, Key extends keyof Source>(
  source: Source,
  keys: readonly Key[],
): Partial<Pick<Source, Key>> {
  return Object.fromEntries(
    keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]),
  ) as Partial<Pick<Source, Key>>;
}
