import { premiseAndStreetLines } from './paf-lines.js';
import type { SourceAddress } from './source-address.js';

// Splits text into lower-case words of letters and digits, in one pass (no patterns on input).
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const character of text.toLowerCase()) {
    const code = character.charCodeAt(0);
    const wordCharacter = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;
    if (wordCharacter) word += character;
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words;
}

/** The address on one line, post town and postcode included, as search hits show it. */
export function singleLineOf(address: SourceAddress): string {
  return [...premiseAndStreetLines(address), address.postTown, address.postcode].join(', ');
}

/**
 * Free-text search the way address finders behave: every word of the query must start a word of
 * the address (so "10 down" finds "10 Downing Street"); the postcode also matches without its
 * space. Results keep the dataset's order. Each address's words are worked out once.
 */
export function createTextSearch(addresses: readonly SourceAddress[]) {
  const indexed = addresses.map((address) => {
    const words = wordsOf(singleLineOf(address));
    words.push(address.postcode.replace(' ', '').toLowerCase());
    return { address, words };
  });
  return (query: string): SourceAddress[] => {
    const terms = wordsOf(query).slice(0, 20);
    if (terms.length === 0) return [];
    return indexed
      .filter(({ words }) => terms.every((term) => words.some((word) => word.startsWith(term))))
      .map(({ address }) => address);
  };
}
