import { type HttpAdapterOptions, httpAdapterOptionsShape, onFirstUse, z } from '@councilkit/core';

/** The real service; the sandbox's Pay emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://publicapi.payments.service.gov.uk';

/** The environment variable read when the `apiKey` option is absent. */
export const apiKeyEnvironmentVariable = 'GOVUK_PAY_API_KEY';

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    apiKey: z.string({ error: 'Must be the API key as text' }).optional(),
    ...httpAdapterOptionsShape,
  }),
);

/** Settings for `govukPay()`. */
export interface GovukPayOptions extends HttpAdapterOptions {
  /**
   * The API key as GOV.UK Pay showed it (`api_test_…` or `api_live_…`). Defaults to the
   * `GOVUK_PAY_API_KEY` environment variable, read when the first call is made.
   */
  apiKey?: string | undefined;
}

/** Checks options at construction (built then, not at import); a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as govukPayOptionsSchema };
