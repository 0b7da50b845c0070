import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../server.js';
import { browserUnavailable, launchChromium } from '../../testing/browser.test-helper.js';

// A council's page the payment returns to: it shows the session id it was given.
async function councilSite() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>Payment received</title><h1>Payment received</h1><p id="session">${url.searchParams.get('session') ?? ''}</p></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(browserUnavailable())('the Stripe emulator’s hosted checkout page in a browser', () => {
  let sandbox: Sandbox;
  let council: Awaited<ReturnType<typeof councilSite>>;
  let browser: Browser;

  beforeAll(async () => {
    [sandbox, council, browser] = await Promise.all([startSandbox(), councilSite(), launchChromium()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), sandbox?.close(), council?.close()]);
  });

  const createSession = async () => {
    const response = await fetch(`${sandbox.services.stripe}/v1/checkout/sessions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${sandbox.credentials.stripe.secretKey}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        mode: 'payment',
        'line_items[0][quantity]': '1',
        'line_items[0][price_data][currency]': 'gbp',
        'line_items[0][price_data][unit_amount]': '3500',
        'line_items[0][price_data][product_data][name]': 'Resident parking permit',
        success_url: `${council.url}/paid?session={CHECKOUT_SESSION_ID}`,
        cancel_url: `${council.url}/cancelled`,
      }).toString(),
    });
    return (await response.json()) as { id: string; url: string };
  };

  it('a declined card shows the reason; a test card then pays and lands on the success URL', async () => {
    const session = await createSession();
    const page = await browser.newPage();
    try {
      await page.goto(session.url);
      expect(await page.getByRole('note').textContent()).toMatch(/Sandbox/);
      await page.getByLabel('Email').fill('ada@example.com');
      await page.getByLabel(/^Card number/).fill('4000 0000 0000 0002');
      await page.getByLabel(/^Expiry date/).fill('12 / 34');
      await page.getByLabel('Security code').fill('123');
      await page.getByLabel('Name on card').fill('Ada Lovelace');
      await page.getByRole('button', { name: 'Pay £35.00' }).click();
      expect(await page.getByRole('alert').textContent()).toContain('Your card was declined.');

      await page.getByLabel(/^Card number/).fill('4242 4242 4242 4242');
      await page.getByLabel(/^Expiry date/).fill('12 / 34');
      await page.getByLabel('Security code').fill('123');
      await page.getByRole('button', { name: 'Pay £35.00' }).click();
      await page.waitForURL(`${council.url}/paid?session=${session.id}`);
      expect(await page.locator('#session').textContent()).toBe(session.id);
    } finally {
      await page.close();
    }
    const paid = await fetch(`${sandbox.services.stripe}/v1/checkout/sessions/${session.id}`, {
      headers: { Authorization: `Bearer ${sandbox.credentials.stripe.secretKey}` },
    });
    expect(await paid.json()).toMatchObject({ status: 'complete', payment_status: 'paid' });
  });

  it('a card that needs authentication asks, and completing it pays', async () => {
    const session = await createSession();
    const page = await browser.newPage();
    try {
      await page.goto(session.url);
      await page.getByLabel(/^Card number/).fill('4000002500003155');
      await page.getByLabel(/^Expiry date/).fill('01/40');
      await page.getByLabel('Security code').fill('999');
      await page.getByRole('button', { name: /^Pay/ }).click();
      await page.getByRole('heading', { name: 'Authenticate your payment' }).waitFor();
      await page.getByRole('button', { name: 'Complete authentication' }).click();
      await page.waitForURL(`${council.url}/paid?session=${session.id}`);
    } finally {
      await page.close();
    }
  });
});
