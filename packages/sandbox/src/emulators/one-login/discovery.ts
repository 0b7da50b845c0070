import type { OneLoginState } from './state.js';
import { didOf, identityIssuerOf } from './urls.js';
import { identityClaimNames } from './vocabulary.js';

function json(body: unknown, cacheControl: string): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': cacheControl },
  });
}

/** `GET /.well-known/openid-configuration`, with One Login's fields and values. */
export function discoveryDocument(issuer: string): Response {
  return json(
    {
      authorization_endpoint: `${issuer}authorize`,
      token_endpoint: `${issuer}token`,
      issuer,
      jwks_uri: `${issuer}.well-known/jwks.json`,
      scopes_supported: ['openid', 'email', 'phone', 'offline_access'],
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      token_endpoint_auth_methods_supported: ['private_key_jwt', 'client_secret_post'],
      // One Login documents RSA client keys; the emulator also takes ES256, as the sandbox's EC client key uses.
      token_endpoint_auth_signing_alg_values_supported: [
        'RS256',
        'RS384',
        'RS512',
        'PS256',
        'PS384',
        'PS512',
        'ES256',
      ],
      ui_locales_supported: ['en', 'cy'],
      service_documentation: 'https://docs.sign-in.service.gov.uk/',
      request_uri_parameter_supported: false,
      request_parameter_supported: true,
      trustmarks: `${issuer}trustmark`,
      subject_types_supported: ['public', 'pairwise'],
      userinfo_endpoint: `${issuer}userinfo`,
      end_session_endpoint: `${issuer}logout`,
      id_token_signing_alg_values_supported: ['ES256', 'RS256'],
      claim_types_supported: ['normal'],
      claims_supported: [
        'sub',
        'email',
        'email_verified',
        'phone_number',
        'phone_number_verified',
        'wallet_subject_id',
        ...identityClaimNames,
      ],
      backchannel_logout_supported: true,
      backchannel_logout_session_supported: false,
      code_challenge_methods_supported: ['S256'],
    },
    'max-age=86400',
  );
}

/** `GET /.well-known/jwks.json`: the ID token keys, old and new during a rotation. */
export function jwks(state: OneLoginState): Response {
  return json({ keys: state.idTokenKeys.published().map((key) => key.publicJwk) }, 'max-age=86400');
}

/** `GET /identity/.well-known/did.json`: the identity issuer's DID document, its keys under `assertionMethod`. */
export function didDocument(state: OneLoginState, issuer: string): Response {
  const controller = didOf(identityIssuerOf(issuer));
  return json(
    {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
      id: controller,
      assertionMethod: state.identityKeys.published(controller).map((key) => ({
        type: 'JsonWebKey',
        id: key.kid,
        controller,
        publicKeyJwk: {
          kty: key.publicJwk['kty'],
          crv: key.publicJwk['crv'],
          x: key.publicJwk['x'],
          y: key.publicJwk['y'],
          alg: 'ES256',
        },
      })),
    },
    'max-age=3600, private',
  );
}

/** `GET /trustmark`: the levels the service can reach. */
export function trustmark(issuer: string): Response {
  return json(
    { idp: issuer, trustmark_provider: issuer, C: ['Cl', 'Cl.Cm'], P: ['P0', 'P1', 'P2'] },
    'max-age=86400',
  );
}
