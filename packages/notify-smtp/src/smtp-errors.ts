import {
  AuthError,
  type CouncilKitError,
  ProviderError,
  TransportError,
  ValidationError,
} from '@councilkit/core';

const provider = 'smtp';
// A failure at these commands means the relay has not taken the message.
const beforeData = /^(CONN|EHLO|HELO|STARTTLS|AUTH|MAIL|RCPT)/;

/**
 * Turns what nodemailer threw into a typed error by the relay's reply: 535 a refused login, 5xx to a
 * recipient a refusal naming `emailAddress`, 4xx a temporary refusal. A failure during or after DATA
 * may have left the message with the relay: `outcomeUnknown`, never "not sent".
 */
export function smtpError(error: unknown): CouncilKitError {
  const {
    code,
    command = 'CONN',
    responseCode: reply = 0,
  } = (error ?? {}) as {
    code?: string;
    command?: string;
    responseCode?: number;
  };
  const notSent = beforeData.test(command) && code !== 'ETIMEDOUT';
  const base = { provider, cause: error, providerCode: String(reply || code), outcomeUnknown: !notSent };
  if (code === 'EAUTH' || reply === 535) return new AuthError('The SMTP relay refused the login', base);
  if (reply >= 500 && command.startsWith('RCPT')) {
    const message = `The relay refused the recipient (${reply})`;
    return new ValidationError([{ path: 'emailAddress', message }], base);
  }
  const retryable = notSent && reply < 500;
  if (reply >= 400) return new ProviderError(`The SMTP relay refused it (${reply})`, { ...base, retryable });
  const note = notSent ? '' : ': it may have the message; check before sending it again';
  return new TransportError(`Could not reach the SMTP relay${note}`, { ...base, notSent, retryable });
}
