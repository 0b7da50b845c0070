/** Removes spaces before commas and full stops, as Notify does to every rendered message. */
export function removeWhitespaceBeforePunctuation(text: string): string {
  return text.replace(/(?<![ \t])[ \t]+([,.])/g, '$1');
}

/**
 * Removes zero-width and non-breaking spaces anywhere and other whitespace at either end, as Notify
 * stores a recipient (notifications-utils `formatters.py`, `strip_and_remove_obscure_whitespace`).
 */
export function stripAndRemoveObscureWhitespace(text: string): string {
  const kept = text.replace(/\u180e|\u200b|\u200c|\u200d|\u2060|\ufeff|\u2028|\u2029|\u00a0|\u202f/g, '');
  // Python's `strip(string.whitespace)`: ASCII whitespace only, found by scanning (no regex retries).
  let start = 0;
  let end = kept.length;
  while (start < end && asciiWhitespace.has(kept.charAt(start))) start += 1;
  while (end > start && asciiWhitespace.has(kept.charAt(end - 1))) end -= 1;
  return kept.slice(start, end);
}

const asciiWhitespace = new Set([' ', '\t', '\n', '\r', '\v', '\f']);

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

// GSM 03.38's basic and extension characters, and the Welsh letters Notify keeps though GSM lacks
// them (notifications-utils `sanitise_text.py`, `SanitiseSMS`).
const extendedGsmCharacters = new Set([...'^{}\\[~]|€']);
const gsmCharacters = new Set([
  ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?',
  ...'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ...extendedGsmCharacters,
]);
const welshLetters = new Set([...'àèìòùẁỳÀÈÌÒÙẀỲáéíóúẃýÁÉÍÓÚẂÝäëïöüẅÿÄËÏÖÜẄŸâêîôûŵŷÂÊÎÔÛŴŶ']);
const welshLettersOutsideGsm = new Set([...welshLetters].filter((letter) => !gsmCharacters.has(letter)));

/**
 * Downgrades what a text message cannot carry as Notify does (`SanitiseSMS.encode`): GSM characters
 * and Welsh letters stay; a letter with an accent becomes its base letter when that is allowed;
 * dashes, smart quotes and odd spaces become plain ones; anything else (emoji, other scripts, a
 * backtick) becomes `?`.
 */
export function downgradeForSms(text: string): string {
  let result = '';
  for (const character of text) {
    if (gsmCharacters.has(character) || welshLetters.has(character)) result += character;
    else result += downgradedCharacter(character) ?? '?';
  }
  return result;
}

// `SanitiseText.downgrade_character`: a character with a canonical decomposition becomes its first
// part when that part is allowed (else nothing does); one without takes the replacement table.
function downgradedCharacter(character: string): string | undefined {
  const decomposed = character.normalize('NFD');
  if (decomposed !== character) {
    // One level of decomposition, as Python's `unicodedata.decomposition` gives: a singleton's
    // equivalent (Å for the ångström sign), or all but the last combining mark.
    const composed = character.normalize('NFC');
    const parts = [...decomposed];
    const first = composed !== character ? composed : parts.slice(0, -1).join('').normalize('NFC');
    return gsmCharacters.has(first) || welshLetters.has(first) ? first : undefined;
  }
  return smsReplacements[character];
}

/**
 * How many parts Notify bills a text message as (`BaseSMSTemplate.fragment_count`): a Welsh letter
 * outside GSM makes it UCS-2 (70 characters, or 67 a part); else GSM (160, or 153 a part), where each
 * extension character (`^{}\\[~]|€`) counts twice. Characters are UTF-16 code units, as Notify counts.
 */
export function smsFragmentCount(body: string): number {
  let welsh = false;
  let extended = 0;
  for (const character of body) {
    if (welshLettersOutsideGsm.has(character)) welsh = true;
    else if (extendedGsmCharacters.has(character)) extended += 1;
  }
  if (welsh) return body.length <= 70 ? 1 : Math.ceil(body.length / 67);
  const count = body.length + extended;
  return count <= 160 ? 1 : Math.ceil(count / 153);
}
