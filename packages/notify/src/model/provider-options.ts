import { onFirstUse, z } from '@councilkit/core';

/**
 * Fields only one provider understands, keyed by that provider's name (as vercel/ai does):
 * `{ govukNotify: { emailReplyToId } }`. Each adapter reads and checks its own entry, before any
 * request, and ignores the others, so one request can carry options for several providers.
 */
export type ProviderOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The neutral shape only: an object of objects. What is inside each is its adapter's business. */
export const providerOptionsSchema = onFirstUse(
  () =>
    z.record(
      z.string(),
      z.record(z.string(), z.unknown(), { error: "must be an object of that provider's options" }),
      { error: 'must be an object keyed by provider name, e.g. { govukNotify: { ... } }' },
    ) as z.ZodType<ProviderOptions>,
);
