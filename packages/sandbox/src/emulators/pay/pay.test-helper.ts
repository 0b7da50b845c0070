// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely, as a client reading JSON would.
type Loose = any;

import { createPayEmulator } from './create-pay-emulator.js';
import type { PayEmulatorOptions } from './emulator-types.js';

/** The real API's origin; in-process requests go straight to the emulator's fetch. */
export const payOrigin = 'https://publicapi.payments.service.gov.uk';

/** A Pay emulator at the real host's root, with a helper that calls it as a client would. */
export function payHarness(options: PayEmulatorOptions = {}) {
  const emulator = createPayEmulator({ rateLimit: false, ...options });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await emulator.fetch(
      new Request(payOrigin + path, {
        method,
        headers: {
          Authorization: `Bearer ${emulator.credentials.apiKey}`,
          'Content-Type': 'application/json',
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    let json: Loose;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  const createPayment = async (overrides: Record<string, unknown> = {}) =>
    (
      await call('POST', '/v1/payments', {
        amount: 1450,
        reference: 'PERMIT-1',
        description: 'Resident parking permit',
        return_url: 'https://council.example/return',
        ...overrides,
      })
    ).json as { payment_id: string; _links: Record<string, { href: string }> } & Record<string, Loose>;
  return { emulator, control: emulator.control, call, createPayment };
}
