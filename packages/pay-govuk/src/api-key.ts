import { ConfigError } from '@councilkit/core';

// `api_test_` or `api_live_`, a token id of up to 26 characters and a 32-character checksum, all in
// GOV.UK Pay's lower-case alphabet. The checksum can only be checked by the service, so the shape is.
const apiKeyShape = /^api_(test|live)_[0-9a-z]{33,58}$/;

/** Checks a GOV.UK Pay API key's shape at construction; the key is never echoed in the error. */
export function checkPayApiKey(apiKey: string, option: string): string {
  const trimmed = apiKey.trim();
  if (!apiKeyShape.test(trimmed)) {
    throw new ConfigError(
      [
        {
          path: option,
          message:
            'is not a GOV.UK Pay API key: expected api_test_… or api_live_… followed by letters and digits, the whole key as GOV.UK Pay showed it',
        },
      ],
      { provider: 'govuk-pay', summary: 'Invalid govuk-pay options' },
    );
  }
  return trimmed;
}
