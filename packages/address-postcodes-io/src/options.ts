import { type HttpAdapterOptions, httpAdapterOptionsShape, onFirstUse, z } from '@councilkit/core';

/** The public service; a self-hosted copy or the sandbox's emulator stands in for it with `baseUrl`. */
export const defaultBaseUrl = 'https://api.postcodes.io';

const optionsSchema = onFirstUse(() =>
  z.strictObject({
    ...httpAdapterOptionsShape,
  }),
);

/** Settings for `postcodesIo()`. postcodes.io needs no key. */
export interface PostcodesIoOptions extends HttpAdapterOptions {}

/** Checks options at construction (built then, not at import); a bad one is a `ConfigError` listing every problem. */
export { optionsSchema as postcodesIoOptionsSchema };
