import { type HttpAdapterOptions, httpAdapterOptionsShape, onFirstUse, z } from '@councilkit/core';

/** The real service; the sandbox's emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.getaddress.io';

/** The environment variable read when the `apiKey` option is absent. */
export const apiKeyEnvironmentVariable = 'GETADDRESS_API_KEY';

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    apiKey: z
      .string({ error: 'Must be the API key as text' })
      .min(1, { error: 'Must not be empty' })
      .max(200, { error: 'Is too long to be an API key' })
      .optional(),
    ...httpAdapterOptionsShape,
  }),
);

/** Settings for `getAddress()`. */
export interface GetAddressOptions extends HttpAdapterOptions {
  /** Your getAddress.io API key. Defaults to the `GETADDRESS_API_KEY` environment variable, read at the first call. */
  apiKey?: string | undefined;
}

/** Checks options at construction (built then, not at import); a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as getAddressOptionsSchema };
