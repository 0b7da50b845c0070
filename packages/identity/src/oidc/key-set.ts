import { onFirstUse, ProviderError, z } from '@councilkit/core';
import { importJWK, type JWK, type JWSHeaderParameters } from 'jose';
import { CachedDocument, freshFor } from './cached-document.js';

const jwksSchema = onFirstUse(() => z.looseObject({ keys: z.array(z.looseObject({ kty: z.string() })) }));

/** Asymmetric algorithms only: `none` and HS* are never accepted from a provider's key set. */
export const asymmetricAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

const keyTypeOf: Record<string, string> = { R: 'RSA', P: 'RSA', E: 'EC' };
const curveOf: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

function fits(jwk: JWK, header: JWSHeaderParameters): boolean {
  const alg = header.alg ?? '';
  if (header.kid !== undefined && jwk.kid !== header.kid) return false;
  if (jwk.use !== undefined && jwk.use !== 'sig') return false;
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  const kty = alg.startsWith('Ed') ? 'OKP' : keyTypeOf[alg[0] ?? ''];
  if (jwk.kty !== kty) return false;
  const curve = curveOf[alg];
  return curve === undefined || jwk.crv === curve;
}

export interface KeySetOptions {
  /** Fetches the key set document with its headers. */
  load: () => Promise<{ data: unknown; headers: Readonly<Record<string, string>> }>;
  provider: string;
  /** Used when the response has no `Cache-Control`. */
  ttlMs: number;
  /** At most one refresh for an unknown `kid` in this many milliseconds, so junk tokens cannot make us hammer the provider. */
  refreshCooldownMs: number;
  now?: () => number;
}

/**
 * A provider's signing keys: fetched once, kept for their time to live, refetched once when a token
 * names a `kid` not in hand (the provider has rotated its keys), the old copy kept when a refetch
 * fails. Imported keys are cached by the JWK itself, so a warm verification does no I/O and no import.
 */
export class KeySet {
  readonly #document: CachedDocument<JWK[]>;
  // CryptoKeys, imported once per key and algorithm: jose verifies with WebCrypto, and handing it a
  // Node KeyObject would convert it again on every verification.
  readonly #imported = new WeakMap<JWK, Map<string, CryptoKey>>();
  readonly #options: KeySetOptions;

  constructor(options: KeySetOptions) {
    this.#options = options;
    this.#document = new CachedDocument(async () => {
      const { data, headers } = await options.load();
      const parsed = jwksSchema().safeParse(data);
      if (!parsed.success) {
        throw new ProviderError(`${options.provider} key set is not a JSON Web Key Set`, {
          provider: options.provider,
        });
      }
      return { value: parsed.data.keys as JWK[], freshForMs: freshFor(headers, options.ttlMs) };
    }, options.now);
  }

  /**
   * The key a token's header points at; refreshes once for an unknown `kid`. `fail` makes the error
   * for a token no key fits (an ID token, a logout token, a core identity JWT each have their own).
   */
  async keyFor(header: JWSHeaderParameters, fail: (message: string) => Error): Promise<CryptoKey> {
    let keys = await this.#document.get();
    let candidates = keys.filter((jwk) => fits(jwk, header));
    if (candidates.length === 0 && this.#document.age() >= this.#options.refreshCooldownMs) {
      keys = await this.#document.refresh();
      candidates = keys.filter((jwk) => fits(jwk, header));
    }
    const [jwk, ...others] = candidates;
    if (jwk === undefined) {
      throw fail(`no key of the provider's key set fits the token (kid ${header.kid ?? 'absent'})`);
    }
    if (others.length > 0) {
      throw fail('the token names no kid and several keys of the provider fit it');
    }
    const alg = header.alg ?? '';
    let byAlgorithm = this.#imported.get(jwk);
    if (byAlgorithm === undefined) {
      byAlgorithm = new Map();
      this.#imported.set(jwk, byAlgorithm);
    }
    let key = byAlgorithm.get(alg);
    if (key === undefined) {
      // Only the public members: a published private part or a `key_ops` of `sign` must not leak in.
      const { kty, crv, x, y, n, e } = jwk;
      try {
        key = (await importJWK({ kty, crv, x, y, n, e } as JWK, alg)) as CryptoKey;
      } catch (error) {
        throw new ProviderError(`${this.#options.provider} published a key that cannot be read`, {
          provider: this.#options.provider,
          cause: error,
        });
      }
      byAlgorithm.set(alg, key);
    }
    return key;
  }
}
