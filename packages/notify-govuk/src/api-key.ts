import { ConfigError } from '@councilkit/core';

/** The three parts of a GOV.UK Notify API key: `{key name}-{service id}-{secret}`. */
export interface NotifyApiKey {
  readonly keyName: string;
  readonly serviceId: string;
  readonly secret: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The tail is fixed: '-' + 36-character service id + '-' + 36-character secret.
const tailLength = 74;

/**
 * Splits a Notify API key. Read from the end, as Notify's own clients do, because the key name
 * may itself contain hyphens. The key is never echoed in the error.
 */
export function parseNotifyApiKey(apiKey: string, option = 'apiKey'): NotifyApiKey {
  const trimmed = apiKey.trim();
  const serviceId = trimmed.slice(-73, -37);
  const secret = trimmed.slice(-36);
  const keyName = trimmed.slice(0, -tailLength);
  const wellFormed =
    trimmed.length > tailLength &&
    trimmed.at(-tailLength) === '-' &&
    trimmed.at(-37) === '-' &&
    uuid.test(serviceId) &&
    uuid.test(secret);
  if (!wellFormed) {
    throw new ConfigError(
      [
        {
          path: option,
          message:
            'is not a GOV.UK Notify API key: expected {key name}-{service id}-{secret key}, the whole key as Notify showed it when it was created',
        },
      ],
      { provider: 'govuk-notify', summary: 'Invalid govuk-notify options' },
    );
  }
  return { keyName, serviceId, secret };
}
