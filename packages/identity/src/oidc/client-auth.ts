import { createPrivateKey, type KeyObject, randomUUID } from 'node:crypto';
import { ConfigError, loadSecret } from '@councilkit/core';
import { SignJWT } from 'jose';

/** How the client proves itself at the token endpoint. */
export type ClientAuth =
  | {
      /** A JWT signed with the client's private key (RFC 7523); the provider holds the public key. */
      method: 'private_key_jwt';
      /** A private JWK (RSA or EC), a PKCS#8 PEM, or a Node `KeyObject`. */
      privateKey: Record<string, unknown> | string | KeyObject;
      /** The key's id, sent as the JWT's `kid`; defaults to the JWK's `kid`. */
      keyId?: string | undefined;
      /** Defaults to RS256 for RSA keys, ES256/ES384/ES512 for EC keys by curve. */
      algorithm?:
        | 'RS256'
        | 'RS384'
        | 'RS512'
        | 'PS256'
        | 'PS384'
        | 'PS512'
        | 'ES256'
        | 'ES384'
        | 'ES512'
        | undefined;
      /** The assertion's `aud`: the token endpoint (default) or the issuer; some providers accept only one. */
      audience?: 'token-endpoint' | 'issuer' | undefined;
    }
  | {
      /** The client secret in HTTP Basic authentication. */
      method: 'client_secret_basic';
      /** Defaults to the `OIDC_CLIENT_SECRET` environment variable, read on first use. */
      clientSecret?: string | undefined;
    }
  | {
      /** The client secret in the form body. */
      method: 'client_secret_post';
      clientSecret?: string | undefined;
    }
  | {
      /** A public client (a native app): PKCE alone protects the code. */
      method: 'none';
    };

export const clientSecretEnvironmentVariable = 'OIDC_CLIENT_SECRET';

/** Adds the client's credentials to a token request. */
export type ClientAuthenticator = (
  form: URLSearchParams,
  endpoints: { tokenEndpoint: string; issuer: string },
) => Promise<Record<string, string>>;

interface SigningKey {
  key: KeyObject;
  alg: string;
  kid: string | undefined;
}

/** Reads a private key and the algorithm it signs with; a `ConfigError` naming `option` otherwise. */
export function readSigningKey(
  privateKey: Record<string, unknown> | string | KeyObject,
  option: string,
  provider: string,
  explicit?: { algorithm?: string | undefined; keyId?: string | undefined },
): SigningKey {
  const fail = (message: string) =>
    new ConfigError([{ path: option, message }], { provider, summary: `Invalid ${provider} options` });
  let key: KeyObject;
  try {
    if (typeof privateKey === 'string') {
      const text = privateKey.trim();
      key = text.startsWith('{')
        ? createPrivateKey({ key: JSON.parse(text), format: 'jwk' })
        : createPrivateKey({ key: text, format: 'pem' });
    } else if (isKeyObject(privateKey)) {
      key = privateKey;
    } else {
      key = createPrivateKey({ key: privateKey as import('node:crypto').JsonWebKey, format: 'jwk' });
    }
  } catch {
    // The key's text is never echoed: it is a secret.
    throw fail('must be a private key: a JWK (object or JSON text) or a PKCS#8 PEM');
  }
  if (key.type !== 'private') throw fail('must be a private key, not a public one');
  const kid =
    explicit?.keyId ??
    (typeof privateKey === 'object' && !isKeyObject(privateKey) && typeof privateKey['kid'] === 'string'
      ? privateKey['kid']
      : typeof privateKey === 'string' && privateKey.trim().startsWith('{')
        ? (JSON.parse(privateKey) as { kid?: string }).kid
        : undefined);
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const natural =
    type === 'rsa' || type === 'rsa-pss'
      ? 'RS256'
      : type === 'ec'
        ? { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' }[curve ?? '']
        : undefined;
  if (natural === undefined) throw fail('must be an RSA or EC (P-256, P-384, P-521) key');
  const alg = explicit?.algorithm ?? natural;
  if (alg[0] !== natural[0] && !(alg.startsWith('PS') && natural === 'RS256')) {
    throw fail(`cannot sign with ${alg}: it is a ${type} key`);
  }
  if (type === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    throw fail('must be an RSA key of at least 2048 bits');
  }
  return { key, alg, kid };
}

function isKeyObject(value: unknown): value is KeyObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KeyObject).export === 'function' &&
    typeof (value as KeyObject).type === 'string'
  );
}

/** Signs a client assertion: `iss` = `sub` = client id, a fresh `jti`, a 60-second life. */
export async function signClientAssertion(
  signing: SigningKey,
  clientId: string,
  audience: string,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: signing.alg, typ: 'JWT', ...(signing.kid ? { kid: signing.kid } : {}) })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(signing.key);
}

/** Makes the authenticator for a client; keys are read once, secrets on first use. */
export function createClientAuthenticator(
  auth: ClientAuth,
  clientId: string,
  provider: string,
  option = 'clientAuth',
): ClientAuthenticator {
  switch (auth.method) {
    case 'private_key_jwt': {
      const signing = readSigningKey(
        auth.privateKey,
        option ? `${option}.privateKey` : 'privateKey',
        provider,
        auth,
      );
      return async (form, endpoints) => {
        const audience = auth.audience === 'issuer' ? endpoints.issuer : endpoints.tokenEndpoint;
        form.set('client_id', clientId);
        form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
        form.set('client_assertion', await signClientAssertion(signing, clientId, audience));
        return {};
      };
    }
    case 'client_secret_basic':
    case 'client_secret_post': {
      const secret = () =>
        loadSecret({
          value: auth.clientSecret,
          option: option ? `${option}.clientSecret` : 'clientSecret',
          environmentVariable: clientSecretEnvironmentVariable,
          provider,
        });
      if (auth.method === 'client_secret_post') {
        return async (form) => {
          form.set('client_id', clientId);
          form.set('client_secret', secret());
          return {};
        };
      }
      return async () => {
        // RFC 6749 section 2.3.1: each part is form-encoded before being joined.
        const user = encodeURIComponent(clientId).replace(/%20/g, '+');
        const password = encodeURIComponent(secret()).replace(/%20/g, '+');
        return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
      };
    }
    case 'none':
      return async (form) => {
        form.set('client_id', clientId);
        return {};
      };
  }
}
