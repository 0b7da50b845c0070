import { ValidationError } from '@councilkit/core';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks an id is in GOV.UK Notify's shape (a UUID) before it goes into a request: the port keeps
 * ids opaque, so this adapter is the one place that knows Notify's. A `ValidationError` naming the field.
 */
export function notifyId(id: string, field: string): string {
  if (uuid.test(id)) return id;
  throw new ValidationError([{ path: field, message: 'is not a GOV.UK Notify id (a UUID)' }], {
    provider: 'govuk-notify',
  });
}
