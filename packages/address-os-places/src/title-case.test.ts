import { describe, expect, it } from 'vitest';
import { titleCase } from './title-case.js';

describe('titleCase', () => {
  it.each([
    ['ADANAC DRIVE', 'Adanac Drive'],
    ['PRIME MINISTER & FIRST LORD OF THE TREASURY', 'Prime Minister & First Lord of the Treasury'],
    ['THE CITY OF EDINBURGH COUNCIL', 'The City of Edinburgh Council'],
    ['HEOL Y FRENHINES', 'Heol y Frenhines'],
    ['Y RHATH', 'Y Rhath'],
    ['FLAT A', 'Flat A'],
    ['1F2', '1F2'],
    ['12A HIGH STREET', '12A High Street'],
    ["ST JAMES'S STREET", "St James's Street"],
    ["O'BRIEN HOUSE", "O'Brien House"],
    ['STRATFORD-UPON-AVON', 'Stratford-upon-Avon'],
    ['MCDONALD ROAD', 'McDonald Road'],
    ['NEWCASTLE UPON TYNE', 'Newcastle upon Tyne'],
    ['TŶ TREGANNA', 'Tŷ Treganna'],
    ['', ''],
  ])('writes %s as %s', (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });

  it('takes linear time on long input', () => {
    const long = `${'A-'.repeat(20_000)} ${"O'".repeat(20_000)}`;
    const started = performance.now();
    titleCase(long);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('titleCase input', () => {
  it('refuses what is not text with a ValidationError', () => {
    expect(() => titleCase(42 as never)).toThrow(/text: must be text/);
  });
});
