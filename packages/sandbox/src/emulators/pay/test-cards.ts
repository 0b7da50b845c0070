/** What GOV.UK Pay's sandbox payment provider does with a card number. */
export type CardOutcome = 'success' | 'declined' | 'error' | 'unsupported';

// GOV.UK Pay's sandbox test cards, from its documentation and its sandbox provider's list.
const successCards = new Set([
  '4444333322221111',
  '4242424242424242',
  '4000056655665556',
  '371449635398431',
  '3566002020360505',
  '6011000990139424',
  '36148900647913',
  '4917610000000000003',
  '5105105105105100',
  '2221000000000009',
  '222100000000000',
  '4000000000000010',
  '4000160000000004',
  '4000020000000000',
  '4988080000000000',
  '4111111111111111',
  '4293189100000008',
  '5101180000000007',
  '4131840000000003',
  '4000180000000002',
  '5200828282828210',
  '5555555555554444',
]);
const declinedCards = new Set(['4000000000000002', '4000000000000069', '4000000000000127']);
const errorCards = new Set(['4000000000000119']);
const debitCards = new Set(['4000056655665556', '5200828282828210', '4131840000000003', '4000180000000002']);

/** The outcome a card number gets: a test card's, or `unsupported` for any other number. */
export function cardOutcome(cardNumber: string): CardOutcome {
  if (successCards.has(cardNumber)) return 'success';
  if (declinedCards.has(cardNumber)) return 'declined';
  if (errorCards.has(cardNumber)) return 'error';
  return 'unsupported';
}

/** Digits only, as the card page reads what was typed (spaces and dashes allowed). */
export function cardDigits(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/** The Luhn check the card page runs before sending anything. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The brand GOV.UK Pay names for a card number. */
export function cardBrand(digits: string): string {
  if (digits.startsWith('4')) return 'Visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'Mastercard';
  if (/^3[47]/.test(digits)) return 'American Express';
  if (/^3[068]/.test(digits)) return 'Diners Club';
  if (/^35/.test(digits)) return 'JCB';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'Discover';
  if (/^62/.test(digits)) return 'Union Pay';
  return 'Visa';
}

/** Debit or credit, as the card's range says. */
export function cardType(digits: string): 'debit' | 'credit' {
  return debitCards.has(digits) ? 'debit' : 'credit';
}
