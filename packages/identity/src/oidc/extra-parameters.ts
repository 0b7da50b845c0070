import { ValidationError } from '@councilkit/core';
import type { SignInOptions } from '../model/sign-in.js';

// openIdConnect's own provider options: extra authorization parameters some providers need (Entra's `domain_hint`).
export function standardExtraParameters(options: SignInOptions, provider: string): Record<string, string> {
  const own = options.providerOptions?.[provider]?.['authorizationParameters'];
  if (own === undefined) return {};
  if (
    typeof own !== 'object' ||
    own === null ||
    Object.values(own).some((value) => typeof value !== 'string')
  ) {
    throw new ValidationError(
      [
        {
          path: `providerOptions.${provider}.authorizationParameters`,
          message: 'must map parameter names to text',
        },
      ],
      { provider },
    );
  }
  const reserved = Object.keys(own).find((name) => reservedParameters.has(name));
  if (reserved !== undefined) {
    throw new ValidationError(
      [
        {
          path: `providerOptions.${provider}.authorizationParameters.${reserved}`,
          message: 'is set by the client itself',
        },
      ],
      { provider },
    );
  }
  return own as Record<string, string>;
}

const reservedParameters = new Set([
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'request',
  'request_uri',
]);
