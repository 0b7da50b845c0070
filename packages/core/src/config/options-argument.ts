import { ValidationError } from '../errors/classes.js';

/**
 * An options argument checked before any work: absent means `{}`, anything but a plain object (null,
 * a string of any size, an array) is a `ValidationError` naming the argument, at once.
 */
export function optionsArgument<Options extends object>(value: unknown, name = 'options'): Partial<Options> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError([{ path: name, message: 'Must be an options object' }]);
  }
  return value as Partial<Options>;
}

/** The `field` option the UK format helpers name in their errors: short text, checked before use. */
export function fieldOption(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.length > 200) {
    throw new ValidationError([{ path: 'field', message: 'Must be a field name of at most 200 characters' }]);
  }
  return value;
}
