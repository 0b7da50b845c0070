import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The README's samples, run against the sandbox with the environment they read.
describe('pay-govuk README samples', () => {
  let sandbox: Sandbox;
  const saved = { key: process.env['GOVUK_PAY_API_KEY'], url: process.env['GOVUK_PAY_BASE_URL'] };
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env['GOVUK_PAY_API_KEY'] = sandbox.credentials.pay.apiKey;
    process.env['GOVUK_PAY_BASE_URL'] = sandbox.services.pay;
  });
  afterAll(async () => {
    if (saved.key === undefined) delete process.env['GOVUK_PAY_API_KEY'];
    else process.env['GOVUK_PAY_API_KEY'] = saved.key;
    if (saved.url === undefined) delete process.env['GOVUK_PAY_BASE_URL'];
    else process.env['GOVUK_PAY_BASE_URL'] = saved.url;
    await sandbox.close();
  });

  it('starts a payment with a Welsh card page', async () => {
    const { startWelshPayment } = await import('./welsh-payment.js');
    const started = await startWelshPayment('7');
    expect(started.nextUrl).toContain('/secure/');
    expect(sandbox.emulators.pay.control.payment(started.paymentId)?.language).toBe('cy');
    const page = await fetch(started.nextUrl!);
    expect(await page.text()).toContain('lang="cy"');
  });

  it('refunds once from a screen, and refuses the same refund from the same stale screen', async () => {
    const { startWelshPayment } = await import('./welsh-payment.js');
    const { refundFromScreen } = await import('./refund-once.js');
    const { paymentId } = await startWelshPayment('8');
    sandbox.emulators.pay.control.complete(paymentId);
    expect(await refundFromScreen(paymentId, 1000, 3000)).toMatchObject({ refunded: true });
    expect(await refundFromScreen(paymentId, 1000, 3000)).toEqual({
      refunded: false,
      reason: 'changed since you looked: reload',
    });
    expect(sandbox.emulators.pay.control.refunds(paymentId)).toHaveLength(1);
  });
});
