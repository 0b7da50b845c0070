import { formatPounds, normalisePostcode, parsePhoneNumber } from '@councilkit/core';

export const postcode = normalisePostcode(' sw1a1aa '); // 'SW1A 1AA'
export const mobile = parsePhoneNumber('07700 900123').e164; // '+447700900123'
export const fee = formatPounds(1250); // '£12.50'
