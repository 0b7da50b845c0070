import { onFirstUse, z } from '@councilkit/core';

/** Provider-specific fields of a call, by provider name: `{ 'govuk-one-login': { levelOfConfidence: 'P2' } }`. */
export type ProviderOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Provider-only results, by provider name. */
export type ProviderMetadata = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export const providerOptionsSchema = onFirstUse(() =>
  z.record(z.string(), z.record(z.string(), z.unknown())),
);
