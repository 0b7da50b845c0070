import { createHmac } from 'node:crypto';
import { createNotifyEmulator } from './create-notify-emulator.js';
import type { NotifyEmulator, NotifyEmulatorOptions } from './types.js';

/** Where in-process tests address the emulator: the real host, as msw does. */
export const notifyOrigin = 'https://api.notifications.service.gov.uk';

/** A fixed start time for tests that move the clock themselves. */
export const testStart = new Date('2026-03-02T10:00:00.000Z');

/** An emulator on a frozen clock that only `control.advanceTime` moves. */
export function createTestEmulator(options: NotifyEmulatorOptions = {}): NotifyEmulator {
  return createNotifyEmulator({ now: () => new Date(testStart), ...options });
}

/** Splits an API key as Notify's clients do: the secret is the last 36 characters, the service id the 36 before. */
export function keyParts(apiKey: string): { serviceId: string; secret: string } {
  return { serviceId: apiKey.slice(-73, -37), secret: apiKey.slice(-36) };
}

/** Signs an HS256 JWT with any header and claims, for testing what the emulator accepts. */
export function signToken(
  claims: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = { typ: 'JWT', alg: 'HS256' },
): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode(header)}.${encode(claims)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

/** A valid bearer token for `apiKey` issued at `issuedAt` (the test start by default). */
export function bearerFor(apiKey: string, issuedAt: Date = testStart): string {
  const { serviceId, secret } = keyParts(apiKey);
  return `Bearer ${signToken({ iss: serviceId, iat: Math.floor(issuedAt.getTime() / 1000) }, secret)}`;
}

/** How `call` builds a request. */
export interface CallOptions {
  readonly body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  readonly rawBody?: string;
  /** Defaults to the emulator's test key, signed at `issuedAt` (the emulator's own time by default). */
  readonly apiKey?: string;
  readonly issuedAt?: Date;
  /** Replaces the Authorization header (null sends none). */
  readonly authorization?: string | null;
}

/** Calls the emulator in-process and returns the status and parsed JSON body. */
export async function call(
  emulator: NotifyEmulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: Record<string, unknown>; response: Response }> {
  const headers = new Headers();
  const authorization =
    options.authorization === undefined
      ? bearerFor(options.apiKey ?? emulator.credentials.apiKey, options.issuedAt ?? emulator.control.now())
      : options.authorization;
  if (authorization !== null) headers.set('Authorization', authorization);
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set('Content-Type', 'application/json');
  }
  const response = await emulator.fetch(
    new Request(`${notifyOrigin}${emulator.basePath}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    }),
  );
  const text = await response.clone().text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Non-JSON responses (PDFs, pages) are read from `response`.
  }
  return { status: response.status, body: parsed, response };
}

/** The Notify error body for one error. */
export function errorBody(status: number, error: string, message: string): Record<string, unknown> {
  return { status_code: status, errors: [{ error, message }] };
}
