import { ProviderError } from '@councilkit/core';

/** A JSON object from Notify, read leniently: unknown fields are ignored, nulls mean absent. */
export type WireObject = Record<string, unknown>;

/** The body as an object, or a ProviderError: Notify always answers success with an object. */
export function asObject(value: unknown, what: string): WireObject {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as WireObject;
  throw new ProviderError(`GOV.UK Notify answered ${what} with an unexpected body`, {
    provider: 'govuk-notify',
  });
}

/** A field Notify always sends; its absence means the answer cannot be trusted. */
export function requiredText(object: WireObject, key: string, what: string): string {
  const value = object[key];
  if (typeof value === 'string') return value;
  throw new ProviderError(`GOV.UK Notify answered ${what} without \`${key}\``, { provider: 'govuk-notify' });
}

/** A text field that may be null or missing. */
export function optionalText(object: WireObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

/** A number field that may be null or missing. */
export function optionalNumber(object: WireObject, key: string): number | undefined {
  const value = object[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `T` with its possibly-undefined fields made optional instead, as the model declares them. */
export type DefinedOnly<T> = { [Key in keyof T as undefined extends T[Key] ? never : Key]: T[Key] } & {
  [Key in keyof T as undefined extends T[Key] ? Key : never]?: Exclude<T[Key], undefined>;
};

/** A copy without its undefined entries, as the model's optional fields are absent rather than undefined. */
export function definedOnly<T extends object>(value: T): DefinedOnly<T> {
  // Copying rather than `delete`, which would turn every result into a slow dictionary-mode object.
  const copy: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) copy[key] = value[key];
  return copy as DefinedOnly<T>;
}
