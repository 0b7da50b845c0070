import { expect, it } from 'vitest';
import { fee, mobile, postcode } from './uk-formats.js';

it('gives what the README says', () => {
  expect([postcode, mobile, fee]).toEqual(['SW1A 1AA', '+447700900123', '£12.50']);
});
