/** Removes spaces before commas and full stops, as Notify does to every rendered message. */
export function removeWhitespaceBeforePunctuation(text: string): string {
  return text.replace(/(?<![ \t])[ \t]+([,.])/g, '$1');
}

/** Collapses runs of whitespace to one space and trims, as Notify does to subjects. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u180e|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .split(/\s+/)
    .filter((word) => word !== '')
    .join(' ');
}

/**
 * Notify's "nice typography" for subjects: no space before punctuation, spaced hyphens become en
 * dashes and apostrophes inside words become typographic ones. (Notify's full smart-quote pass
 * also curls paired quotes; the sandbox leaves those as typed.)
 */
export function niceTypography(text: string): string {
  return removeWhitespaceBeforePunctuation(text)
    .replace(/(?<=\w)'(?=\w)/g, '’')
    .replace(/(?<!\s)\s+[-–—]{1,3}\s+/g, ' – ');
}

const smsReplacements: Readonly<Record<string, string>> = {
  '\u2011': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '‚': "'",
  '„': '"',
  '\u180e': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u2028': '',
  '\u2029': '',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\t': ' ',
  Ł: 'L',
  ł: 'l',
};

// The GSM 03.38 letters with accents, plus the Welsh letters Notify sends as they are.
const keptAccentedLetters = new Set([...'£¥èéùìòÇØøÅåÄÖÑÜ§àäöñüÉÆæßÂâÊêÎîÔôÛûŴŵŶŷËëÏïŸÿÁáÍíÓóÚúẀẁẂẃẄẅỲỳÝý']);

/** Downgrades characters a text message cannot carry (smart quotes, dashes, most accents), as Notify does. */
export function downgradeForSms(text: string): string {
  let result = '';
  for (const character of text) {
    const replacement = smsReplacements[character];
    if (replacement !== undefined) result += replacement;
    else if (character.charCodeAt(0) > 0x7f && !keptAccentedLetters.has(character)) {
      const base = character.normalize('NFD').charAt(0);
      result += base.charCodeAt(0) <= 0x7f ? base : character;
    } else result += character;
  }
  return result;
}
