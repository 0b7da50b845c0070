import { isHttpUrl, onFirstUse, ProviderError, z } from '@councilkit/core';
import { CachedDocument, freshFor } from './cached-document.js';
import type { OidcHttp } from './http.js';

const optionalUrl = onFirstUse(() => z.string().nullish());

// Tolerant: providers add fields freely; only what we use is read, and checked where it is used.
const metadataSchema = onFirstUse(() =>
  z.looseObject({
    issuer: z.string(),
    authorization_endpoint: z.string(),
    token_endpoint: z.string(),
    jwks_uri: z.string(),
    userinfo_endpoint: optionalUrl(),
    end_session_endpoint: optionalUrl(),
    id_token_signing_alg_values_supported: z.array(z.string()).nullish(),
    authorization_response_iss_parameter_supported: z.boolean().nullish(),
    backchannel_logout_supported: z.boolean().nullish(),
  }),
);

/** The parts of a provider's discovery document the client uses. */
export type ProviderMetadata = z.infer<ReturnType<typeof metadataSchema>>;

/** Where an issuer publishes its discovery document (OpenID Connect Discovery 1.0, section 4). */
export function discoveryUrl(issuer: string): string {
  return `${issuer.endsWith('/') ? issuer : `${issuer}/`}.well-known/openid-configuration`;
}

/**
 * The provider's discovery document, cached for its `Cache-Control` max-age (or `ttlMs`), kept when
 * a refresh fails. Its `issuer` must equal the configured issuer exactly, or ID tokens could be
 * accepted from someone else.
 */
export function createDiscovery(input: {
  issuer: string;
  provider: string;
  http: OidcHttp;
  ttlMs: number;
  now?: () => number;
}): CachedDocument<ProviderMetadata> {
  const { issuer, provider, http } = input;
  return new CachedDocument(async () => {
    const { data, headers } = await http.json({ method: 'GET', url: discoveryUrl(issuer) });
    const parsed = metadataSchema().safeParse(data);
    if (!parsed.success) {
      throw new ProviderError(`${provider} discovery document lacks a required endpoint`, { provider });
    }
    if (parsed.data.issuer !== issuer) {
      throw new ProviderError(
        `${provider} discovery document names issuer ${parsed.data.issuer}, not the configured ${issuer}`,
        { provider },
      );
    }
    for (const field of ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
      if (!isHttpUrl(parsed.data[field])) {
        throw new ProviderError(`${provider} discovery document's ${field} is not an http(s) URL`, {
          provider,
        });
      }
    }
    return { value: parsed.data, freshForMs: freshFor(headers, input.ttlMs) };
  }, input.now);
}
