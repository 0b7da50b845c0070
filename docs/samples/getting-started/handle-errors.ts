// handle-errors.ts: the error classes come from the package you installed.
import {
  type NotificationProvider,
  RateLimitError,
  TransportError,
  ValidationError,
} from '@councilkit/notify';

/** Sends an email and says, in words a caseworker can act on, what happened. */
export async function sendAndExplain(notify: NotificationProvider, templateId: string, emailAddress: string) {
  try {
    const sent = await notify.sendEmail({ templateId, emailAddress, personalisation: { name: 'Ada' } });
    return `sent ${sent.id}`;
  } catch (error) {
    if (error instanceof ValidationError) return `fix ${error.field}: ${error.issues[0]?.message}`;
    if (error instanceof RateLimitError) return `slow down; try again in ${error.retryAfterMs ?? 1000} ms`;
    if (error instanceof TransportError && error.outcomeUnknown)
      return 'may have been sent: look it up first';
    throw error;
  }
}
