import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Transport, TransportResponse } from '@councilkit/core';
import { SignJWT } from 'jose';

/** A person the memory provider signs in, with the claims its userinfo gives. */
export interface MemoryPerson {
  readonly sub: string;
  readonly email?: string;
  readonly name?: string;
  /** Any other userinfo claims. */
  readonly claims?: Readonly<Record<string, unknown>>;
}

interface IssuedCode {
  readonly person: MemoryPerson;
  readonly nonce: string;
  readonly challenge: string | undefined;
  readonly redirectUri: string;
  used: boolean;
}

const encoder = new TextEncoder();
const opaque = () => randomBytes(24).toString('base64url');

/**
 * A tiny OpenID provider living in memory, reached through a `Transport`: the memory adapter is the
 * real relying party talking to it, so it makes every check a real provider's answers go through.
 */
export class InMemoryProvider {
  readonly issuer = 'https://identity.memory.invalid';
  readonly #key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  readonly #jwk = {
    ...this.#key.publicKey.export({ format: 'jwk' }),
    kid: 'memory-1',
    alg: 'ES256',
    use: 'sig',
  };
  readonly #codes = new Map<string, IssuedCode>();
  readonly #accessTokens = new Map<string, MemoryPerson>();

  constructor(
    readonly clientId: string,
    private readonly redirectUris: readonly string[],
  ) {}

  /** What the sign-in page would do: sign `person` in (or cancel) and give the callback URL. */
  authorize(authorizationUrl: string, person: MemoryPerson | 'cancel'): string {
    const query = new URL(authorizationUrl).searchParams;
    const redirectUri = query.get('redirect_uri') ?? '';
    if (query.get('client_id') !== this.clientId || !this.redirectUris.includes(redirectUri)) {
      throw new Error('The memory provider refuses this client or redirect URI');
    }
    const callback = new URL(redirectUri);
    callback.searchParams.set('state', query.get('state') ?? '');
    callback.searchParams.set('iss', this.issuer);
    if (person === 'cancel') {
      callback.searchParams.set('error', 'access_denied');
      return callback.toString();
    }
    const code = opaque();
    this.#codes.set(code, {
      person,
      nonce: query.get('nonce') ?? '',
      challenge: query.get('code_challenge') ?? undefined,
      redirectUri,
      used: false,
    });
    callback.searchParams.set('code', code);
    return callback.toString();
  }

  /** A back-channel logout token for `sub`, as the provider would post it. */
  logoutToken(sub: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })
      .setProtectedHeader({ alg: 'ES256', kid: 'memory-1', typ: 'logout+jwt' })
      .setIssuer(this.issuer)
      .setAudience(this.clientId)
      .setSubject(sub)
      .setIssuedAt(now)
      .setExpirationTime(now + 120)
      .setJti(randomUUID())
      .sign(this.#key.privateKey);
  }

  readonly transport: Transport = async (request) => {
    const path = request.path.split('?')[0];
    if (path === '/.well-known/openid-configuration') {
      return json({
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/authorize`,
        token_endpoint: `${this.issuer}/token`,
        jwks_uri: `${this.issuer}/jwks`,
        userinfo_endpoint: `${this.issuer}/userinfo`,
        end_session_endpoint: `${this.issuer}/logout`,
        id_token_signing_alg_values_supported: ['ES256'],
        authorization_response_iss_parameter_supported: true,
      });
    }
    if (path === '/jwks') return json({ keys: [this.#jwk] });
    if (path === '/token') return this.#token(new URLSearchParams(String(request.body ?? '')));
    if (path === '/userinfo') {
      const person = this.#accessTokens.get((request.headers['authorization'] ?? '').replace(/^Bearer /, ''));
      if (!person) return json({ error: 'invalid_token' }, 401);
      return json({ ...person.claims, sub: person.sub, email: person.email, name: person.name });
    }
    return json({ error: 'not_found' }, 404);
  };

  async #token(form: URLSearchParams): Promise<TransportResponse> {
    const issued = this.#codes.get(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      !issued ||
      issued.used ||
      form.get('client_id') !== this.clientId ||
      form.get('redirect_uri') !== issued.redirectUri ||
      (issued.challenge !== undefined &&
        createHash('sha256').update(verifier).digest('base64url') !== issued.challenge)
    ) {
      return json({ error: 'invalid_grant' }, 400);
    }
    issued.used = true;
    const accessToken = opaque();
    this.#accessTokens.set(accessToken, issued.person);
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({ nonce: issued.nonce, auth_time: now })
      .setProtectedHeader({ alg: 'ES256', kid: 'memory-1' })
      .setIssuer(this.issuer)
      .setAudience(this.clientId)
      .setSubject(issued.person.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(this.#key.privateKey);
    return json({ access_token: accessToken, token_type: 'Bearer', expires_in: 300, id_token: idToken });
  }
}

function json(body: unknown, status = 200): TransportResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: encoder.encode(JSON.stringify(body)),
  };
}
