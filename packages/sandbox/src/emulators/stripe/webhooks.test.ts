import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStripeEmulator } from './create-stripe-emulator.js';

/** An endpoint that refuses the first `failures` deliveries with a 500, then accepts. */
async function flakyEndpoint(failures: number) {
  const deliveries: { body: string; signature: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: String(request.headers['stripe-signature']),
      });
      response.writeHead(deliveries.length <= failures ? 500 : 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Stripe emulator webhooks', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('retries a refused delivery, re-signed, until it is acknowledged; then gives up after maxRetries', async () => {
    const endpoint = await flakyEndpoint(1);
    const emulator = createStripeEmulator({
      webhookUrl: endpoint.url,
      webhooks: { retryIntervalMs: 5, maxRetries: 3 },
    });
    cleanups.push(endpoint.close, () => emulator.close());
    const response = await emulator.fetch(
      new Request('https://api.stripe.com/v1/checkout/sessions', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${emulator.credentials.secretKey}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body:
          'mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=gbp' +
          '&line_items[0][price_data][unit_amount]=700&line_items[0][price_data][product_data][name]=Copy',
      }),
    );
    const session = (await response.json()) as { id: string };
    emulator.control.expireCheckoutSession(session.id);
    await emulator.control.webhooksSettled();
    expect(endpoint.deliveries).toHaveLength(2);
    const [first, second] = endpoint.deliveries;
    expect(second!.body).toBe(first!.body);
    const event = Stripe.webhooks.constructEvent(
      second!.body,
      second!.signature,
      emulator.credentials.webhookSecret,
    );
    expect(event.type).toBe('checkout.session.expired');

    const refusing = await flakyEndpoint(100);
    cleanups.push(refusing.close);
    // reset() forgets the endpoint too, so it is set again after.
    emulator.control.reset();
    emulator.control.setWebhookEndpoint(refusing.url);
    await emulator
      .fetch(
        new Request('https://api.stripe.com/v1/checkout/sessions', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${emulator.credentials.secretKey}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body:
            'mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=gbp' +
            '&line_items[0][price_data][unit_amount]=700&line_items[0][price_data][product_data][name]=Copy',
        }),
      )
      .then(async (created) =>
        emulator.control.expireCheckoutSession(((await created.json()) as { id: string }).id),
      );
    await emulator.control.webhooksSettled();
    expect(refusing.deliveries).toHaveLength(4);
  });

  it('on the real clock, expires a session on time by itself and posts checkout.session.expired', async () => {
    const endpoint = await flakyEndpoint(0);
    cleanups.push(endpoint.close);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const emulator = createStripeEmulator({ webhookUrl: endpoint.url });
      cleanups.push(() => emulator.close());
      await emulator.fetch(
        new Request('https://api.stripe.com/v1/checkout/sessions', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${emulator.credentials.secretKey}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body:
            'mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=gbp' +
            `&line_items[0][price_data][unit_amount]=700&line_items[0][price_data][product_data][name]=Copy&expires_at=${Math.floor(Date.now() / 1000) + 1800}`,
        }),
      );
      vi.advanceTimersByTime(1_799_000);
      expect(emulator.control.events().map((event) => event['type'])).not.toContain(
        'checkout.session.expired',
      );
      vi.advanceTimersByTime(2_000);
      expect(emulator.control.events()[0]?.['type']).toBe('checkout.session.expired');
    } finally {
      vi.useRealTimers();
    }
  });
});
