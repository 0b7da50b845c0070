import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchChromium } from '../../sandbox/src/testing/browser.test-helper.js';
import { paySandbox } from './sandbox-harness.test-helper.js';

// A council's return page: all it needs to do here is exist.
async function councilServer(): Promise<{ server: Server; returnUrl: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>Council</title><h1>Back at the council</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, returnUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/permits/42/paid` };
}

describe.skipIf(browserUnavailable())('the Pay emulator’s card page in Chromium', () => {
  let browser: Browser;
  let context: Awaited<ReturnType<typeof paySandbox>>;
  let council: Awaited<ReturnType<typeof councilServer>>;
  beforeAll(async () => {
    [browser, context, council] = await Promise.all([launchChromium(), paySandbox(), councilServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await context?.sandbox.close();
    await new Promise((resolve) => council?.server.close(resolve));
  });

  const fillCard = async (page: import('playwright-core').Page, cardNumber: string) => {
    await page.fill('#card-no', cardNumber);
    await page.fill('#expiry-month', '12');
    await page.fill('#expiry-year', '30');
    await page.fill('#cardholder-name', 'Ada Lovelace');
    await page.fill('#cvc', '123');
    await page.fill('#address-line-1', '1 Council Street');
    await page.fill('#address-city', 'London');
    await page.fill('#address-postcode', 'SW1A 1AA');
    await page.click('#submit-card-details');
  };

  it('pays with a test card, lands on return_url, and the payment is paid', async () => {
    const payment = await context.pay.createPayment({
      amount: 2500,
      reference: 'PERMIT-42',
      description: 'Resident parking permit',
      returnUrl: council.returnUrl,
    });
    const page = await browser.newPage();
    await page.goto(payment.nextUrl!);
    expect(await page.textContent('h1')).toBe('Enter card details');
    expect(await page.textContent('#amount')).toContain('£25.00');
    // GOV.UK Frontend's stylesheet is served and applied.
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.govuk-button')!).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await fillCard(page, '4444333322221111');
    expect(await page.textContent('h1')).toBe('Confirm your payment');
    await page.click('#confirm');
    await page.waitForURL(council.returnUrl);
    expect(await page.textContent('h1')).toBe('Back at the council');
    const paid = await context.pay.getPayment(payment.id);
    expect(paid.status).toBe('paid');
    expect(paid.card).toMatchObject({ brand: 'visa', lastFour: '1111', expiryMonth: 12, expiryYear: 2030 });
    await page.close();
  });

  it('a declined card shows the declined page; the payment is declined', async () => {
    const payment = await context.pay.createPayment({
      amount: 2500,
      reference: 'PERMIT-43',
      description: 'Resident parking permit',
      returnUrl: council.returnUrl,
    });
    const page = await browser.newPage();
    await page.goto(payment.nextUrl!);
    await fillCard(page, '4000000000000002');
    expect(await page.textContent('h1')).toBe('Your payment has been declined');
    expect((await context.pay.getPayment(payment.id)).status).toBe('declined');
    await page.close();
  });

  it('a mistyped card number is shown as an error to correct', async () => {
    const payment = await context.pay.createPayment({
      amount: 100,
      reference: 'PERMIT-44',
      description: 'Resident parking permit',
      returnUrl: council.returnUrl,
    });
    const page = await browser.newPage();
    await page.goto(payment.nextUrl!);
    await fillCard(page, '4444 3333 2222 1112');
    expect(await page.textContent('.govuk-error-summary__title')).toBe('There is a problem');
    expect(await page.textContent('#card-no-error')).toContain('Enter a valid card number');
    expect((await context.pay.getPayment(payment.id)).status).toBe('in_progress');
    await page.close();
  });
});
