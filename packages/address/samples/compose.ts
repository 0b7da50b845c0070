import { memoryAddresses, withCache, withFallback, withinCouncil } from '@councilkit/address';

// Two providers stand in for real ones here: the first, then the second when the first is down.
const primary = memoryAddresses({ name: 'primary' });
const secondary = memoryAddresses({ name: 'secondary' });

/** Test Valley's addresses (custodian code 1760), cached for a day, with a fallback provider. */
export const addresses = withinCouncil(
  withCache(withFallback([primary, secondary]), { ttlMs: 24 * 3_600_000, maxEntries: 10_000 }),
  1760,
);
export { primary, secondary };
