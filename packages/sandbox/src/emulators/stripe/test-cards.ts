/** What happens when a customer pays with a card number on the hosted checkout page. */
export type CardOutcome =
  | { readonly kind: 'success' }
  | {
      readonly kind: 'decline';
      readonly code: string;
      readonly declineCode?: string;
      readonly message: string;
    }
  | { readonly kind: 'authenticate' };

/** The card's details as a charge records them. */
export interface CardDetails {
  readonly brand: string;
  readonly last4: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly funding: 'credit' | 'debit';
  readonly country: string;
}

const declined = 'Your card was declined.';

// Stripe's documented test cards (docs.stripe.com/testing); any other number is refused as invalid.
const outcomes: Readonly<Record<string, CardOutcome>> = {
  '4242424242424242': { kind: 'success' },
  '4000056655665556': { kind: 'success' },
  '5555555555554444': { kind: 'success' },
  '4000008260000000': { kind: 'success' },
  '4000058260000005': { kind: 'success' },
  '4000000000000002': {
    kind: 'decline',
    code: 'card_declined',
    declineCode: 'generic_decline',
    message: declined,
  },
  '4000000000009995': {
    kind: 'decline',
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  '4000000000009987': { kind: 'decline', code: 'card_declined', declineCode: 'lost_card', message: declined },
  '4000000000009979': {
    kind: 'decline',
    code: 'card_declined',
    declineCode: 'stolen_card',
    message: declined,
  },
  '4000000000000069': { kind: 'decline', code: 'expired_card', message: 'Your card has expired.' },
  '4000000000000127': {
    kind: 'decline',
    code: 'incorrect_cvc',
    message: "Your card's security code is incorrect.",
  },
  '4000000000000119': {
    kind: 'decline',
    code: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
  '4000002500003155': { kind: 'authenticate' },
  '4000002760003184': { kind: 'authenticate' },
};

/** The outcome of a test card, or undefined for a number Stripe's test mode does not know. */
export function outcomeOfCard(number: string): CardOutcome | undefined {
  return outcomes[number];
}

/** Brand, last four digits and funding of a test card. */
export function cardDetails(number: string, expMonth: number, expYear: number): CardDetails {
  const brand = number.startsWith('5') ? 'mastercard' : 'visa';
  const debit = number === '4000056655665556' || number === '4000058260000005';
  const uk = number.startsWith('400000826') || number.startsWith('400005826');
  return {
    brand,
    last4: number.slice(-4),
    expMonth,
    expYear,
    funding: debit ? 'debit' : 'credit',
    country: uk ? 'GB' : 'US',
  };
}
