import { ProviderError } from '@councilkit/core';

/** A JSON object from GOV.UK Pay, read leniently: unknown fields are ignored, nulls mean absent. */
export type WireObject = Record<string, unknown>;

/** The body as an object, or a ProviderError: GOV.UK Pay always answers success with an object. */
export function asObject(value: unknown, what: string): WireObject {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as WireObject;
  throw new ProviderError(`GOV.UK Pay answered ${what} with an unexpected body`, { provider: 'govuk-pay' });
}

/** A nested object that may be missing. */
export function optionalObject(object: WireObject, key: string): WireObject | undefined {
  const value = object[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as WireObject)
    : undefined;
}

/** A field GOV.UK Pay always sends; its absence means the answer cannot be trusted. */
export function requiredText(object: WireObject, key: string, what: string): string {
  const value = object[key];
  if (typeof value === 'string') return value;
  throw new ProviderError(`GOV.UK Pay answered ${what} without \`${key}\``, { provider: 'govuk-pay' });
}

/** A whole number GOV.UK Pay always sends. */
export function requiredInteger(object: WireObject, key: string, what: string): number {
  const value = object[key];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new ProviderError(`GOV.UK Pay answered ${what} without \`${key}\``, { provider: 'govuk-pay' });
}

export function optionalText(object: WireObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function optionalNumber(object: WireObject | undefined, key: string): number | undefined {
  const value = object?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A date GOV.UK Pay writes as ISO 8601; a ProviderError when it is missing or unreadable. */
export function requiredDate(object: WireObject, key: string, what: string): Date {
  const date = new Date(requiredText(object, key, what));
  if (Number.isNaN(date.getTime()))
    throw new ProviderError(`GOV.UK Pay answered ${what} with an unreadable \`${key}\``, {
      provider: 'govuk-pay',
    });
  return date;
}

/** A copy without its undefined entries, as the model's optional fields are absent rather than undefined. */
export function definedOnly<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) copy[key] = value[key];
  return copy as T;
}
