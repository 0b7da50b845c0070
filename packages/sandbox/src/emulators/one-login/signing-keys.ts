import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import * as fixed from './sandbox-only-keys.js';

/** A signing key: the private key to sign with and the public JWK to publish. */
export interface SigningKey {
  readonly kid: string;
  readonly alg: 'ES256' | 'RS256';
  readonly privateKey: KeyObject;
  readonly publicJwk: Record<string, unknown>;
}

function signingKey(
  jwk: Record<string, unknown>,
  alg: 'ES256' | 'RS256',
  kid = jwk['kid'] as string,
): SigningKey {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
  return {
    kid,
    alg,
    privateKey: createPrivateKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' }),
    publicJwk: { ...publicJwk, kid, alg, use: 'sig' },
  };
}

/** The ID token keys: the ones in use, then the next ones that `rotate()` switches to. */
export class IdTokenKeys {
  #rotated = false;
  readonly #first = {
    ES256: signingKey(fixed.idTokenEs256, 'ES256'),
    RS256: signingKey(fixed.idTokenRs256, 'RS256'),
  };
  readonly #next = {
    ES256: signingKey(fixed.rotatedIdTokenEs256, 'ES256'),
    RS256: signingKey(fixed.rotatedIdTokenRs256, 'RS256'),
  };

  /** The key that signs tokens of `alg` now. */
  current(alg: 'ES256' | 'RS256'): SigningKey {
    return (this.#rotated ? this.#next : this.#first)[alg];
  }

  /** Every published key: after a rotation the old keys stay published, as One Login does. */
  published(): SigningKey[] {
    const first = [this.#first.ES256, this.#first.RS256];
    return this.#rotated ? [this.#next.ES256, this.#next.RS256, ...first] : first;
  }

  rotate(): void {
    this.#rotated = true;
  }
}

/** The identity issuer's DID keys, named `did:web:<host>#<hex id>` as One Login names them. */
export class IdentityKeys {
  #rotated = false;
  readonly #jwks = [fixed.identity, fixed.rotatedIdentity] as Record<string, unknown>[];

  /** The key id part after `#`: a hex SHA-256 of the public key, like One Login's. */
  static keyIdOf(jwk: Record<string, unknown>): string {
    return createHash('sha256').update(`${jwk['x']}.${jwk['y']}`).digest('hex');
  }

  current(controller: string): SigningKey {
    const jwk = this.#jwks[this.#rotated ? 1 : 0]!;
    return signingKey(jwk, 'ES256', `${controller}#${IdentityKeys.keyIdOf(jwk)}`);
  }

  published(controller: string): SigningKey[] {
    const jwks = this.#rotated ? [...this.#jwks].reverse() : this.#jwks.slice(0, 1);
    return jwks.map((jwk) => signingKey(jwk, 'ES256', `${controller}#${IdentityKeys.keyIdOf(jwk)}`));
  }

  rotate(): void {
    this.#rotated = true;
  }
}

/** The default client's keys, fixed so its credentials survive restarts. */
export const defaultClientKeys = {
  rsaPrivateJwk: fixed.clientRsa as Readonly<Record<string, unknown>>,
  ecPrivateJwk: fixed.clientEc as Readonly<Record<string, unknown>>,
  publicJwks: [signingKey(fixed.clientRsa, 'RS256').publicJwk, signingKey(fixed.clientEc, 'ES256').publicJwk],
};
