import { onFirstUse, ProviderError, z } from '@councilkit/core';

const wireRecord = onFirstUse(() => z.record(z.string(), z.unknown()));

// Minimal and tolerant: a new field from OS breaks nothing; only what the mapping reads is named.
const envelopeSchema = onFirstUse(() =>
  z.looseObject({
    header: z
      .looseObject({
        totalresults: z.number().nullish(),
        offset: z.number().nullish(),
        maxresults: z.number().nullish(),
      })
      .nullish(),
    results: z.array(z.looseObject({ DPA: wireRecord().nullish(), LPI: wireRecord().nullish() })).nullish(),
  }),
);

/** One record as OS Places sent it, with the dataset it came from. */
export interface WireResult {
  readonly dataset: 'DPA' | 'LPI';
  readonly record: Readonly<Record<string, unknown>>;
}

/** One page of an answer: its records and the total the header reports. */
export interface WirePage {
  readonly results: readonly WireResult[];
  readonly totalResults: number;
}

/** Reads an answer's envelope. No `results` (OS's way of saying "nothing found") is an empty page. */
export function readPage(body: unknown, provider: string): WirePage {
  const parsed = envelopeSchema().safeParse(body);
  if (!parsed.success) {
    throw new ProviderError(`${provider} answered with a body that is not an OS Places envelope`, {
      provider,
    });
  }
  const results: WireResult[] = [];
  for (const item of parsed.data.results ?? []) {
    if (item.DPA) results.push({ dataset: 'DPA', record: item.DPA });
    else if (item.LPI) results.push({ dataset: 'LPI', record: item.LPI });
  }
  return { results, totalResults: parsed.data.header?.totalresults ?? results.length };
}
