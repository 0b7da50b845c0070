import { verifyHmacSha256 } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { payHarness } from './pay.test-helper.js';

const form = {
  cardNo: '4444 3333 2222 1111',
  expiryMonth: '12',
  expiryYear: '30',
  cardholderName: 'Ada Lovelace',
  cvc: '123',
  addressLine1: '1 Council Street',
  addressCity: 'London',
  addressPostcode: 'SW1A 1AA',
};

async function post(
  harness: ReturnType<typeof payHarness>,
  url: string,
  fields: Record<string, string> = {},
) {
  return harness.emulator.fetch(
    new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

async function openCardPage(harness: ReturnType<typeof payHarness>) {
  const created = await harness.createPayment();
  const entered = await harness.emulator.fetch(new Request(created._links['next_url']!.href));
  expect(entered.status).toBe(303);
  return { created, cardPage: entered.headers.get('location')! };
}

describe('Pay emulator: the hosted card page without a browser', () => {
  it('a test card, then Confirm, sends the user to return_url and the payment succeeds', async () => {
    const harness = payHarness();
    const { created, cardPage } = await openCardPage(harness);
    const page = await (await harness.emulator.fetch(new Request(cardPage))).text();
    expect(page).toContain('Enter card details');
    expect(page).toContain('£14.50');
    const submitted = await post(harness, cardPage, form);
    expect(submitted.status).toBe(303);
    const confirmUrl = submitted.headers.get('location')!;
    expect(await (await harness.emulator.fetch(new Request(confirmUrl))).text()).toContain(
      'Confirm your payment',
    );
    const confirmed = await post(harness, confirmUrl);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('https://council.example/return');
    expect(harness.control.payment(created.payment_id)?.status).toBe('success');
  });

  it('a next_url works once', async () => {
    const harness = payHarness();
    const created = await harness.createPayment();
    const url = created._links['next_url']!.href;
    expect((await harness.emulator.fetch(new Request(url))).status).toBe(303);
    const again = await harness.emulator.fetch(new Request(url));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Your payment session has expired');
  });

  it('a declined card shows the declined page and fails the payment with P0010', async () => {
    const harness = payHarness();
    const { created, cardPage } = await openCardPage(harness);
    const declined = await post(harness, cardPage, { ...form, cardNo: '4000000000000002' });
    expect(await declined.text()).toContain('Your payment has been declined');
    expect(harness.control.payment(created.payment_id)).toMatchObject({ status: 'failed', code: 'P0010' });
  });

  it('the error card fails with P0050; a bad card number is a form error and nothing changes', async () => {
    const harness = payHarness();
    const { created, cardPage } = await openCardPage(harness);
    const invalid = await post(harness, cardPage, { ...form, cardNo: '1234', cvc: '' });
    expect(invalid.status).toBe(400);
    const text = await invalid.text();
    expect(text).toContain('There is a problem');
    expect(text).toContain('Enter a valid card number');
    expect(text).toContain('Enter a valid card security code');
    expect(harness.control.payment(created.payment_id)?.status).toBe('started');
    const failed = await post(harness, cardPage, { ...form, cardNo: '4000000000000119' });
    expect(await failed.text()).toContain('technical problems');
    expect(harness.control.payment(created.payment_id)).toMatchObject({ status: 'error', code: 'P0050' });
  });

  it('"Cancel payment" fails the payment with P0030', async () => {
    const harness = payHarness();
    const { created, cardPage } = await openCardPage(harness);
    const cancelled = await post(harness, `${cardPage}/cancel`);
    expect(await cancelled.text()).toContain('Your payment has been cancelled');
    expect(harness.control.payment(created.payment_id)).toMatchObject({ status: 'failed', code: 'P0030' });
  });
});

describe('Pay emulator: signed webhooks', () => {
  it('POSTs each change signed with Pay-Signature, and retries until a 2xx', async () => {
    const received: { body: string; signature: string | null }[] = [];
    let failuresLeft = 1;
    const originalFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input) !== 'https://council.example/webhooks/pay') return originalFetch(input, init);
      const headers = new Headers(init?.headers);
      received.push({ body: String(init?.body), signature: headers.get('pay-signature') });
      if (failuresLeft-- > 0) return new Response('busy', { status: 503 });
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    try {
      const harness = payHarness({
        webhooks: { url: 'https://council.example/webhooks/pay', retryDelaysMs: [5, 5] },
      });
      const created = await harness.createPayment();
      harness.control.complete(created.payment_id);
      await harness.control.webhooksIdle();
      const secret = harness.emulator.credentials.webhookSigningSecret;
      for (const delivery of received)
        expect(verifyHmacSha256(delivery.body, delivery.signature, secret)).toBe(true);
      const types = harness.control.webhookDeliveries().map((delivery) => delivery.eventType);
      expect(types).toEqual(['card_payment_started', 'card_payment_succeeded', 'card_payment_captured']);
      const first = harness.control.webhookDeliveries()[0]!;
      expect(first.attempts).toEqual([503, 204]);
      expect(JSON.parse(first.body)).toMatchObject({
        resource_id: created.payment_id,
        api_version: 1,
        resource_type: 'payment',
        event_type: 'card_payment_started',
        resource: { payment_id: created.payment_id, state: { status: 'started' } },
      });
    } finally {
      globalThis.fetch = originalFetch;
    }
  });
});
