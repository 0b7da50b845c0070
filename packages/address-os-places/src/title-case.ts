import { ValidationError } from '@councilkit/core';

// Short words that stay lower case inside a name: "Newcastle upon Tyne", "Heol y Frenhines".
const smallWords = new Set([
  'and',
  'of',
  'the',
  'upon',
  'on',
  'in',
  'at',
  'by',
  'y',
  'yr',
  'le',
  'la',
  'de',
  'du',
]);

/**
 * Turns OS Places' capitals into the case people write: `ADANAC DRIVE` becomes `Adanac Drive`,
 * `FIRST LORD OF THE TREASURY` becomes `First Lord of the Treasury`. Codes with digits (`1F2`,
 * `12A`) stay in capitals. One pass over the text; no pattern can backtrack.
 */
export function titleCase(text: string): string {
  if (typeof text !== 'string') throw new ValidationError([{ path: 'text', message: 'must be text' }]);
  return text
    .split(' ')
    .map((word, index) => casedWord(word, index === 0))
    .join(' ');
}

function casedWord(word: string, first: boolean): string {
  if (word === '' || /\d/.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && smallWords.has(lower)) return lower;
  // Each part after a hyphen is a word of its own (Stratford-upon-Avon).
  return lower
    .split('-')
    .map((part, index) => (index > 0 && smallWords.has(part) ? part : capitalised(part)))
    .join('-');
}

// Capital first letter, and after a one-letter prefix's apostrophe (O'Brien) but not others (St James's).
function capitalised(part: string): string {
  const apostrophe = part.length > 2 && (part[1] === "'" || part[1] === '’');
  const word = apostrophe ? part.slice(0, 2) + part.charAt(2).toUpperCase() + part.slice(3) : part;
  const cased = word.charAt(0).toUpperCase() + word.slice(1);
  return cased.startsWith('Mc') && cased.length > 2
    ? `Mc${cased.charAt(2).toUpperCase()}${cased.slice(3)}`
    : cased;
}
