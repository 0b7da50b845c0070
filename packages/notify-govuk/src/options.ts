import { type HttpAdapterOptions, httpAdapterOptionsShape, onFirstUse, z } from '@councilkit/core';

/** The real service; the sandbox's Notify emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.notifications.service.gov.uk';

/** The environment variable read when the `apiKey` option is absent. */
export const apiKeyEnvironmentVariable = 'GOVUK_NOTIFY_API_KEY';

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    apiKey: z.string({ error: 'Must be the API key as text' }).optional(),
    ...httpAdapterOptionsShape,
    rateLimit: z
      .strictObject({
        perMinute: z.int().positive().max(1_000_000).optional(),
        burst: z.int().positive().max(1_000_000).optional(),
      })
      .optional(),
  }),
);

/** Settings for `govukNotify()`. */
export interface GovukNotifyOptions extends HttpAdapterOptions {
  /**
   * The whole API key as Notify showed it (`{key name}-{service id}-{secret}`). Defaults to the
   * `GOVUK_NOTIFY_API_KEY` environment variable, read when the first call is made.
   */
  apiKey?: string | undefined;
  /** `sendBatch` pacing; defaults to Notify's limit of 3,000 a minute with a burst of 1,000. */
  rateLimit?: { perMinute?: number; burst?: number } | undefined;
}

/** Checks options at construction (built then, not at import); a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as govukNotifyOptionsSchema };
