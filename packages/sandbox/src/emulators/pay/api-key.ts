import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const base32HexAlphabet = '0123456789abcdefghijklmnopqrstuv';
// The real service keys the checksum with a secret of its own; the emulator's is fixed, so the keys
// it hands out are the same on every start.
const checksumKey = 'councilkit-sandbox-govuk-pay';

/** Lower-case base32hex (RFC 4648 §7) without padding, as GOV.UK Pay writes token ids and checksums. */
export function base32Hex(bytes: Uint8Array): string {
  let output = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += base32HexAlphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += base32HexAlphabet[(buffer << (5 - bits)) & 31];
  return output;
}

function checksum(prefixAndId: string): string {
  return base32Hex(createHmac('sha1', checksumKey).update(prefixAndId).digest());
}

/** An API key as GOV.UK Pay makes them: `api_test_` + a 26-character id + a 32-character checksum. */
export function makeApiKey(id: string, mode: 'test' | 'live' = 'test'): string {
  const prefixAndId = `api_${mode}_${id}`;
  return prefixAndId + checksum(prefixAndId);
}

/** A fresh 26-character id in GOV.UK Pay's alphabet (payment, refund and agreement ids look alike). */
export function newExternalId(): string {
  return base32Hex(randomBytes(17)).slice(0, 26);
}

/** True when the key's checksum is right, checked before any lookup as the real service does. */
export function isWellFormedApiKey(key: string): boolean {
  const match = /^(api_(?:test|live)_[0-9a-v]{1,26})([0-9a-v]{32})$/.exec(key);
  if (!match) return false;
  const expected = Buffer.from(checksum(match[1]!));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
