import type { ProviderErrorDetails } from '@councilkit/core';
import { modelFieldFromMessage } from './fields.js';

/** Notify's error body: `{ status_code, errors: [{ error, message }] }`. */
interface NotifyErrorBody {
  errors?: { error?: unknown; message?: unknown }[] | null;
}

/** Keeps Notify's own error class name (`BadRequestError`, `AuthError`) and every message, joined. */
export function parseNotifyError(body: unknown): ProviderErrorDetails | undefined {
  const errors = (body as NotifyErrorBody | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const messages = errors
    .map((entry) => (typeof entry.message === 'string' ? entry.message : ''))
    .filter(Boolean);
  const first = errors[0];
  return {
    code: typeof first?.error === 'string' ? first.error : undefined,
    message: messages.length > 0 ? messages.join('; ') : undefined,
    field: modelFieldFromMessage(messages[0]),
  };
}
