import { balanceDepleted, limitReached, postcodeNotFound, udprnNotFound } from './api-error.js';

// Ideal Postcodes documents these (ideal-postcodes.co.uk/documentation/testing); the shared
// fixtures hold the addresses of `ID1 1QD` and of the test UDPRN `0`.

/**
 * What a test postcode does (compact, upper case): on `/postcodes`, `ID1 KFA` is not found; on
 * `/addresses` it is an empty list; `ID1 CLIP` has no lookups left, `ID1 CHOP` reached its limit.
 */
export function applyTestPostcode(compact: string, endpoint: 'postcodes' | 'addresses'): 'empty' | undefined {
  switch (compact) {
    case 'ID1KFA':
      if (endpoint === 'addresses') return 'empty';
      throw postcodeNotFound([]);
    case 'ID1CLIP':
      throw balanceDepleted();
    case 'ID1CHOP':
      throw limitReached();
    default:
      return undefined;
  }
}

/** The documented failing test UDPRNs: `-1` not found, `-2` no lookups left, `-3` limit reached. */
export function applyTestUdprn(udprn: string): void {
  if (udprn === '-1') throw udprnNotFound();
  if (udprn === '-2') throw balanceDepleted();
  if (udprn === '-3') throw limitReached();
}
