import { createPublicKey, type KeyObject } from 'node:crypto';
import { onFirstUse, z } from '@councilkit/core';
import { CachedDocument, freshFor, IdentityError, type OidcHttp } from '@councilkit/identity';
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { OneLoginEnvironment } from './environment.js';

/** A verified identity: who One Login proved the person to be, and how confidently. */
export interface VerifiedIdentity {
  /** The level of confidence reached: `P1` or `P2` (`P0` never carries an identity). */
  readonly level: string;
  /** Given names of the current name, in order. */
  readonly givenNames: readonly string[];
  readonly familyName: string;
  /** The current name as one line: given names then family name. */
  readonly fullName: string;
  /** The most trusted date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string | undefined;
  /** Every name One Login returned, newest first, with their validity. */
  readonly names: readonly {
    givenNames: string[];
    familyName: string;
    validFrom?: string;
    validUntil?: string;
  }[];
  readonly birthDates: readonly string[];
  /** The trustmark the level refers to. */
  readonly vtm: string | undefined;
}

// Built on first use: only a sign-in that asks for identity verifies a core identity JWT.
const didDocumentSchema = onFirstUse(() =>
  z.looseObject({
    id: z.string(),
    assertionMethod: z
      .array(
        z.looseObject({
          id: z.string(),
          type: z.string().nullish(),
          controller: z.string().nullish(),
          publicKeyJwk: z.record(z.string(), z.unknown()),
        }),
      )
      .nullish(),
  }),
);

const namePartSchema = onFirstUse(() => z.looseObject({ type: z.string(), value: z.string() }));
const credentialSchema = onFirstUse(() =>
  z.looseObject({
    credentialSubject: z.looseObject({
      name: z
        .array(
          z.looseObject({
            nameParts: z.array(namePartSchema()),
            validFrom: z.string().nullish(),
            validUntil: z.string().nullish(),
          }),
        )
        .min(1),
      birthDate: z.array(z.looseObject({ value: z.string() })).nullish(),
    }),
  }),
);

const levels = ['P0', 'P1', 'P2', 'P3', 'P4'];

/**
 * Verifies One Login's core identity JWTs with the keys of the identity issuer's DID document,
 * fetched only from the pinned URL (never third-party DID resolution), cached per its
 * `Cache-Control`, refetched once when a JWT names a key not in hand (weekly rotation in
 * integration), the cached copy kept when a refetch fails.
 */
export class CoreIdentityVerifier {
  readonly #document: CachedDocument<z.infer<ReturnType<typeof didDocumentSchema>>>;
  readonly #keys = new Map<string, KeyObject>();

  constructor(
    private readonly environment: OneLoginEnvironment,
    private readonly clientId: string,
    private readonly provider: string,
    http: OidcHttp,
    private readonly refreshCooldownMs: number,
  ) {
    this.#document = new CachedDocument(async () => {
      const { data, headers } = await http.json({ method: 'GET', url: environment.didUrl });
      const parsed = didDocumentSchema().safeParse(data);
      if (!parsed.success) throw this.#refuse('the DID document is not one');
      return { value: parsed.data, freshForMs: freshFor(headers, 3_600_000) };
    });
  }

  #refuse(message: string, cause?: unknown): IdentityError {
    return new IdentityError('invalid_identity', `The core identity JWT was refused: ${message}`, {
      provider: this.provider,
      cause,
    });
  }

  async #keyFor(kid: string): Promise<KeyObject> {
    const find = (document: z.infer<ReturnType<typeof didDocumentSchema>>) => {
      if (document.id !== this.environment.controller)
        throw this.#refuse('the DID document names another controller');
      return document.assertionMethod?.find((method) => method.id === kid);
    };
    let method = find(await this.#document.get());
    if (!method && this.#document.age() >= this.refreshCooldownMs)
      method = find(await this.#document.refresh());
    if (!method) throw this.#refuse('its key is not in the DID document');
    let key = this.#keys.get(kid);
    if (!key) {
      try {
        key = createPublicKey({
          key: method.publicKeyJwk as import('node:crypto').JsonWebKey,
          format: 'jwk',
        });
      } catch (error) {
        throw this.#refuse('the DID document key cannot be read', error);
      }
      this.#keys.set(kid, key);
    }
    return key;
  }

  /** Verifies the JWT for `sub`, and that it reaches at least `minimumLevel` when given. */
  async verify(jwt: string, sub: string, minimumLevel: string | undefined): Promise<VerifiedIdentity> {
    let kid: string | undefined;
    try {
      const header = decodeProtectedHeader(jwt);
      if (header.alg !== 'ES256') throw this.#refuse('it is not signed with ES256');
      kid = header.kid;
    } catch (error) {
      if (error instanceof IdentityError) throw error;
      throw this.#refuse('it is not a signed JWT', error);
    }
    const [controller] = (kid ?? '').split('#');
    if (!kid || controller !== this.environment.controller)
      throw this.#refuse('its kid names another controller');
    const key = await this.#keyFor(kid);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(jwt, key, {
        algorithms: ['ES256'],
        issuer: this.environment.identityIssuer,
        audience: this.clientId,
        subject: sub,
        requiredClaims: ['exp', 'vot', 'vc'],
        clockTolerance: 30,
      }));
    } catch (error) {
      const reason =
        error instanceof errors.JWTClaimValidationFailed
          ? `its ${error.claim} claim failed the check`
          : error instanceof errors.JWTExpired
            ? 'it has expired'
            : 'its signature does not verify';
      throw this.#refuse(reason, error);
    }
    const level = String(payload['vot']);
    if (!levels.includes(level) || level === 'P0') throw this.#refuse('it carries no identity level');
    if (minimumLevel !== undefined && levels.indexOf(level) < levels.indexOf(minimumLevel)) {
      throw new IdentityError(
        'level_not_met',
        `The identity level reached (${level}) is below ${minimumLevel}`,
        {
          provider: this.provider,
        },
      );
    }
    const credential = credentialSchema().safeParse(payload['vc']);
    if (!credential.success) throw this.#refuse('its credential has no name');
    const names = credential.data.credentialSubject.name.map((name) => ({
      givenNames: name.nameParts.filter((part) => part.type === 'GivenName').map((part) => part.value),
      familyName: name.nameParts
        .filter((part) => part.type === 'FamilyName')
        .map((part) => part.value)
        .join(' '),
      ...(name.validFrom ? { validFrom: name.validFrom } : {}),
      ...(name.validUntil ? { validUntil: name.validUntil } : {}),
    }));
    // The current name is the one with no end date; One Login lists it first.
    const current = names.find((name) => name.validUntil === undefined) ?? names[0]!;
    const birthDates = (credential.data.credentialSubject.birthDate ?? []).map((entry) => entry.value);
    return {
      level,
      givenNames: current.givenNames,
      familyName: current.familyName,
      fullName: [...current.givenNames, current.familyName].join(' '),
      birthDate: birthDates[0],
      names,
      birthDates,
      vtm: typeof payload['vtm'] === 'string' ? payload['vtm'] : undefined,
    };
  }
}
