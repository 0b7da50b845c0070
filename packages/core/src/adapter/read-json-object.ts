import { ProviderError } from '../errors/index.js';

/** Where a response body came from, for the error that says it could not be read. */
export interface ResponseContext {
  /** The provider's name, as errors report it (`govuk-notify`). */
  readonly provider: string;
  /** What the body should have been, in words: `a notification`, `a list of templates`. */
  readonly what: string;
}

/**
 * A JSON object from a provider, read leniently: unknown fields are ignored, `null` and a value of
 * the wrong type both read as absent, and only a missing field the caller cannot do without throws.
 */
export interface JsonObjectReader {
  /** The object itself. */
  readonly value: Readonly<Record<string, unknown>>;
  /** A string field, or undefined. */
  text(key: string): string | undefined;
  /** A string field the answer cannot be trusted without; a `ProviderError` naming it when absent. */
  requiredText(key: string): string;
  /** A finite number field, or undefined. */
  number(key: string): number | undefined;
  /** A boolean field, or undefined. */
  boolean(key: string): boolean | undefined;
  /** A nested object, read the same way, or undefined. */
  object(key: string): JsonObjectReader | undefined;
  /** An array field, or an empty array. */
  array(key: string): readonly unknown[];
  /** A date-time string field as a `Date`, or undefined when absent or not a date. */
  date(key: string): Date | undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a provider's response body as a JSON object; anything else (an array, text, null) is a
 * `ProviderError` saying what was expected. Never throws anything untyped, whatever the body.
 *
 * @example
 * const message = readJsonObject(response.data, { provider: 'acme', what: 'a message' });
 * const id = message.requiredText('id');
 */
export function readJsonObject(body: unknown, context: ResponseContext): JsonObjectReader {
  if (!isPlainObject(body)) {
    throw new ProviderError(`${context.provider} answered ${context.what} with an unexpected body`, {
      provider: context.provider,
    });
  }
  const value = body;
  const field = (key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
  const reader: JsonObjectReader = {
    value,
    text: (key) => {
      const found = field(key);
      return typeof found === 'string' ? found : undefined;
    },
    requiredText: (key) => {
      const found = field(key);
      if (typeof found === 'string') return found;
      throw new ProviderError(`${context.provider} answered ${context.what} without \`${key}\``, {
        provider: context.provider,
      });
    },
    number: (key) => {
      const found = field(key);
      return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
    },
    boolean: (key) => {
      const found = field(key);
      return typeof found === 'boolean' ? found : undefined;
    },
    object: (key) => {
      const found = field(key);
      return isPlainObject(found) ? readJsonObject(found, context) : undefined;
    },
    array: (key) => {
      const found = field(key);
      return Array.isArray(found) ? found : [];
    },
    date: (key) => {
      const found = field(key);
      if (typeof found !== 'string') return undefined;
      const date = new Date(found);
      return Number.isNaN(date.getTime()) ? undefined : date;
    },
  };
  return reader;
}
