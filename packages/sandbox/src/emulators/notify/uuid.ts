import { randomUUID } from 'node:crypto';

const hexDigits = /^[0-9a-f]{32}$/;

/**
 * Canonical lower-case form of a UUID, accepting every spelling Python's `uuid.UUID()` does
 * (hyphens anywhere, braces, a `urn:uuid:` prefix); undefined when it is not a UUID.
 */
export function canonicalUuid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value.trim().toLowerCase();
  if (text.startsWith('urn:')) text = text.slice(4);
  if (text.startsWith('uuid:')) text = text.slice(5);
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  const digits = text.replaceAll('-', '');
  if (!hexDigits.test(digits)) return undefined;
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}

/** A fresh random (version 4) UUID. */
export function newUuid(): string {
  return randomUUID();
}
